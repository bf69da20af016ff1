// Mentions over time on the entity page: the API's months (only months with mentions) become a
// continuous run of bars, so a quiet year shows as a gap rather than disappearing.

export interface TimeBucket {
  /** YYYY-MM */
  month: string;
  mentions: number;
  documents: number;
}

export interface TimelineBar extends TimeBucket {
  /** 0..1 of the tallest bar. */
  height: number;
}

export interface Timeline {
  bars: TimelineBar[];
  /** "month", or "year" when there are too many months to draw one bar each. */
  unit: 'month' | 'year';
  maxMentions: number;
}

/** More months than this are drawn as years. */
export const MAX_MONTH_BARS = 48;

const MONTH = /^(\d{4})-(\d{2})$/;

export function buildTimeline(buckets: readonly TimeBucket[]): Timeline {
  const valid = buckets
    .filter(
      (b) => MONTH.test(b.month) && Number(b.month.slice(5)) >= 1 && Number(b.month.slice(5)) <= 12,
    )
    .sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : 0));
  if (valid.length === 0) return { bars: [], unit: 'month', maxMentions: 0 };
  const first = monthIndex(valid[0]!.month);
  const last = monthIndex(valid.at(-1)!.month);
  const byYear = last - first + 1 > MAX_MONTH_BARS;
  const unit = byYear ? 'year' : 'month';
  const counts = new Map<string, TimeBucket>();
  for (const bucket of valid) {
    const label = byYear ? bucket.month.slice(0, 4) : bucket.month;
    const sum = counts.get(label) ?? { month: label, mentions: 0, documents: 0 };
    sum.mentions += bucket.mentions;
    sum.documents += bucket.documents;
    counts.set(label, sum);
  }
  const labels: string[] = [];
  if (byYear) {
    for (let y = Math.floor(first / 12); y <= Math.floor(last / 12); y += 1) labels.push(String(y));
  } else {
    for (let m = first; m <= last; m += 1) labels.push(monthLabel(m));
  }
  const maxMentions = Math.max(...[...counts.values()].map((c) => c.mentions), 0);
  const bars = labels.map((label) => {
    const bucket = counts.get(label) ?? { month: label, mentions: 0, documents: 0 };
    return { ...bucket, height: maxMentions > 0 ? bucket.mentions / maxMentions : 0 };
  });
  return { bars, unit, maxMentions };
}

function monthIndex(month: string): number {
  return Number(month.slice(0, 4)) * 12 + Number(month.slice(5)) - 1;
}

function monthLabel(index: number): string {
  const year = Math.floor(index / 12);
  const month = (index % 12) + 1;
  return `${year}-${String(month).padStart(2, '0')}`;
}

import { buildTimeline, type TimeBucket } from '../../lib/entity/timeline.ts';
import { formatCount, formatInteger } from '../../lib/text/format.ts';

/**
 * Mentions per month (or per year over a long span) as a small bar chart in CSS: one column per
 * month from the first to the last, empty months as a thin grey line. Each bar says its figures
 * to screen readers and on hover.
 */
export function MentionTimeline({ buckets }: { buckets: readonly TimeBucket[] }) {
  const timeline = buildTimeline(buckets);
  if (timeline.bars.length === 0) {
    return (
      <p className="muted" data-testid="timeline-empty">
        None of the documents that mention it has a date.
      </p>
    );
  }
  const first = timeline.bars[0]!;
  const last = timeline.bars.at(-1)!;
  const unit = timeline.unit;
  return (
    <figure className="timeline" data-testid="timeline">
      <ol className="timeline-bars" aria-label={`Mentions per ${unit}`}>
        {timeline.bars.map((bar) => {
          const label = `${bar.month}: ${formatCount(bar.mentions, 'mention')} in ${formatCount(bar.documents, 'document')}`;
          return (
            <li key={bar.month} title={label} className="timeline-column">
              <span
                className={bar.mentions > 0 ? 'timeline-bar' : 'timeline-bar timeline-bar-empty'}
                style={{ height: bar.mentions > 0 ? `${Math.max(3, bar.height * 100)}%` : '2px' }}
              />
              <span className="visually-hidden">{label}</span>
            </li>
          );
        })}
      </ol>
      <figcaption className="timeline-axis">
        <span>{first.month === last.month ? first.month : `${first.month} – ${last.month}`}</span>
        <span>
          per {unit}, at most {formatInteger(timeline.maxMentions)}
        </span>
      </figcaption>
    </figure>
  );
}

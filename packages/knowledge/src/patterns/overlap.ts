/**
 * Choosing among overlapping spans. Candidates are taken in order of rank (lower first), then
 * length (longer first), then position; a candidate that overlaps one already taken is dropped.
 * Sorting once and checking against the taken spans in a sorted array keeps this O(n log n).
 */
export interface RankedSpan {
  start: number;
  end: number;
}

/** Index of the first taken span whose end is after `start` (taken is sorted by start, disjoint). */
function firstEndingAfter(taken: readonly RankedSpan[], start: number): number {
  let low = 0;
  let high = taken.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((taken[middle]?.end ?? 0) <= start) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function selectNonOverlapping<T extends RankedSpan>(
  candidates: readonly T[],
  rank: (candidate: T) => number,
): T[] {
  const ordered = [...candidates].sort(
    (a, b) => rank(a) - rank(b) || b.end - b.start - (a.end - a.start) || a.start - b.start,
  );
  const taken: T[] = [];
  for (const candidate of ordered) {
    const at = firstEndingAfter(taken, candidate.start);
    const next = taken[at];
    if (next !== undefined && next.start < candidate.end) continue;
    taken.splice(at, 0, candidate);
  }
  return taken;
}

/**
 * Choosing among overlapping spans. Candidates are taken in order of rank (lower first), then
 * length (longer first), then position; a candidate that overlaps one already taken is dropped.
 * Sorting once and checking against the taken spans in a sorted array keeps this O(n log n).
 */
import { partitionPoint } from './partition-point.ts';

export interface RankedSpan {
  start: number;
  end: number;
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
    // taken spans are disjoint and sorted, so their ends are sorted too
    const at = partitionPoint(taken, (span) => span.end <= candidate.start);
    const next = taken[at];
    if (next !== undefined && next.start < candidate.end) continue;
    taken.splice(at, 0, candidate);
  }
  return taken;
}

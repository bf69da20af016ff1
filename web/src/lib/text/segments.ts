/** A character range, end exclusive, as the API reports highlights. */
export interface TextRange {
  start: number;
  end: number;
}

/** A run of text that is either a match (rendered as <mark>) or plain. */
export interface TextSegment {
  text: string;
  mark: boolean;
}

/**
 * Normalises highlight ranges for `text`: drops empty or non-numeric ones, clamps them to the
 * text, sorts them and merges overlapping or touching ones. The API should send clean ranges,
 * but the page must never crash or duplicate text because of a bad one.
 */
export function normaliseRanges(textLength: number, ranges: readonly TextRange[]): TextRange[] {
  const clamped = ranges
    .filter((r) => Number.isFinite(r.start) && Number.isFinite(r.end))
    .map((r) => ({
      start: Math.max(0, Math.min(textLength, Math.trunc(r.start))),
      end: Math.max(0, Math.min(textLength, Math.trunc(r.end))),
    }))
    .filter((r) => r.end > r.start)
    .sort((a, b) => a.start - b.start || a.end - b.end);
  const merged: TextRange[] = [];
  for (const range of clamped) {
    const last = merged.at(-1);
    if (last && range.start <= last.end) last.end = Math.max(last.end, range.end);
    else merged.push({ ...range });
  }
  return merged;
}

/**
 * Splits `text` into plain and marked segments from highlight ranges. Concatenating the
 * segments' text always gives back `text` exactly: highlights are rendered as React elements,
 * never as HTML.
 */
export function segmentText(text: string, ranges: readonly TextRange[]): TextSegment[] {
  const segments: TextSegment[] = [];
  let cursor = 0;
  for (const { start, end } of normaliseRanges(text.length, ranges)) {
    if (start > cursor) segments.push({ text: text.slice(cursor, start), mark: false });
    segments.push({ text: text.slice(start, end), mark: true });
    cursor = end;
  }
  if (cursor < text.length || segments.length === 0) {
    segments.push({ text: text.slice(cursor), mark: false });
  }
  return segments;
}

/** How many marked segments `segmentText` would produce (the number of distinct hits shown). */
export function countMarks(text: string, ranges: readonly TextRange[]): number {
  return normaliseRanges(text.length, ranges).length;
}

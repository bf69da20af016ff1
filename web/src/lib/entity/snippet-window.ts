// A sentence can be very long (a table or a list the sentence splitter kept whole). A snippet shows
// the part around its marks: at most a window of characters, cut at word boundaries, with the
// cut sides flagged so the page can show an ellipsis.

export interface SnippetWindow {
  /** Offsets into the sentence text. */
  from: number;
  to: number;
  cutStart: boolean;
  cutEnd: boolean;
}

/** Characters shown around the marks of a long sentence. */
export const SNIPPET_CONTEXT = 140;
/** Sentences up to this long are shown whole. */
export const SNIPPET_MAX = 360;

/**
 * The part of `text` to show: the whole text when it is short; otherwise the marked range
 * (relative offsets) with SNIPPET_CONTEXT characters each side, moved to word boundaries.
 */
export function snippetWindow(
  text: string,
  marks: ReadonlyArray<{ start: number; end: number }>,
): SnippetWindow {
  const whole = { from: 0, to: text.length, cutStart: false, cutEnd: false };
  if (text.length <= SNIPPET_MAX) return whole;
  const inside = marks.filter((m) => m.end > 0 && m.start < text.length && m.end >= m.start);
  const markStart = inside.length > 0 ? Math.max(0, Math.min(...inside.map((m) => m.start))) : 0;
  const markEnd =
    inside.length > 0 ? Math.min(text.length, Math.max(...inside.map((m) => m.end))) : 0;
  let from = Math.max(0, markStart - SNIPPET_CONTEXT);
  let to = Math.min(text.length, Math.max(markEnd + SNIPPET_CONTEXT, from + SNIPPET_MAX / 2));
  if (from > 0) {
    const space = text.slice(from, markStart).search(/\s/);
    if (space >= 0) from += space + 1;
  }
  if (to < text.length) {
    const tail = text.slice(markEnd, to);
    const space = tail.search(/\s\S*$/);
    if (space >= 0) to = markEnd + space;
  }
  return { from, to, cutStart: from > 0, cutEnd: to < text.length };
}

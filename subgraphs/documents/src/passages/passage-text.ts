/**
 * Cutting a passage and its context out of a document's text. The text arrives as the chunks that
 * cover the passage (chunks cover the whole text without gaps or overlap, so their texts placed at
 * their offsets are the text). Offsets are UTF-16 code units, end exclusive, like every offset the
 * knowledge stage stores.
 */

/** Characters of context shown on each side of a passage at most. */
export const CONTEXT_CHARS = 80;

export interface PassageSpan {
  start: number;
  end: number;
}

export interface TextPiece {
  /** Offset of `text` in the whole document text. */
  start: number;
  text: string;
}

export interface PassageText {
  text: string;
  before: string;
  after: string;
}

/** The marker characters search highlighting reserves (see search/markers.ts): never sent out. */
const RESERVED = /[\uE000\uE001]/g;

/**
 * The span with up to CONTEXT_CHARS of context each side, or null when the pieces do not cover the
 * span (it lies beyond the text). Context that had to be cut loses its partial word, so it starts
 * and ends at a word boundary; a single word longer than the window is kept whole rather than
 * leaving no context at all.
 */
export function cutPassage(
  pieces: readonly TextPiece[],
  span: PassageSpan,
  textLength: number,
): PassageText | null {
  if (span.start < 0 || span.end < span.start || span.end > textLength) return null;
  const from = Math.max(0, span.start - CONTEXT_CHARS);
  const to = Math.min(textLength, span.end + CONTEXT_CHARS);
  // One character more on each side tells whether the window's edge cuts through a word.
  const outerFrom = Math.max(0, from - 1);
  const outerTo = Math.min(textLength, to + 1);
  const outer = assemble(pieces, outerFrom, outerTo);
  if (outer === null) return null;
  const at = (offset: number) => outer.slice(offset - outerFrom, offset - outerFrom + 1);
  const slice = (a: number, b: number) => outer.slice(a - outerFrom, b - outerFrom);
  let before = slice(from, span.start);
  let after = slice(span.end, to);
  if (from > 0 && isWordChar(at(from - 1)) && isWordChar(at(from))) {
    before = dropLeadingPartialWord(before);
  }
  if (to < textLength && isWordChar(at(to - 1)) && isWordChar(at(to))) {
    after = dropTrailingPartialWord(after);
  }
  return {
    text: clean(slice(span.start, span.end)),
    // Space at the outer edges is only where the window happened to end.
    before: clean(keepWholeCodePoints(before, 'start')).trimStart(),
    after: clean(keepWholeCodePoints(after, 'end')).trimEnd(),
  };
}

function isWordChar(char: string): boolean {
  return char !== '' && !/\s/.test(char);
}

/** The text between `from` and `to`, or null when the pieces leave a gap in it. */
function assemble(pieces: readonly TextPiece[], from: number, to: number): string | null {
  let out = '';
  let cursor = from;
  for (const piece of [...pieces].sort((a, b) => a.start - b.start)) {
    const pieceEnd = piece.start + piece.text.length;
    if (pieceEnd <= cursor) continue;
    if (piece.start > cursor) return null;
    out += piece.text.slice(cursor - piece.start, Math.min(pieceEnd, to) - piece.start);
    cursor = Math.min(pieceEnd, to);
    if (cursor >= to) break;
  }
  return cursor >= to ? out : null;
}

/** "ng the harbour" → "the harbour": the cut word is dropped, with the space after it. */
function dropLeadingPartialWord(text: string): string {
  const space = text.search(/\s/);
  if (space < 0) return text;
  return text.slice(space).replace(/^\s+/, '');
}

/** "harbour autho" → "harbour": the cut word is dropped, with the space before it. */
function dropTrailingPartialWord(text: string): string {
  const match = /\s\S*$/.exec(text);
  if (!match) return text;
  return text.slice(0, match.index).replace(/\s+$/, '');
}

/** A cut through a surrogate pair would leave half a character: drop the half. */
function keepWholeCodePoints(text: string, side: 'start' | 'end'): string {
  if (side === 'start' && /^[\uDC00-\uDFFF]/.test(text)) return text.slice(1);
  if (side === 'end' && /[\uD800-\uDBFF]$/.test(text)) return text.slice(0, -1);
  return text;
}

function clean(text: string): string {
  return text.replace(RESERVED, '');
}

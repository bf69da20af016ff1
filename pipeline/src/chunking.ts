/** A slice of a document's text: character offsets for provenance, byte offsets for reading it back. */
export interface ChunkSpan {
  seq: number;
  start: number;
  end: number;
  byteStart: number;
  byteEnd: number;
}

/** Where to cut, best first: a paragraph break, a line break, a sentence end, any space. */
const BREAKS = [/\n\s*\n/g, /\n/g, /[.!?。！？]\s/g, /\s/g];

function cutPoint(text: string, from: number, limit: number): number {
  if (limit >= text.length) return text.length;
  // Look back at most a quarter of a chunk for a natural break.
  const windowStart = from + Math.floor((limit - from) * 0.75);
  const window = text.slice(windowStart, limit);
  for (const pattern of BREAKS) {
    let last = -1;
    for (const match of window.matchAll(pattern)) last = match.index + match[0].length;
    if (last > 0) return windowStart + last;
  }
  // No break at all (one huge token): cut hard, but never inside a surrogate pair.
  const code = text.charCodeAt(limit - 1);
  return code >= 0xd800 && code <= 0xdbff ? limit - 1 : limit;
}

/**
 * Splits text into chunks of at most `size` characters, cut at natural breaks so that sentences
 * (and the phrases people search for) rarely straddle two chunks. Chunks cover the text exactly:
 * no gaps, no overlap.
 */
export function chunkText(text: string, size: number): ChunkSpan[] {
  const spans: ChunkSpan[] = [];
  let start = 0;
  let byteStart = 0;
  while (start < text.length) {
    const end = cutPoint(text, start, start + size);
    const byteEnd = byteStart + Buffer.byteLength(text.slice(start, end));
    spans.push({ seq: spans.length, start, end, byteStart, byteEnd });
    start = end;
    byteStart = byteEnd;
  }
  return spans;
}

import { randomBytes } from 'node:crypto';

/**
 * Highlighting without HTML: Elasticsearch wraps matches in marker strings that this module turns
 * into `{start, end}` ranges of the cleaned text. The markers are private-use characters around a
 * random nonce made per request, so a document cannot forge a highlight: its text can contain the
 * marker characters, never the nonce. Marker characters found in the text are removed (the
 * "cleaned" text), so none reach a client either.
 */

export interface Markers {
  pre: string;
  post: string;
}

export interface TextRange {
  start: number;
  end: number;
}

export interface MarkedText {
  text: string;
  highlights: TextRange[];
}

const OPEN = '\uE000';
const CLOSE = '\uE001';
const STRAY = /[\uE000\uE001]/g;

export function createMarkers(): Markers {
  const nonce = randomBytes(9).toString('base64url');
  return { pre: `${OPEN}${nonce}${OPEN}`, post: `${CLOSE}${nonce}${CLOSE}` };
}

/** Removes the marker characters from text shown to a client. */
export function stripMarkerCharacters(text: string): string {
  return text.replace(STRAY, '');
}

/**
 * Splits a highlighted string into the cleaned text and its highlighted ranges. Only the exact
 * markers of this request count; adjacent or overlapping ranges are merged and empty ones dropped.
 */
export function parseMarked(marked: string, markers: Markers): MarkedText {
  let text = '';
  const highlights: TextRange[] = [];
  let openAt: number | null = null;
  let i = 0;
  while (i < marked.length) {
    if (marked.startsWith(markers.pre, i)) {
      openAt ??= text.length;
      i += markers.pre.length;
    } else if (marked.startsWith(markers.post, i)) {
      if (openAt !== null) addRange(highlights, openAt, text.length);
      openAt = null;
      i += markers.post.length;
    } else {
      const char = marked[i]!;
      if (char !== OPEN && char !== CLOSE) text += char;
      i++;
    }
  }
  if (openAt !== null) addRange(highlights, openAt, text.length);
  return { text, highlights };
}

function addRange(ranges: TextRange[], start: number, end: number): void {
  if (end <= start) return;
  const last = ranges.at(-1);
  if (last && start <= last.end) last.end = Math.max(last.end, end);
  else ranges.push({ start, end });
}

/**
 * URLs written with a scheme (http, https, ftp) or starting with `www.`. Bare domains ("siemens.de")
 * are left out: in running text they are as often company names or file names. Trailing sentence
 * punctuation and unbalanced closing brackets are not part of the URL.
 */
import type { PatternMatch } from './types.ts';

const URL_CANDIDATE = /(?<![\p{L}\p{N}@./-])(?:(?:https?|ftp):\/\/|www\.)[^\s<>"'`\u00a0]+/giu;
const TRAILING_PUNCTUATION = /[.,;:!?'"»”’]$/;
const BRACKET_PAIRS: Readonly<Record<string, string>> = { ')': '(', ']': '[', '}': '{' };

function count(text: string, char: string): number {
  return text.split(char).length - 1;
}

/** Cuts punctuation that ends the sentence rather than the URL. */
function trimUrl(candidate: string): string {
  let url = candidate;
  for (;;) {
    const last = url.slice(-1);
    const opening = BRACKET_PAIRS[last];
    if (TRAILING_PUNCTUATION.test(url)) url = url.slice(0, -1);
    else if (opening !== undefined && count(url, last) > count(url, opening))
      url = url.slice(0, -1);
    else return url;
  }
}

function normalizeUrl(url: string): string | null {
  try {
    const parsed = new URL(/^www\./i.test(url) ? `http://${url}` : url);
    if (!parsed.hostname.includes('.')) return null;
    return parsed.href;
  } catch {
    return null;
  }
}

export function findUrls(text: string): PatternMatch[] {
  const found: PatternMatch[] = [];
  for (const match of text.matchAll(URL_CANDIDATE)) {
    const url = trimUrl(match[0]);
    const normalized = normalizeUrl(url);
    if (normalized === null) continue;
    found.push({
      start: match.index,
      end: match.index + url.length,
      text: url,
      type: 'URL',
      confidence: 0.98,
      normalized,
    });
  }
  return found;
}

/**
 * A cheap test, run before the NLP service is asked, of whether a text is worth analysing: base64
 * blobs, hex dumps, tables of numbers and binary junk cost the service as much as prose and yield
 * nothing. Counts letters, word shape and the dominant script; no model.
 */
export interface ProseVerdict {
  prose: boolean;
  /** why not, when not */
  reason?: 'too-short' | 'few-letters' | 'no-words' | 'long-tokens' | 'mixed-scripts';
}

const LATIN = /\p{Script=Latin}/u;
const LETTER = /\p{L}/u;

export function judgeProse(text: string): ProseVerdict {
  const sample = text.length > 20_000 ? text.slice(0, 20_000) : text;
  const visible = sample.replace(/\s+/gu, '');
  if (visible.length < 2) return { prose: false, reason: 'too-short' };
  let letters = 0;
  let latin = 0;
  for (const ch of visible) {
    if (LETTER.test(ch)) {
      letters += 1;
      if (LATIN.test(ch)) latin += 1;
    }
  }
  if (letters / visible.length < 0.5) return { prose: false, reason: 'few-letters' };
  const tokens = sample.split(/\s+/u).filter((t) => t.length > 0);
  const words = tokens.filter((t) => /^[\p{L}][\p{L}\p{M}'’-]*[.,;:!?)"»]*$/u.test(t));
  if (words.length === 0 || words.length / tokens.length < 0.4)
    return { prose: false, reason: 'no-words' };
  const longTokens = tokens.filter((t) => t.length > 40).length;
  if (longTokens / tokens.length > 0.2) return { prose: false, reason: 'long-tokens' };
  // The service's models are for Latin-script languages: text mostly in another script would only
  // produce noise, and a text half in one script and half in another is usually extraction junk.
  if (latin / letters < 0.6) return { prose: false, reason: 'mixed-scripts' };
  return { prose: true };
}

export function looksLikeProse(text: string): boolean {
  return judgeProse(text).prose;
}

/**
 * What a chunk gets, decided cheaply before anything is asked of the NLP service:
 *   'nlp'       prose in a language the service has models for, and the service is there;
 *   'fallback'  the same without the service: Intl sentences, gazetteer and pattern entities;
 *   'patterns'  a language without models, no detected language and no document language to
 *               borrow, or text that is not prose (tables of numbers, lists, mostly non-Latin
 *               script): Intl sentences and pattern entities, which need no model;
 *   'skip'      encoded junk: mostly tokens over 40 characters that are not URLs (base64, hex
 *               dumps, binary residue), where even patterns would find only noise.
 * Prose is judged by the NLP client's own cheap test (corenlp/prose.ts: letter ratio, word shapes,
 * dominant script).
 */
import { judgeProse } from '../corenlp/prose.ts';
import { NLP_LANGUAGES, type NlpLanguage } from '../corenlp/types.ts';

export type ChunkTreatment =
  | { kind: 'nlp'; language: NlpLanguage }
  | { kind: 'fallback'; language: NlpLanguage }
  | { kind: 'patterns'; language: string | null }
  | { kind: 'skip' };

/** Tokens this long that are not URLs are base64, hex or binary residue, not words. */
const JUNK_TOKEN_CHARS = 40;

/** Mostly (by characters) made of overlong tokens: nothing in it is worth even a pattern. */
export function isEncodedJunk(text: string): boolean {
  let visible = 0;
  let junk = 0;
  for (const token of text.slice(0, 20_000).split(/\s+/u)) {
    visible += token.length;
    if (token.length > JUNK_TOKEN_CHARS && !/^(?:https?:\/\/|www\.)/iu.test(token))
      junk += token.length;
  }
  return visible > 0 && junk / visible > 0.5;
}

/** The language subtag of a tag, lower case: 'de-AT' -> 'de'. */
export function primaryLanguage(language: string | null): string | null {
  return language?.toLowerCase().split(/[-_]/u)[0] ?? null;
}

export function asNlpLanguage(language: string | null): NlpLanguage | null {
  const base = primaryLanguage(language);
  return (NLP_LANGUAGES as readonly string[]).includes(base ?? '') ? (base as NlpLanguage) : null;
}

/**
 * @param documentLanguage the document's main language, used for a chunk whose own language was
 *   not detected (short chunks often are not)
 */
export function classifyChunk(
  text: string,
  language: string | null,
  documentLanguage: string | null,
  nlpAvailable: boolean,
): ChunkTreatment {
  if (isEncodedJunk(text)) return { kind: 'skip' };
  const verdict = judgeProse(text);
  const effective = language ?? documentLanguage;
  const nlpLanguage = asNlpLanguage(effective);
  if (!verdict.prose || nlpLanguage === null) return { kind: 'patterns', language: effective };
  return { kind: nlpAvailable ? 'nlp' : 'fallback', language: nlpLanguage };
}

/** The language most of the document's text is in, by characters; null when none was detected. */
export function dominantLanguage(
  chunks: ReadonlyArray<{ start: number; end: number; language: string | null }>,
): string | null {
  const characters = new Map<string, number>();
  for (const chunk of chunks) {
    if (chunk.language === null) continue;
    characters.set(chunk.language, (characters.get(chunk.language) ?? 0) + chunk.end - chunk.start);
  }
  let best: string | null = null;
  for (const [language, count] of characters)
    if (best === null || count > (characters.get(best) ?? 0)) best = language;
  return best;
}

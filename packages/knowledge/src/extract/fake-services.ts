/**
 * Fakes of the NLP service and the gazetteer for unit tests: sentences end at . ! ? before whitespace, tokens are
 * words and punctuation marks, and names are found by looking up a fixed list. Integration tests
 * use the real service instead.
 */
import type {
  NlpAnalyseOptions,
  NlpAnalyser,
  NlpAnalysis,
  NlpLanguage,
  NlpSentence,
} from '../corenlp/types.ts';
import type { NamedEntityType } from '../types.ts';
import type { GazetteerMatch, GazetteerMatcher } from './services.ts';

export interface AnalyseCall {
  text: string;
  language: NlpLanguage;
  parse: boolean;
}

/** A word (letters, digits, inner hyphens, apostrophes, dots and @ as in emails) or one punctuation mark. */
const WORD_OR_MARK = /[\p{L}\p{N}](?:[\p{L}\p{N}'’@+-]|\.(?=[\p{L}\p{N}]))*|[^\s\p{L}\p{N}]/gu;

function fakeSentences(text: string): NlpSentence[] {
  return [...text.matchAll(/\S.*?(?:[.!?](?=\s|$)|$)/gsu)].map((match) => {
    const start = match.index;
    const tokens = [...match[0].matchAll(WORD_OR_MARK)].map((token, position) => ({
      index: position + 1,
      word: token[0],
      start: start + token.index,
      end: start + token.index + token[0].length,
      pos: /^\p{Lu}/u.test(token[0]) ? 'NNP' : 'X',
    }));
    return { start, end: start + match[0].trimEnd().length, tokens, dependencies: [] };
  });
}

function findNames<T>(
  text: string,
  names: ReadonlyMap<string, NamedEntityType>,
  make: (start: number, name: string, type: NamedEntityType) => T,
): T[] {
  const found: Array<{ start: number; value: T }> = [];
  for (const [name, type] of names) {
    for (let at = text.indexOf(name); at >= 0; at = text.indexOf(name, at + name.length)) {
      found.push({ start: at, value: make(at, name, type) });
    }
  }
  return found.sort((a, b) => a.start - b.start).map((entry) => entry.value);
}

/** Drops finds inside longer ones, as a tagger gives one label per token. */
function outermost<T extends { start: number; end: number }>(found: T[]): T[] {
  return found.filter(
    (inner) =>
      !found.some(
        (outer) => outer !== inner && outer.start <= inner.start && inner.end <= outer.end,
      ),
  );
}

/** An NlpAnalyser that tags the given names wherever they occur (the longest) and records its calls. */
export function fakeNlp(
  names: Record<string, NamedEntityType>,
): NlpAnalyser & { calls: AnalyseCall[] } {
  const known = new Map(Object.entries(names));
  const calls: AnalyseCall[] = [];
  return {
    calls,
    analyse(
      text: string,
      language: NlpLanguage,
      options?: NlpAnalyseOptions,
    ): Promise<NlpAnalysis> {
      calls.push({ text, language, parse: options?.parse ?? false });
      const mentions = outermost(
        findNames(text, known, (start, name, type) => ({
          start,
          end: start + name.length,
          text: name,
          type,
          confidence: 0.9,
        })),
      );
      return Promise.resolve({
        language,
        sentences: fakeSentences(text),
        mentions,
        cappedSentences: 0,
      });
    },
    ready: () => Promise.resolve(true),
  };
}

export function fakeGazetteer(
  names: Record<string, Omit<GazetteerMatch, 'start' | 'end' | 'text' | 'confidence'>>,
): GazetteerMatcher {
  const types = new Map(Object.entries(names).map(([name, entry]) => [name, entry.type]));
  return {
    find: (text) =>
      findNames(text, types, (start, name, type) => {
        const link = names[name]?.link;
        return {
          start,
          end: start + name.length,
          text: name,
          type,
          confidence: 0.6,
          ...(link === undefined ? {} : { link }),
        };
      }),
  };
}

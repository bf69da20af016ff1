/**
 * The parts of CoreNLP's JSON output (`outputFormat=json`) Quarry reads, and their mapping to
 * NlpSentence/NlpEntityMention. CoreNLP's character offsets count UTF-16 code units, as JavaScript
 * strings do, so they shift by the piece's start and need no conversion.
 */
import { namedEntityTypeOf } from './entity-types.ts';
import type { NlpDependency, NlpEntityMention, NlpSentence, NlpToken } from './types.ts';

export interface CoreNlpToken {
  index: number;
  word: string;
  originalText?: string;
  lemma?: string;
  pos?: string;
  ner?: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
}

export interface CoreNlpDependency {
  dep: string;
  governor: number;
  dependent: number;
}

export interface CoreNlpEntityMention {
  text: string;
  /** sentence-relative token range, end exclusive */
  tokenBegin: number;
  tokenEnd: number;
  ner: string;
  characterOffsetBegin: number;
  characterOffsetEnd: number;
  nerConfidences?: Record<string, number>;
}

export interface CoreNlpSentence {
  index: number;
  tokens: CoreNlpToken[];
  basicDependencies?: CoreNlpDependency[];
  entitymentions?: CoreNlpEntityMention[];
}

export interface CoreNlpDocument {
  sentences: CoreNlpSentence[];
}

/** a confidence for mentions whose classifier reported none (regexner and rule-based classes) */
const UNREPORTED_CONFIDENCE = 0.8;

export function toNlpSentence(raw: CoreNlpSentence, shift: number): NlpSentence | undefined {
  const tokens: NlpToken[] = raw.tokens.map((t) => ({
    index: t.index,
    word: t.word,
    start: t.characterOffsetBegin + shift,
    end: t.characterOffsetEnd + shift,
    pos: t.pos ?? '',
    ...(t.lemma === undefined ? {} : { lemma: t.lemma }),
    ...(t.ner === undefined ? {} : { ner: t.ner }),
  }));
  const first = tokens[0];
  const last = tokens.at(-1);
  if (!first || !last) return undefined;
  const dependencies: NlpDependency[] = (raw.basicDependencies ?? []).map((d) => ({
    relation: d.dep === 'ROOT' ? 'root' : d.dep,
    governor: d.governor,
    dependent: d.dependent,
  }));
  return { start: first.start, end: last.end, tokens, dependencies };
}

export function toNlpMentions(
  raw: CoreNlpSentence,
  text: string,
  shift: number,
): NlpEntityMention[] {
  const mentions: NlpEntityMention[] = [];
  for (const m of raw.entitymentions ?? []) {
    const type = namedEntityTypeOf(m.ner);
    if (!type || isPronounMention(raw, m)) continue;
    const start = m.characterOffsetBegin + shift;
    const end = m.characterOffsetEnd + shift;
    mentions.push({ start, end, text: text.slice(start, end), type, confidence: confidenceOf(m) });
  }
  return mentions;
}

/**
 * CoreNLP's entity-mention annotator also reports pronouns ("he", "her") as PERSON mentions, for
 * coreference; their tokens carry no NER tag. They are not named entities.
 */
function isPronounMention(sentence: CoreNlpSentence, mention: CoreNlpEntityMention): boolean {
  return sentence.tokens
    .slice(mention.tokenBegin, mention.tokenEnd)
    .every((t) => t.ner === undefined || t.ner === 'O');
}

function confidenceOf(mention: CoreNlpEntityMention): number {
  const reported = Object.values(mention.nerConfidences ?? {}).filter((p) => p >= 0 && p <= 1);
  return reported.length > 0 ? Math.max(...reported) : UNREPORTED_CONFIDENCE;
}

/**
 * A document's mentions from its chunks' named and pattern finds. Where they overlap, a more
 * specific pattern (email, URL, IBAN) beats a name (the NLP service tags "info@siemens.de" or a
 * URL's host as an organization), and otherwise the longer span wins, a name on a tie: a date
 * "3. Mai 2024" beats a stray "Mai" tagged as a name, a name "Friedrich Merz" beats nothing less.
 * Every mention is placed in its sentence and its text is the document's own slice.
 */
import type { PatternEntityType } from '../types.ts';
import { selectNonOverlapping, type PatternMatch } from '../patterns/index.ts';
import type { KnowledgeBaseLink, Mention, Sentence } from '../types.ts';
import { sentenceAt } from './document-sentences.ts';
import type { DocumentNamedMention } from './services.ts';

const SPECIFIC_PATTERNS: ReadonlySet<PatternEntityType> = new Set<PatternEntityType>([
  'EMAIL',
  'URL',
  'IBAN',
]);

type Candidate =
  | { kind: 'named'; start: number; end: number; found: DocumentNamedMention }
  | { kind: 'pattern'; start: number; end: number; found: PatternMatch; chunkSeq: number };

export interface DocumentMentions {
  mentions: Mention[];
  /** links that came with a mention (gazetteer hits), by mention index */
  presetLinks: Map<number, KnowledgeBaseLink>;
}

const rank = (candidate: Candidate): number =>
  candidate.kind === 'pattern' && SPECIFIC_PATTERNS.has(candidate.found.type) ? 0 : 1;

export function assembleMentions(
  text: string,
  sentences: readonly Sentence[],
  named: readonly DocumentNamedMention[],
  patterns: ReadonlyArray<{ chunkSeq: number; matches: readonly PatternMatch[] }>,
): DocumentMentions {
  // names first, so that on equal rank, length and position the stable sort keeps a name ahead
  const candidates: Candidate[] = [
    ...named.map((found) => ({
      kind: 'named' as const,
      start: found.start,
      end: found.end,
      found,
    })),
    ...patterns.flatMap(({ chunkSeq, matches }) =>
      matches.map((found) => ({
        kind: 'pattern' as const,
        start: found.start,
        end: found.end,
        found,
        chunkSeq,
      })),
    ),
  ].filter(
    (candidate) =>
      candidate.start >= 0 && candidate.end <= text.length && candidate.start < candidate.end,
  );
  const chosen = selectNonOverlapping(candidates, rank);
  const mentions: Mention[] = [];
  const presetLinks = new Map<number, KnowledgeBaseLink>();
  for (const candidate of chosen) {
    const chunkSeq = candidate.kind === 'named' ? candidate.found.chunkSeq : candidate.chunkSeq;
    const sentence = sentenceAt(sentences, candidate.start, chunkSeq);
    if (sentence === undefined) continue;
    const mention: Mention = {
      start: candidate.start,
      end: candidate.end,
      text: text.slice(candidate.start, candidate.end),
      type: candidate.found.type,
      chunkSeq,
      sentence: sentence.index,
      confidence: candidate.found.confidence,
      source: candidate.kind === 'named' ? candidate.found.source : 'pattern',
      ...(candidate.kind === 'pattern' ? { normalized: candidate.found.normalized } : {}),
    };
    if (candidate.kind === 'named' && candidate.found.link !== undefined) {
      presetLinks.set(mentions.length, candidate.found.link);
    }
    mentions.push(mention);
  }
  return { mentions, presetLinks };
}

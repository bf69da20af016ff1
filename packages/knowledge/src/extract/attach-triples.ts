/**
 * Triples of the parsed sentences, placed in the document: offsets shifted to document offsets,
 * the sentence numbered, and each argument attached to the entity whose mention overlaps it most.
 */
import type { Mention, Triple, TripleArgument } from '../types.ts';

/** Mentions in document order with their entity keys, for overlap lookups. */
export interface MentionIndex {
  mentions: readonly Mention[];
  keyOfMention: readonly string[];
}

/** First mention ending after `offset`; mentions do not overlap, so their ends are sorted too. */
function firstEndingAfter(mentions: readonly Mention[], offset: number): number {
  let low = 0;
  let high = mentions.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((mentions[middle]?.end ?? 0) <= offset) low = middle + 1;
    else high = middle;
  }
  return low;
}

export function entityKeyOverlapping(
  index: MentionIndex,
  start: number,
  end: number,
): string | undefined {
  let best: { key: string; overlap: number } | undefined;
  for (let at = firstEndingAfter(index.mentions, start); at < index.mentions.length; at += 1) {
    const mention = index.mentions[at];
    if (mention === undefined || mention.start >= end) break;
    const overlap = Math.min(end, mention.end) - Math.max(start, mention.start);
    const key = index.keyOfMention[at];
    if (key !== undefined && key !== '' && (best === undefined || overlap > best.overlap))
      best = { key, overlap };
  }
  return best?.key;
}

function placeArgument(argument: TripleArgument, by: number, index: MentionIndex): TripleArgument {
  const start = argument.start + by;
  const end = argument.end + by;
  const entityKey = entityKeyOverlapping(index, start, end);
  return { text: argument.text, start, end, ...(entityKey === undefined ? {} : { entityKey }) };
}

export function placeTriples(
  found: ReadonlyArray<Omit<Triple, 'sentence'>>,
  chunkStart: number,
  sentence: number,
  index: MentionIndex,
): Triple[] {
  return found.map((triple) => {
    const { relation } = triple;
    return {
      subject: placeArgument(triple.subject, chunkStart, index),
      relation:
        relation.start === undefined || relation.end === undefined
          ? { text: relation.text }
          : {
              text: relation.text,
              start: relation.start + chunkStart,
              end: relation.end + chunkStart,
            },
      object: placeArgument(triple.object, chunkStart, index),
      sentence,
      confidence: triple.confidence,
    };
  });
}

/**
 * Triples of the parsed sentences, placed in the document: offsets shifted to document offsets,
 * the sentence numbered, and each argument attached to the entity whose mention overlaps it most.
 */
import { partitionPoint } from '../patterns/partition-point.ts';
import type { Mention, Triple, TripleArgument } from '../types.ts';

/** Mentions in document order with their entity keys, for overlap lookups. */
export interface MentionIndex {
  mentions: readonly Mention[];
  keyOfMention: readonly string[];
}

export function entityKeyOverlapping(
  index: MentionIndex,
  start: number,
  end: number,
): string | undefined {
  let best: { key: string; overlap: number } | undefined;
  // mentions do not overlap, so their ends are sorted like their starts
  const first = partitionPoint(index.mentions, (mention) => mention.end <= start);
  for (let at = first; at < index.mentions.length; at += 1) {
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

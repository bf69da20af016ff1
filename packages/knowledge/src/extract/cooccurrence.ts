/**
 * Which entities a document mentions in the same sentence, and in how many sentences. Counted
 * are the named entities (people, organizations, places, other names) and the pattern entities that
 * identify someone or something: emails, phone numbers, IBANs ("this account belongs with that
 * company"). Dates, amounts and URLs are left out: they are values, not actors, and linking every
 * name to "2024" or to a footer URL would make them hubs that connect everything and say nothing.
 *
 * A sentence names at most MAX_ENTITIES_PER_SENTENCE of them (the first in text order); a list
 * or table read as one sentence would otherwise add a clique of thousands of edges that mean
 * only "these were listed together". Work is linear in mentions plus at most
 * MAX^2/2 pairs per sentence.
 */
import type { CoOccurrence, EntityType, Mention } from '../types.ts';

export const MAX_ENTITIES_PER_SENTENCE = 20;

export const COOCCURRING_TYPES: ReadonlySet<EntityType> = new Set<EntityType>([
  'PERSON',
  'ORGANIZATION',
  'LOCATION',
  'MISC',
  'EMAIL',
  'PHONE',
  'IBAN',
]);

/** Distinct entity keys per sentence, in text order, capped. Mentions must be in document order. */
function keysBySentence(
  mentions: readonly Mention[],
  keyOfMention: readonly string[],
): Map<number, string[]> {
  const bySentence = new Map<number, string[]>();
  mentions.forEach((mention, index) => {
    const key = keyOfMention[index];
    if (key === undefined || key === '' || !COOCCURRING_TYPES.has(mention.type)) return;
    let keys = bySentence.get(mention.sentence);
    if (keys === undefined) {
      keys = [];
      bySentence.set(mention.sentence, keys);
    }
    if (keys.length < MAX_ENTITIES_PER_SENTENCE && !keys.includes(key)) keys.push(key);
  });
  return bySentence;
}

export function countCooccurrences(
  mentions: readonly Mention[],
  keyOfMention: readonly string[],
): CoOccurrence[] {
  const counts = new Map<string, CoOccurrence>();
  for (const keys of keysBySentence(mentions, keyOfMention).values()) {
    const sorted = [...keys].sort();
    for (let i = 0; i < sorted.length; i += 1) {
      for (let j = i + 1; j < sorted.length; j += 1) {
        const a = sorted[i] ?? '';
        const b = sorted[j] ?? '';
        const pair = `${a}\u0000${b}`;
        const existing = counts.get(pair);
        if (existing === undefined) counts.set(pair, { a, b, count: 1 });
        else existing.count += 1;
      }
    }
  }
  return [...counts.values()].sort(
    (x, y) => y.count - x.count || x.a.localeCompare(y.a) || x.b.localeCompare(y.b),
  );
}

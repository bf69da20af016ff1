import type { DocumentKnowledge } from '@quarry/knowledge';

/** The knowledge handed to the writer contradicts itself; nothing was written. */
export class InconsistentKnowledgeError extends Error {
  constructor(documentId: string, problems: string[]) {
    super(`knowledge of document ${documentId} is inconsistent: ${problems.join('; ')}`);
    this.name = 'InconsistentKnowledgeError';
  }
}

const MAX_PROBLEMS = 5;

/**
 * Checks the references inside one document's knowledge before anything is written: an index or key
 * that points nowhere would otherwise make a relationship silently disappear (MATCH finds nothing),
 * and a pair out of order would store one co-occurrence edge twice. Value types are Neo4j's to check.
 */
export function assertConsistentKnowledge(knowledge: DocumentKnowledge): void {
  const problems = findProblems(knowledge);
  if (problems.length > 0) {
    throw new InconsistentKnowledgeError(knowledge.documentId, problems.slice(0, MAX_PROBLEMS));
  }
}

export function findProblems(knowledge: DocumentKnowledge): string[] {
  const problems: string[] = [];
  if (!knowledge.documentId) problems.push('documentId is empty');
  if (!knowledge.collectionId) problems.push('collectionId is empty');
  const sentenceCount = knowledge.sentences.length;
  const validSentence = (index: number) =>
    Number.isInteger(index) && index >= 0 && index < sentenceCount;

  knowledge.mentions.forEach((mention, i) => {
    if (!validSentence(mention.sentence))
      problems.push(`mention ${i}: no sentence ${mention.sentence}`);
  });

  const keys = new Set<string>();
  const owner = new Map<number, string>();
  for (const entity of knowledge.entities) {
    if (keys.has(entity.key)) problems.push(`entity ${entity.key} appears twice`);
    keys.add(entity.key);
    for (const index of entity.mentions) {
      if (!Number.isInteger(index) || index < 0 || index >= knowledge.mentions.length) {
        problems.push(`entity ${entity.key}: no mention ${index}`);
      } else if (owner.has(index)) {
        problems.push(`mention ${index} belongs to ${owner.get(index)} and ${entity.key}`);
      } else owner.set(index, entity.key);
    }
  }

  knowledge.triples.forEach((triple, i) => {
    if (!validSentence(triple.sentence))
      problems.push(`triple ${i}: no sentence ${triple.sentence}`);
    for (const key of [triple.subject.entityKey, triple.object.entityKey]) {
      if (key !== undefined && !keys.has(key)) problems.push(`triple ${i}: no entity ${key}`);
    }
  });

  const pairs = new Set<string>();
  knowledge.cooccurrences.forEach(({ a, b, count }, i) => {
    if (!keys.has(a) || !keys.has(b)) problems.push(`co-occurrence ${i}: unknown entity`);
    if (!(a < b)) problems.push(`co-occurrence ${i}: ${a} is not before ${b}`);
    if (!Number.isInteger(count) || count < 1) problems.push(`co-occurrence ${i}: count ${count}`);
    const pair = JSON.stringify([a, b]);
    if (pairs.has(pair)) problems.push(`co-occurrence ${a} / ${b} appears twice`);
    pairs.add(pair);
  });
  return problems;
}

import type { DocumentKnowledge, EntityType } from '@quarry/knowledge';
import {
  ENTITY_SUMMARY_FIELD,
  emptyEntitySummary,
  type DocumentKnowledgeSummary,
  type EntitySummaryType,
} from '@quarry/search-index';
import { isKnowledgeSkill } from '@quarry/skills';

const SUMMARY_TYPE: Record<EntityType, EntitySummaryType> = ENTITY_SUMMARY_FIELD;

/**
 * Names per kind and keys kept on the search document at most: facets need the prominent ones,
 * and a document with 10,000 mentions must not become a 10,000-value keyword field.
 */
export const MAX_NAMES_PER_TYPE = 200;
export const MAX_ENTITY_KEYS = 1_000;

/**
 * The document's entities as the search index holds them: canonical names per kind and the graph's
 * entity keys, the most mentioned first, each once.
 */
export function entitySummary(knowledge: DocumentKnowledge): DocumentKnowledgeSummary {
  const entities = emptyEntitySummary();
  const ranked = [...knowledge.entities].sort(
    (a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name),
  );
  for (const entity of ranked) {
    const names = entities[SUMMARY_TYPE[entity.type]];
    if (names.length < MAX_NAMES_PER_TYPE && !names.includes(entity.name)) names.push(entity.name);
  }
  return {
    entities,
    entityKeys: [...new Set(ranked.map((entity) => entity.key))].slice(0, MAX_ENTITY_KEYS),
    knowledgeQuality: knowledge.quality,
  };
}

/** The document's skills with its knowledge skills replaced by the ones that just ran. */
export function withKnowledgeSkills(skills: readonly string[], ran: readonly string[]): string[] {
  const kept = skills.filter((tag) => !isKnowledgeSkill(tag.split('@')[0] ?? tag));
  return [...kept, ...ran];
}

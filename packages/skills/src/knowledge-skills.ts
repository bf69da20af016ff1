/**
 * Skills of the knowledge stage, which runs per document after the document is searchable (the
 * pipeline's own queue and workers, calling the NLP service): they have no per-chunk work, so they
 * are descriptors here and the pipeline's knowledge stage does what they name. Like every skill
 * they are chosen per job, re-runnable, and recorded on the document as `name@version`.
 */
export interface KnowledgeSkill {
  name: string;
  /** Bump when the stage's output for this skill changes, so documents can be re-run selectively. */
  version: string;
  description: string;
  /** runs when an ingest job does not choose skills */
  default: boolean;
}

export const entitiesSkill: KnowledgeSkill = {
  name: 'entities',
  version: '1',
  description:
    'People, organisations, places and other names (English, German, French, Spanish through the ' +
    'NLP service), dates, money, e-mail addresses, URLs, phone numbers and IBANs, linked to a local ' +
    'knowledge base and stored in the knowledge graph',
  default: true,
};

export const triplesSkill: KnowledgeSkill = {
  name: 'triples',
  version: '1',
  description:
    'Statements as subject, relation, object with the sentence they come from, attached to the ' +
    'entities they name',
  default: true,
};

/** Every knowledge skill, in the order the catalogue lists them. */
export const knowledgeSkills: readonly KnowledgeSkill[] = [entitiesSkill, triplesSkill];

export function isKnowledgeSkill(name: string): boolean {
  return knowledgeSkills.some((skill) => skill.name === name);
}

/** The knowledge skills among a job's skill names, in catalogue order. */
export function selectedKnowledgeSkills(names: readonly string[]): KnowledgeSkill[] {
  return knowledgeSkills.filter((skill) => names.includes(skill.name));
}

/**
 * Rebuilds the documents a new rule about an entity changes, one document at a time inside the
 * curation's transaction: read what the graph stores, write it again through the writer's own
 * path, which applies the rules (the new one is visible in the same transaction). A rebuilt
 * document is therefore exactly what a re-ingest of it writes.
 */
import neo4j, { type ManagedTransaction } from 'neo4j-driver';
import { replaceContribution } from '../write.ts';
import { ENTITY_TYPES } from './curation-input.ts';
import { aliasForm } from './split-rules.ts';
import { readStoredKnowledge } from './stored-knowledge.ts';

/** Each document that mentions the entity, with the surface forms it uses for it. */
export const DOCUMENTS_MENTIONING = `
MATCH (d:Document)-[r:MENTIONS]->(:Entity {key: $key})
RETURN d.id AS id, r.aliases AS aliases ORDER BY id`;

export const COUNT_DOCUMENTS_MENTIONING = `
MATCH (:Document)-[r:MENTIONS]->(:Entity {key: $key})
RETURN count(r) AS documents`;

/**
 * A document can change only if it names the entity by one of the rule's forms: its mentions'
 * texts are among its aliases. Compared under every type, since a mention's type (which its form
 * is computed with) may differ from the entity's; a document too many is rebuilt unchanged.
 */
function usesAForm(aliases: readonly string[], forms: ReadonlySet<string>): boolean {
  return aliases.some((alias) => ENTITY_TYPES.some((type) => forms.has(aliasForm(alias, type))));
}

/**
 * Rebuilds the documents that mention `key` by one of these alias forms (the others cannot
 * change: a rule moves only mentions with its forms). Answers how many were rebuilt.
 */
export async function rebuildDocumentsMentioning(
  tx: ManagedTransaction,
  key: string,
  forms: readonly string[],
): Promise<number> {
  const wanted = new Set(forms);
  const result = await tx.run(DOCUMENTS_MENTIONING, { key });
  const ids = result.records
    .filter((record) => usesAForm(record.get('aliases') as string[], wanted))
    .map((record) => record.get('id') as string);
  for (const id of ids) {
    const stored = await readStoredKnowledge(tx, id);
    if (stored !== null) await replaceContribution(tx, stored.knowledge, stored.facts);
  }
  return ids.length;
}

export async function countDocumentsMentioning(
  tx: ManagedTransaction,
  key: string,
): Promise<number> {
  const result = await tx.run(COUNT_DOCUMENTS_MENTIONING, { key });
  const count: unknown = result.records[0]?.get('documents');
  return neo4j.isInt(count) ? count.toNumber() : Number(count ?? 0);
}

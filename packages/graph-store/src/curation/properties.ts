/**
 * Rename, retype, hide and unhide (docs/graph-api.md, "Curation"): properties on the entity that
 * the reads apply (`curatedName`, `curatedType`, `hidden`). A merged key changes its canonical
 * entity, the one it answers as. No document owns these properties, so re-ingest keeps them.
 */
import type { GraphDriver } from '../graph-driver.ts';
import { plainValue } from '../plain-values.ts';
import { inWriteTransaction } from '../write.ts';
import { notFound } from './curation-error.ts';
import { checkName, checkType } from './curation-input.ts';

/**
 * Sets (or, with null, removes) curated properties on the canonical entity of $key; answers its key
 * and the values before.
 */
export const SET_CURATED_PROPERTIES = `
MATCH (e:Entity {key: $key})
OPTIONAL MATCH (e)-[:MERGED_INTO]->(root:Entity)
WITH coalesce(root, e) AS target
WITH target, properties(target) AS before
SET target.curated = true
SET target += $properties
RETURN target.key AS key, before`;

export interface PropertyChange {
  /** the entity changed: the canonical one of the key given */
  key: string;
  /** the changed properties' values before (null: unset) */
  before: Record<string, unknown>;
}

async function setCuratedProperties(
  driver: GraphDriver,
  key: string,
  properties: Record<string, string | boolean | null>,
): Promise<PropertyChange> {
  return inWriteTransaction(driver, async (tx) => {
    const result = await tx.run(SET_CURATED_PROPERTIES, { key, properties });
    const record = result.records[0];
    if (record === undefined) throw notFound(key);
    const { key: changed, before } = plainValue(record.toObject()) as {
      key: string;
      before: Record<string, unknown>;
    };
    return {
      key: changed,
      before: Object.fromEntries(
        Object.keys(properties).map((name) => [name, before[name] ?? null]),
      ),
    };
  });
}

/** The analyst's name for the entity: trimmed, 1..200 characters. */
export async function renameEntity(driver: GraphDriver, key: string, name: string) {
  return setCuratedProperties(driver, key, { curatedName: checkName(name) });
}

/** One of the entity types of @quarry/knowledge. */
export async function retypeEntity(driver: GraphDriver, key: string, type: string) {
  return setCuratedProperties(driver, key, { curatedType: checkType(type) });
}

export const hideEntity = (driver: GraphDriver, key: string) =>
  setCuratedProperties(driver, key, { hidden: true });

export const unhideEntity = (driver: GraphDriver, key: string) =>
  setCuratedProperties(driver, key, { hidden: null });

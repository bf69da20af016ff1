import { randomUUID } from 'node:crypto';
import type { Driver } from 'neo4j-driver';
import { deleteDocumentKnowledge } from '../write.ts';

/**
 * Ids for one test run: every document, collection and entity key carries the run's UUID, because
 * the dev Neo4j is shared with other tests; `cleanUp` removes exactly what the run created.
 */
export type TestRun = ReturnType<typeof testRun>;

export function testRun(name: string) {
  const run = `${name}-${randomUUID()}`;
  const documentIds = new Set<string>();
  const keys = new Set<string>();
  return {
    run,
    collection: (label: string) => `col-${label}-${run}`,
    document: (label: string) => {
      const id = `doc-${label}-${run}`;
      documentIds.add(id);
      return id;
    },
    /** a `name:` key, which the writer treats like any other */
    key: (type: string, name: string) => {
      const key = `name:${type}:${name.toLowerCase()} ${run}`;
      keys.add(key);
      return key;
    },
    /** keys of other forms (`wikipedia:`), registered for clean-up */
    remember: (key: string) => {
      keys.add(key);
      return key;
    },
    documentIds: () => [...documentIds],
    keys: () => [...keys],
    async cleanUp(driver: Driver) {
      for (const id of documentIds) await deleteDocumentKnowledge(driver, id);
      await driver.executeQuery('MATCH (e:Entity) WHERE e.key IN $keys DETACH DELETE e', {
        keys: [...keys],
      });
    },
  };
}

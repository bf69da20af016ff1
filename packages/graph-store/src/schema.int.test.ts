/** ensureGraphSchema against the real Neo4j: everything exists afterwards, and a second run is a no-op. */
import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { ensureGraphSchema, GRAPH_SCHEMA } from './schema.ts';
import { testDriver } from './testing/env.ts';

let driver: Driver;
const names = GRAPH_SCHEMA.map((statement) => /^CREATE (?:\w+ )*?(graph_\w+)/.exec(statement)![1]);

before(() => {
  driver = testDriver();
});

after(async () => {
  await driver.close();
});

test('every constraint and index exists and is online, and running it again changes nothing', async () => {
  await ensureGraphSchema(driver);
  const list = async () => {
    const { records } = await driver.executeQuery(
      `SHOW INDEXES YIELD name, state, owningConstraint WHERE name STARTS WITH 'graph_' OR owningConstraint STARTS WITH 'graph_'
       RETURN coalesce(owningConstraint, name) AS name, state ORDER BY name`,
    );
    return records.map((r) => [r.get('name') as string, r.get('state') as string]);
  };
  const first = await list();
  assert.deepEqual(
    first.map(([name]) => name),
    [...names].sort(),
  );
  assert.ok(
    first.every(([, state]) => state === 'ONLINE'),
    JSON.stringify(first),
  );
  await ensureGraphSchema(driver);
  assert.deepEqual(await list(), first);
});

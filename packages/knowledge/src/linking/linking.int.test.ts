// Against the real knowledge base that the stack builds (./quarry up / ./quarry test write its
// folder to stack.env as KNOWLEDGE_BASE_DIR). A missing knowledge base fails here, loudly.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { NamedEntityType } from '../types.ts';
import { createEntityLinker } from './entity-linker.ts';
import { createGazetteerMatcher } from './gazetteer-matcher.ts';
import { openKnowledgeBase } from './knowledge-base.ts';
import { topAnchorLink } from './top-anchor-link.ts';

const dir = process.env.KNOWLEDGE_BASE_DIR;
if (!dir) {
  throw new Error(
    'KNOWLEDGE_BASE_DIR is not set: load the stack settings (set -a; . .quarry/dev/stack.env) after ./quarry up --stores, which builds the knowledge base',
  );
}
const kb = openKnowledgeBase(dir);
const linker = createEntityLinker(kb);

async function link(name: string, type: NamedEntityType, others: string[] = []) {
  const [result] = await linker.link([{ name, type, aliases: [name] }], {
    language: 'en',
    names: [name, ...others],
  });
  return result ?? null;
}

test('Honolulu as a location is the city in GeoNames, with coordinates (the raw table says a person)', async () => {
  assert.equal(topAnchorLink(kb, 'Honolulu')?.id, 'Eileen_Anderson');
  const honolulu = await link('Honolulu', 'LOCATION');
  assert.equal(honolulu?.kb, 'geonames');
  assert.equal(honolulu?.id, '5856195');
  assert.ok(
    Math.abs(honolulu.latitude! - 21.3) < 0.1 && Math.abs(honolulu.longitude! + 157.86) < 0.1,
  );
});

test('Paris with France in the document is Paris, France; with Texas it is Paris, Texas', async () => {
  assert.equal((await link('Paris', 'LOCATION', ['France']))?.id, '2988507');
  assert.equal((await link('Paris', 'LOCATION', ['Texas', 'Dallas']))?.id, '4717560');
});

test('people and organisations link to their Wikipedia pages', async () => {
  assert.equal((await link('Angela Merkel', 'PERSON'))?.id, 'Angela_Merkel');
  assert.equal((await link('NATO', 'ORGANIZATION'))?.id, 'NATO');
  assert.equal((await link('Rheinmetall', 'ORGANIZATION'))?.id, 'Rheinmetall');
});

test('a name the knowledge base does not know links to nothing', async () => {
  assert.equal(await link('Zorblax Quuxington', 'PERSON'), null);
  assert.equal(await link('Qwxzv Holdings', 'ORGANIZATION'), null);
});

test('the gazetteer finds places in raw text and skips look-alike common words', () => {
  const matcher = createGazetteerMatcher(kb);
  const text = 'Nice weather: the delegation flew from Berlin to New York, then on to Honolulu.';
  assert.deepEqual(
    matcher.find(text, 'en').map((m) => [m.text, m.link?.kb, m.link?.id]),
    [
      ['Berlin', 'geonames', '2950159'],
      ['New York', 'geonames', '5128581'],
      ['Honolulu', 'geonames', '5856195'],
    ],
  );
});

test('a lookup is an indexed query: a thousand links take well under a second per hundred', async () => {
  const started = performance.now();
  for (let i = 0; i < 1000; i++)
    await link(i % 2 ? 'Angela Merkel' : 'Siemens', i % 2 ? 'PERSON' : 'ORGANIZATION');
  assert.ok(performance.now() - started < 10_000);
});

import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { after, test } from 'node:test';
import { Client } from '@elastic/elasticsearch';
import { chunkText, emptyEntitySummary, makeChunk, type IndexedDocument } from './document.ts';
import { ensureSearchIndex, versionedIndexName } from './setup.ts';

const client = new Client({ node: process.env.ELASTICSEARCH_URL ?? 'http://127.0.0.1:9200' });
const created: string[] = [];

function alias(): string {
  const name = `test-search-index-${randomUUID().slice(0, 8)}`;
  // Wildcard deletes are refused by default (action.destructive_requires_name): list each index.
  created.push(versionedIndexName(name), versionedIndexName(name, 1));
  return name;
}

after(async () => {
  for (const pattern of created)
    await client.indices.delete({ index: pattern, ignore_unavailable: true });
  await client.close();
});

test('ensureSearchIndex is idempotent and points the alias at the current version', async () => {
  const name = alias();
  const first = await ensureSearchIndex(client, name);
  const second = await ensureSearchIndex(client, name);
  assert.equal(first.index, versionedIndexName(name));
  assert.deepEqual(second, { index: first.index, migrated: 0, retired: [] });
  const aliases = await client.indices.getAlias({ name });
  assert.deepEqual(Object.keys(aliases), [first.index]);
});

test('documents of an older mapping version are migrated, none lost, and the old index is kept', async () => {
  const name = alias();
  const v1 = versionedIndexName(name, 1);
  await client.indices.create({
    index: v1,
    mappings: {
      properties: {
        id: { type: 'keyword' },
        title: { type: 'text' },
        collectionId: { type: 'keyword' },
        mimeType: { type: 'keyword' },
        createdAt: { type: 'date' },
        text: { type: 'text' },
      },
    },
    aliases: { [name]: { is_write_index: true } },
  });
  const operations = Array.from({ length: 1_200 }, (_, i) => [
    { index: { _index: v1, _id: `d${i}` } },
    {
      id: `d${i}`,
      title: `Report ${i}`,
      collectionId: 'c1',
      mimeType: 'text/plain',
      createdAt: '2025-01-01T00:00:00Z',
      text: `harbour number ${i}`,
    },
  ]).flat();
  await client.bulk({ operations, refresh: true });

  const result = await ensureSearchIndex(client, name);
  assert.equal(result.migrated, 1_200);
  assert.deepEqual(result.retired, [v1]);
  assert.equal((await client.count({ index: name })).count, 1_200);
  assert.ok(await client.indices.exists({ index: v1 }), 'the old index stays for the operator');
  const hit = await client.search<IndexedDocument>({
    index: name,
    query: {
      nested: { path: 'chunks', query: { match_phrase: { 'chunks.text': 'harbour number 77' } } },
    },
  });
  assert.equal(hit.hits.hits[0]?._source?.id, 'd77');
  assert.equal(hit.hits.hits[0]?._source?.isLatest, true);
});

test("a language field drops that language's stop words; the standard field keeps them", async () => {
  const name = alias();
  await ensureSearchIndex(client, name);
  const german = makeChunk(0, 0, 40, 'de', 'Die Mosel und der Rhein fließen zusammen');
  const unknown = makeChunk(0, 0, 40, 'xx', 'und so weiter');
  assert.equal(chunkText(german), 'Die Mosel und der Rhein fließen zusammen');
  const analyse = async (field: string, text: string) =>
    (await client.indices.analyze({ index: name, field, text })).tokens?.map((t) => t.token);
  assert.deepEqual(await analyse('chunks.text_de', 'Die Mosel und der Rhein'), ['mosel', 'rhein']);
  assert.deepEqual(await analyse('chunks.text', 'Die Mosel und der Rhein'), [
    'die',
    'mosel',
    'und',
    'der',
    'rhein',
  ]);
  assert.ok('text_de' in german && !('text' in german));
  assert.ok('text' in unknown);
});

test('the knowledge summary gives entity facets, exact keys and name search', async () => {
  const name = alias();
  await ensureSearchIndex(client, name);
  const entities = { ...emptyEntitySummary(), person: ['Friedrich Merz'], location: ['Berlin'] };
  await client.index({
    index: name,
    id: 'k1',
    document: {
      id: 'k1',
      entities,
      entityKeys: ['name:PERSON:friedrich merz'],
      knowledgeQuality: 'full',
    },
    refresh: true,
  });
  await client.index({ index: name, id: 'k2', document: { id: 'k2' }, refresh: true });
  const found = async (query: object) =>
    (await client.search({ index: name, query })).hits.hits.map((hit) => hit._id);
  assert.deepEqual(await found({ match: { 'entities.person.text': 'merz' } }), ['k1']);
  assert.deepEqual(await found({ term: { 'entities.person': 'Friedrich Merz' } }), ['k1']);
  assert.deepEqual(await found({ term: { entityKeys: 'name:PERSON:friedrich merz' } }), ['k1']);
  assert.deepEqual(await found({ term: { knowledgeQuality: 'full' } }), ['k1']);
  const facets = await client.search({
    index: name,
    size: 0,
    aggs: { places: { terms: { field: 'entities.location' } } },
  });
  const buckets = (facets.aggregations?.places as { buckets: Array<{ key: string }> }).buckets;
  assert.deepEqual(
    buckets.map((bucket) => bucket.key),
    ['Berlin'],
  );
});

import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { ensureSearchIndex, makeChunk, type IndexedDocument } from '@quarry/search-index';
import { createTestWorld, type TestWorld } from '../test-support.ts';
import { indexWriter } from './index-writer.ts';

let world: TestWorld;

before(async () => {
  world = await createTestWorld(process.env);
  await ensureSearchIndex(world.elasticsearch, world.env.DOCUMENTS_INDEX);
});

after(() => world.cleanup());

function document(id: string): Omit<IndexedDocument, 'isLatest'> {
  const text = `Document ${id} is about the Cold War.`;
  return {
    id,
    collectionId: 'c1',
    lineageId: `lineage-${id}`,
    version: 1,
    parentId: null,
    rootId: id,
    title: id,
    fileName: `${id}.txt`,
    sourcePath: `${id}.txt`,
    format: 'txt',
    mediaType: 'text/plain',
    sizeBytes: text.length,
    sha256: id.padEnd(64, '0'),
    mislabelled: false,
    language: 'en',
    languages: [{ language: 'en', share: 1 }],
    keyPhrases: ['Cold War'],
    keyPhraseScores: [{ phrase: 'Cold War', score: 1 }],
    metadata: {},
    authoredAt: null,
    ingestedAt: new Date().toISOString(),
    textLength: text.length,
    textTruncated: false,
    pageCount: null,
    pages: [],
    warnings: [],
    skills: ['language@2'],
    provenance: { jobId: 'j', itemId: id, source: 'api', ingestedBy: null },
    chunks: [makeChunk(0, 0, text.length, 'en', text)],
  };
}

test('documents of concurrent callers go in one bulk; a refused one fails alone', async () => {
  const requests: string[] = [];
  world.elasticsearch.diagnostic.on('request', (_error, event) => {
    if (event) requests.push(event.meta.request.params.path);
  });
  const write = indexWriter(() => ({
    elasticsearch: world.elasticsearch,
    prisma: world.prisma,
    index: world.env.DOCUMENTS_INDEX,
  }));
  // The mapping is strict: an unknown field makes Elasticsearch refuse that document only.
  const refused = { ...document('bad'), surprise: true } as Omit<IndexedDocument, 'isLatest'>;
  const results = await Promise.allSettled([
    write({ document: document('one'), replacesDocumentId: null }),
    write({ document: refused, replacesDocumentId: null }),
    write({ document: document('two'), replacesDocumentId: 'never-indexed' }),
  ]);
  assert.deepEqual(
    results.map((r) => r.status),
    ['fulfilled', 'rejected', 'fulfilled'],
  );
  const failure = (results[1] as PromiseRejectedResult).reason as Error;
  assert.equal(failure.name, 'ResponseError');
  assert.match(failure.message, /strict_dynamic_mapping_exception/);
  assert.equal(requests.filter((path) => path.endsWith('/_bulk')).length, 2, requests.join(' '));

  await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
  const found = await world.elasticsearch.search<IndexedDocument>({
    index: world.env.DOCUMENTS_INDEX,
    query: { match_all: {} },
  });
  assert.deepEqual(found.hits.hits.map((hit) => hit._id).sort(), ['one', 'two']);
  assert.ok(found.hits.hits.every((hit) => hit._source?.isLatest === true));
});

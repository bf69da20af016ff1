import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { Client } from '@elastic/elasticsearch';
import { after, before, describe, test } from 'node:test';
import { makeFixtures, type Fixtures } from '@quarry/crackers/test-fixtures';
import { chunkText, type IndexedDocument } from '@quarry/search-index';
import { start } from './app.ts';
import { requeueWaiting } from './ingest/enqueue.ts';
import { createTestWorld, upload, uploadForm, waitForJob, type TestWorld } from './test-support.ts';

let world: TestWorld;
let pipeline: Awaited<ReturnType<typeof start>>;
let fixtures: Fixtures;
let collectionId: string;
let otherCollectionId: string;
let analyst: string;

const MAX_FILE_BYTES = 3 * 1024 * 1024;

/** Each group of tests gets its own collection: identical bytes elsewhere must not dedupe into it. */
async function freshCollection(name: string) {
  const collection = await world.prisma.collection.create({ data: { name } });
  collectionId = collection.id;
  analyst = await world.token(['analyst'], [collection.id]);
}

async function newJob(
  source = 'upload',
  skills = ['language', 'keyphrases'],
  collection = collectionId,
) {
  return world.prisma.ingestJob.create({
    data: { collectionId: collection, source, skills: JSON.stringify(skills) },
  });
}

async function indexed(documentId: string): Promise<IndexedDocument | null> {
  const result = await world.elasticsearch
    .get<IndexedDocument>({ index: world.env.DOCUMENTS_INDEX, id: documentId })
    .catch(() => null);
  return result?._source ?? null;
}

function fullText(doc: IndexedDocument): string {
  return doc.chunks.map((chunk) => chunkText(chunk)).join('');
}

before(async () => {
  world = await createTestWorld(process.env, {
    PIPELINE_MAX_FILE_BYTES: String(MAX_FILE_BYTES),
    PIPELINE_CHUNK_CHARS: '2000',
    PIPELINE_CONCURRENCY: '4',
  });
  fixtures = await makeFixtures();
  otherCollectionId = (await world.prisma.collection.create({ data: { name: 'Other' } })).id;
  pipeline = await start(world.env);
});

after(async () => {
  await pipeline.close();
  await world.cleanup();
});

describe('every supported format is cracked, enriched and indexed', () => {
  const formats = [
    'pdf',
    'docx',
    'pptx',
    'xlsx',
    'odt',
    'ods',
    'odp',
    'rtf',
    'html',
    'eml',
    'msg',
    'txt',
    'md',
    'csv',
    'json',
    'zip',
  ];
  const items = new Map<string, { documentId: string; itemId: string }>();

  before(async () => {
    await freshCollection('formats');
    const job = await newJob();
    for (const key of formats) {
      const fixture = fixtures.files[key]!;
      const { status, body } = await upload(
        pipeline.url,
        analyst,
        job.id,
        `formats/${fixture.fileName}`,
        await readFile(fixture.path),
      );
      assert.equal(status, 201, JSON.stringify(body));
      items.set(key, { documentId: body.item!.documentId, itemId: body.item!.id });
    }
    await waitForJob(world.prisma, job.id);
    await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
  });

  for (const key of formats) {
    test(`${key}: done, its text, language and key phrases indexed`, async () => {
      const { documentId, itemId } = items.get(key)!;
      const item = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: itemId } });
      assert.equal(item.status, 'done', `${key}: ${item.reason ?? ''} ${item.message ?? ''}`);
      const doc = await indexed(documentId);
      assert.ok(doc, `${key} is indexed`);
      assert.equal(doc.format, key);
      assert.equal(doc.collectionId, collectionId);
      assert.deepEqual(
        doc.skills.map((s) => s.split('@')[0]),
        ['language', 'keyphrases'],
      );
      // An archive's own text is only its member list: its content is in its children (next test).
      if (key !== 'zip') {
        assert.ok(
          fullText(doc).replace(/\s+/g, ' ').includes(fixtures.files[key]!.phrase),
          `${key} text holds its phrase`,
        );
        assert.equal(doc.language, 'en');
        assert.ok(doc.keyPhrases.length > 0, `${key} has key phrases`);
      }
      assert.equal(doc.provenance.itemId, itemId);
    });
  }

  test('zip members and mail attachments become child documents', async () => {
    for (const [key, phrase] of [
      ['zip', fixtures.files.zip!.phrase],
      ['eml', fixtures.files.emlAttachment!.phrase],
      ['msg', fixtures.files.msgEmbedded!.phrase],
    ] as const) {
      const parent = items.get(key)!;
      const children = await world.prisma.ingestItem.findMany({
        where: { parentItemId: parent.itemId },
      });
      assert.ok(children.length > 0, `${key} has children`);
      assert.ok(
        children.every((c) => c.status === 'done'),
        `${key} children are done`,
      );
      const docs = await Promise.all(children.map((c) => indexed(c.documentId)));
      assert.ok(
        docs.every((d) => d?.parentId === parent.documentId && d.rootId === parent.documentId),
      );
      assert.ok(
        docs.some((d) => d && fullText(d).replace(/\s+/g, ' ').includes(phrase)),
        `${key} child holds ${phrase}`,
      );
    }
  });
});

describe('bad input ends in a visible failure with a reason, and nothing else is affected', () => {
  before(() => freshCollection('bad'));
  const cases: Array<[string, string, string]> = [
    ['empty', 'empty.txt', 'empty'],
    ['pdfEncrypted', 'locked.pdf', 'encrypted'],
    ['pdfTruncated', 'truncated.pdf', 'corrupt'],
    ['docxTruncated', 'broken.docx', 'corrupt'],
    ['gzip', 'notes.txt.gz', 'unsupported'],
    ['zipBomb', 'bomb.zip', 'zip-bomb'],
  ];

  test('each bad file fails with its reason; the good file beside them is indexed; originals are kept', async () => {
    const job = await newJob();
    const uploaded: Record<string, string> = {};
    for (const [key, name] of cases) {
      const { status, body } = await upload(
        pipeline.url,
        analyst,
        job.id,
        `bad/${name}`,
        await readFile(fixtures.files[key]!.path),
      );
      assert.equal(status, 201);
      uploaded[key] = body.item!.id;
    }
    const good = await upload(
      pipeline.url,
      analyst,
      job.id,
      'bad/neighbour.md',
      await readFile(fixtures.files.md!.path),
    );
    await waitForJob(world.prisma, job.id);
    for (const [key, , reason] of cases) {
      const item = await world.prisma.ingestItem.findUniqueOrThrow({
        where: { id: uploaded[key]! },
      });
      assert.equal(item.status, 'failed', key);
      assert.equal(item.reason, reason, `${key}: ${item.message ?? ''}`);
      assert.ok(item.message && item.message.length > 5, `${key} has a readable message`);
      assert.ok(await pipeline.context.blobs.has(item.sha256), `${key} original kept`);
    }
    const neighbour = await world.prisma.ingestItem.findUniqueOrThrow({
      where: { id: good.body.item!.id },
    });
    assert.equal(neighbour.status, 'done');
  });

  test('a mislabelled file is cracked by its content and flagged', async () => {
    const job = await newJob();
    const { body } = await upload(
      pipeline.url,
      analyst,
      job.id,
      'report.docx',
      await readFile(fixtures.files.pdfAsDocx!.path),
    );
    await waitForJob(world.prisma, job.id);
    const doc = await indexed(body.item!.documentId);
    assert.equal(doc?.format, 'pdf');
    assert.equal(doc?.mislabelled, true);
  });

  test('an oversized upload is refused with 413 and recorded as a failed item', async () => {
    const job = await newJob();
    const { status, body } = await upload(
      pipeline.url,
      analyst,
      job.id,
      'huge.txt',
      'x'.repeat(MAX_FILE_BYTES + 10),
    );
    assert.equal(status, 413);
    assert.equal(body.error?.code, 'TOO_LARGE');
    const [item] = await world.prisma.ingestItem.findMany({ where: { jobId: job.id } });
    assert.equal(item?.status, 'failed');
    assert.equal(item?.reason, 'too-large');
  });

  test('hostile paths are refused, the caller must be allowed to write', async () => {
    const job = await newJob();
    for (const path of ['../etc/passwd', '/abs.txt', 'a/./b.txt', 'nul\u0000.txt', '', 'dir/']) {
      const { status, body } = await upload(pipeline.url, analyst, job.id, path, 'x');
      assert.equal(status, 400, path);
      assert.equal(body.error?.code, 'BAD_PATH');
    }
    const viewer = await world.token(['viewer'], [collectionId]);
    assert.equal((await upload(pipeline.url, viewer, job.id, 'a.txt', 'x')).status, 403);
    const outsider = await world.token(['analyst'], [otherCollectionId]);
    assert.equal((await upload(pipeline.url, outsider, job.id, 'a.txt', 'x')).status, 404);
    assert.equal((await upload(pipeline.url, 'not-a-token', job.id, 'a.txt', 'x')).status, 401);
  });
});

describe('identity: duplicates, versions, chunks', () => {
  before(() => freshCollection('identity:'));
  test('the same bytes twice are one document; a changed file at the same path is a new version', async () => {
    const job = await newJob();
    const first = await upload(
      pipeline.url,
      analyst,
      job.id,
      'notes/plan.txt',
      'The first plan mentions the northern harbour.',
    );
    const again = await upload(
      pipeline.url,
      analyst,
      job.id,
      'elsewhere/copy.txt',
      'The first plan mentions the northern harbour.',
    );
    assert.equal(again.body.item?.duplicate, true);
    assert.equal(again.body.item?.documentId, first.body.item?.documentId);
    await waitForJob(world.prisma, job.id);
    const changed = await upload(
      pipeline.url,
      analyst,
      job.id,
      'notes/plan.txt',
      'The second plan moves everything to the southern harbour.',
    );
    assert.equal(changed.body.item?.version, 2);
    await waitForJob(world.prisma, job.id);
    await world.elasticsearch.indices.refresh({ index: world.env.DOCUMENTS_INDEX });
    const v1 = await indexed(first.body.item!.documentId);
    const v2 = await indexed(changed.body.item.documentId);
    assert.equal(v1?.isLatest, false);
    assert.equal(v2?.isLatest, true);
    assert.equal(v2?.lineageId, v1?.lineageId);
    assert.equal(v2?.version, 2);
    const count = await world.elasticsearch.count({
      index: world.env.DOCUMENTS_INDEX,
      query: { term: { sha256: v1.sha256 } },
    });
    assert.equal(count.count, 1, 'no duplicate document for the same bytes');
  });

  test('a duplicate takes the outcome of what it duplicates: failed with its reason, or done', async () => {
    const job = await newJob();
    // An empty .txt beside an empty .pdf: the same (no) bytes, so the second is a duplicate.
    const { body } = await uploadForm(pipeline.url, analyst, job.id, [
      ['dup/empty.pdf', ''],
      ['dup/empty.txt', ''],
      ['dup/memo.txt', 'The memo about the eastern depot.'],
      ['dup/memo copy.txt', 'The memo about the eastern depot.'],
    ]);
    const outcomes = new Map(body.files!.map((file) => [file.path, file.item]));
    assert.equal(outcomes.get('dup/empty.txt')?.duplicate, true);
    assert.equal(outcomes.get('dup/memo copy.txt')?.duplicate, true);
    const items = await waitForJob(world.prisma, job.id);
    const byPath = new Map(items.map((item) => [item.path, item]));
    const original = byPath.get('dup/empty.pdf')!;
    const copy = byPath.get('dup/empty.txt')!;
    assert.equal(original.status, 'failed');
    assert.deepEqual(
      { status: copy.status, reason: copy.reason, message: copy.message },
      { status: 'failed', reason: 'empty', message: original.message },
    );
    const memoCopy = byPath.get('dup/memo copy.txt')!;
    assert.equal(memoCopy.status, 'done');
    assert.equal(memoCopy.documentId, byPath.get('dup/memo.txt')!.documentId);
    assert.ok(await indexed(memoCopy.documentId), 'done with the document');
  });

  test('a large document is split into chunks that together hold exactly its text', async () => {
    const germany = JSON.parse(
      await readFile(new URL('../../data/factbook/europe/gm.json', import.meta.url), 'utf8'),
    ) as {
      Introduction: { Background: { text: string } };
    };
    const paragraph = germany.Introduction.Background.text.replace(/<[^>]+>/g, ' ');
    const text = Array.from({ length: 40 }, (_, i) => `Section ${i + 1}. ${paragraph}`).join(
      '\n\n',
    );
    const job = await newJob();
    const { body } = await upload(pipeline.url, analyst, job.id, 'long.txt', text);
    await waitForJob(world.prisma, job.id);
    const item = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: body.item!.id } });
    assert.ok(item.chunksTotal >= 10, `chunks: ${item.chunksTotal}`);
    assert.equal(item.chunksDone, item.chunksTotal);
    const doc = (await indexed(body.item!.documentId))!;
    assert.equal(doc.chunks.length, item.chunksTotal);
    assert.deepEqual(
      doc.chunks.map((c) => c.seq),
      [...doc.chunks.keys()],
    );
    // Chunks cover the text exactly: no gap, no overlap, in order.
    assert.equal(fullText(doc).length, doc.textLength);
    assert.ok(doc.chunks.every((c, i) => i === 0 || c.start === doc.chunks[i - 1]!.end));
    assert.ok(fullText(doc).includes('Section 1. ') && fullText(doc).includes('Section 40. '));
  });
});

describe('retry, re-run and download', () => {
  before(() => freshCollection('retry,'));
  test('failed items are retried with a new run; skills re-run on an indexed document', async () => {
    const job = await newJob();
    const bad = await upload(pipeline.url, analyst, job.id, 'retry/empty.txt', '');
    const good = await upload(
      pipeline.url,
      analyst,
      job.id,
      'retry/ok.md',
      await readFile(fixtures.files.md!.path),
    );
    await waitForJob(world.prisma, job.id);
    const enqueue = (itemIds: string[], token = analyst) =>
      fetch(`${pipeline.url}/ingest/enqueue`, {
        method: 'POST',
        headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
        body: JSON.stringify({ itemIds }),
      });
    const outsider = await world.token(['analyst'], [otherCollectionId]);
    assert.deepEqual(await (await enqueue([bad.body.item!.id], outsider)).json(), { queued: 0 });
    const response = await enqueue([bad.body.item!.id, good.body.item!.id]);
    // Only the failed one: a done item is not restarted.
    assert.deepEqual(await response.json(), { queued: 1 });
    await waitForJob(world.prisma, job.id);
    const retried = await world.prisma.ingestItem.findUniqueOrThrow({
      where: { id: bad.body.item!.id },
    });
    assert.equal(retried.status, 'failed');
    assert.equal(retried.attempts, 2);

    const rerun = await newJob('rerun', ['language']);
    const source = await world.prisma.ingestItem.findUniqueOrThrow({
      where: { id: good.body.item!.id },
    });
    const item = await world.prisma.ingestItem.create({
      data: {
        jobId: rerun.id,
        collectionId,
        documentId: source.documentId,
        lineageId: source.lineageId,
        version: source.version,
        name: source.name,
        path: source.path,
        sha256: source.sha256,
        sizeBytes: source.sizeBytes,
      },
    });
    assert.deepEqual(await (await enqueue([item.id])).json(), { queued: 1 });
    await waitForJob(world.prisma, rerun.id);
    const doc = await indexed(source.documentId);
    assert.deepEqual(
      doc?.skills.map((s) => s.split('@')[0]),
      ['language'],
    );
    assert.deepEqual(doc?.keyPhrases, []);
    assert.equal(doc?.provenance.itemId, source.id, 'a re-run keeps the original provenance');
  });

  test('Elasticsearch going down mid-ingest fails the items with a reason, keeps everything, and a retry finishes them', async () => {
    const job = await newJob('api');
    const realClient = pipeline.context.elasticsearch;
    // Everything before indexing works; the index writes meet a store that is gone. One file is
    // sent alone (a crack job), two in one form (a batch job, whose items then go on alone).
    pipeline.context.elasticsearch = new Client({ node: 'http://127.0.0.1:9', maxRetries: 0 });
    let itemIds: string[];
    try {
      const { body } = await upload(
        pipeline.url,
        analyst,
        job.id,
        'outage/report.md',
        '# Outage\n\nThe index was unreachable for a while.',
      );
      const form = await uploadForm(pipeline.url, analyst, job.id, [
        ['outage/first.txt', 'The first file of the form, written while the index was down.'],
        ['outage/second.txt', 'The second file of the form, also waiting for the index.'],
      ]);
      itemIds = [body.item!.id, ...form.body.files!.map((file) => file.item!.id)];
      await waitForJob(world.prisma, job.id, 60_000);
    } finally {
      await pipeline.context.elasticsearch.close();
      pipeline.context.elasticsearch = realClient;
    }
    for (const itemId of itemIds) {
      const failed = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: itemId } });
      assert.equal(failed.status, 'failed', failed.path);
      assert.equal(failed.reason, 'internal');
      assert.equal(
        failed.message,
        'gave up after 3 attempts: the search index (Elasticsearch) could not be reached',
      );
      assert.ok(await pipeline.context.blobs.has(failed.sha256), 'the original is kept');
    }

    const response = await fetch(`${pipeline.url}/ingest/enqueue`, {
      method: 'POST',
      headers: { authorization: `Bearer ${analyst}`, 'content-type': 'application/json' },
      body: JSON.stringify({ itemIds }),
    });
    assert.deepEqual(await response.json(), { queued: 3 });
    await waitForJob(world.prisma, job.id);
    for (const itemId of itemIds) {
      const done = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: itemId } });
      assert.equal(done.status, 'done');
      assert.ok(await indexed(done.documentId));
    }
  });

  test('items recorded as waiting while the pipeline was down are queued when it starts', async () => {
    const job = await newJob('api');
    const blob = await pipeline.context.blobs.putBytes(
      Buffer.from('Recorded while the pipeline was away.'),
    );
    // What the documents subgraph leaves behind when its call to the pipeline fails: a queued item, no job.
    const item = await world.prisma.ingestItem.create({
      data: {
        jobId: job.id,
        collectionId,
        documentId: 'f'.repeat(32),
        lineageId: 'f'.repeat(32),
        name: 'away.txt',
        path: 'away.txt',
        sha256: blob.sha256,
        sizeBytes: blob.sizeBytes,
        runId: 'waiting-run',
      },
    });
    assert.ok((await requeueWaiting(world.prisma, pipeline.context.queue)) >= 1);
    await waitForJob(world.prisma, job.id);
    const done = await world.prisma.ingestItem.findUniqueOrThrow({ where: { id: item.id } });
    assert.equal(done.status, 'done', done.message ?? '');
  });

  test('originals download byte for byte, only for readers of the collection', async () => {
    const job = await newJob();
    const bytes = await readFile(fixtures.files.pdf!.path);
    const { body } = await upload(pipeline.url, analyst, job.id, 'Grüße "report".pdf', bytes);
    await waitForJob(world.prisma, job.id);
    const reader = await world.token(['viewer'], [collectionId]);
    const response = await fetch(`${pipeline.url}/originals/${body.item!.documentId}?inline=1`, {
      headers: { authorization: `Bearer ${reader}` },
    });
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/pdf');
    assert.match(
      response.headers.get('content-disposition') ?? '',
      /^inline; filename="Gr__e _report_.pdf"; filename\*=UTF-8''Gr%C3%BC%C3%9Fe%20%22report%22.pdf$/,
    );
    assert.equal(response.headers.get('content-security-policy'), 'sandbox');
    assert.deepEqual(Buffer.from(await response.arrayBuffer()), bytes);
    const outsider = await world.token(['admin'], [otherCollectionId]);
    const denied = await fetch(`${pipeline.url}/originals/${body.item!.documentId}`, {
      headers: { authorization: `Bearer ${outsider}` },
    });
    assert.equal(denied.status, 404);
  });
});

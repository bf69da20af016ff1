import assert from 'node:assert/strict';
import { after, before, test } from 'node:test';
import { emptyEntitySummary, type EntitySummary, type IndexedDocument } from '@quarry/search-index';
import { buildDocument } from './testing/fixtures.ts';
import { startHarness, type Harness } from './testing/harness.ts';

// The knowledge stage as the API shows it: entity summaries indexed straight into a test index (as
// the pipeline's knowledge stage writes them), knowledge statuses written straight into SQL. The
// pipeline's own tests cover producing them.
let h: Harness;
let analystA: string;
let adminAB: string;
const docs: Record<string, IndexedDocument> = {};
const now = Date.now();
const minutesAgo = (m: number) => new Date(now - m * 60_000);

function entities(summary: Partial<EntitySummary>): EntitySummary {
  return { ...emptyEntitySummary(), ...summary };
}

before(async () => {
  h = await startHarness(process.env, (run, a, b) => {
    const doc = (key: string, collectionId: string, extra: Partial<IndexedDocument>) =>
      (docs[key] = buildDocument({
        id: `${run}-${key}`,
        collectionId,
        title: `Memo ${key}`,
        texts: [{ text: `Memo ${key} about the harbour.`, language: 'en' }],
        ...extra,
      }));
    return [
      doc('merz', a, {
        entities: entities({
          person: ['Friedrich Merz'],
          organization: ['Siemens Energy AG', 'Rheinmetall'],
          location: ['Hamburg'],
          iban: ['DE89370400440532013000'],
        }),
        entityKeys: ['wikipedia:Friedrich_Merz', 'name:ORGANIZATION:rheinmetall'],
        knowledgeQuality: 'full',
      }),
      doc('scholz', a, {
        entities: entities({
          person: ['Olaf Scholz', 'Friedrich Merz'],
          organization: ['Rheinmetall'],
        }),
        entityKeys: [],
        knowledgeQuality: 'fallback',
      }),
      doc('plain', a, {}),
      // Same person, but in a collection analyst A cannot read: never counted for A.
      doc('secret', b, {
        entities: entities({ person: ['Friedrich Merz', 'Hidden Person'] }),
        entityKeys: [],
        knowledgeQuality: 'full',
      }),
    ];
  });
  analystA = await h.token({ roles: ['analyst'], collections: [h.collectionA] });
  adminAB = await h.token({ roles: ['admin'], collections: [h.collectionA, h.collectionB] });
});

after(async () => {
  await h?.close();
});

async function query<T>(token: string, text: string, variables: Record<string, unknown> = {}) {
  const { body } = await h.gql<T>(token, text, variables);
  assert.equal(body.errors, undefined, JSON.stringify(body.errors));
  return body.data!;
}

interface Item {
  status: string;
  knowledgeStatus: string;
  knowledgeQuality?: string | null;
  knowledgeFinishedMinutesAgo?: number;
  knowledgeStartedMinutesAgo?: number;
  knowledgeMessage?: string;
  documentId?: string;
  createdMinutesAgo?: number;
}

async function seedJob(collectionId: string, items: Item[]) {
  const job = await h.prisma.ingestJob.create({
    data: { collectionId, source: 'upload', label: 'knowledge', skills: '["entities"]' },
  });
  for (const [i, item] of items.entries()) {
    await h.prisma.ingestItem.create({
      data: {
        jobId: job.id,
        collectionId,
        documentId: item.documentId ?? `${h.run}-k-${i}`,
        name: `file-${i}.txt`,
        path: `upload/file-${i}.txt`,
        sha256: 'cd'.repeat(32),
        sizeBytes: 100,
        status: item.status,
        createdAt: minutesAgo(item.createdMinutesAgo ?? 30 - i * 0.1),
        finishedAt: item.status === 'done' ? minutesAgo(20) : null,
        knowledgeStatus: item.knowledgeStatus,
        knowledgeQuality: item.knowledgeQuality ?? null,
        knowledgeMessage: item.knowledgeMessage ?? null,
        knowledgeStartedAt:
          item.knowledgeStartedMinutesAgo === undefined
            ? null
            : minutesAgo(item.knowledgeStartedMinutesAgo),
        knowledgeFinishedAt:
          item.knowledgeFinishedMinutesAgo === undefined
            ? null
            : minutesAgo(item.knowledgeFinishedMinutesAgo),
      },
    });
  }
  return job.id;
}

const DOCUMENT = `query($id: ID!) {
  document(id: $id) { id knowledgeQuality knowledgeStatus entitySummary { type names } }
}`;

interface DocumentAnswer {
  document: {
    knowledgeQuality: string | null;
    knowledgeStatus: string;
    entitySummary: Array<{ type: string; names: string[] }>;
  } | null;
}

test('a document shows its entity summary by type, its knowledge quality and status', async () => {
  const { document } = await query<DocumentAnswer>(analystA, DOCUMENT, { id: docs.merz!.id });
  assert.deepEqual(document?.entitySummary, [
    { type: 'PERSON', names: ['Friedrich Merz'] },
    { type: 'ORGANIZATION', names: ['Siemens Energy AG', 'Rheinmetall'] },
    { type: 'LOCATION', names: ['Hamburg'] },
    { type: 'IBAN', names: ['DE89370400440532013000'] },
  ]);
  assert.equal(document?.knowledgeQuality, 'FULL');
  // No ingest item ran the knowledge stage for it.
  assert.equal(document?.knowledgeStatus, 'NONE');

  const fallback = await query<DocumentAnswer>(analystA, DOCUMENT, { id: docs.scholz!.id });
  assert.equal(fallback.document?.knowledgeQuality, 'FALLBACK');

  const plain = await query<DocumentAnswer>(analystA, DOCUMENT, { id: docs.plain!.id });
  assert.deepEqual(plain.document?.entitySummary, []);
  assert.equal(plain.document?.knowledgeQuality, null);
});

test("a document's knowledge status is its latest knowledge run's, read only in its collection", async () => {
  await seedJob(h.collectionA, [
    // An older run that finished, then a newer one waiting for the NLP service.
    {
      status: 'done',
      knowledgeStatus: 'done',
      documentId: docs.scholz!.id,
      createdMinutesAgo: 50,
    },
    {
      status: 'done',
      knowledgeStatus: 'waiting',
      knowledgeQuality: 'fallback',
      documentId: docs.scholz!.id,
      createdMinutesAgo: 10,
    },
    // Newest of all, but a duplicate that never entered the stage: it does not count.
    { status: 'done', knowledgeStatus: 'none', documentId: docs.scholz!.id, createdMinutesAgo: 1 },
  ]);
  const { document } = await query<DocumentAnswer>(analystA, DOCUMENT, { id: docs.scholz!.id });
  assert.equal(document?.knowledgeStatus, 'WAITING');
  // An item of collection B naming a document id of collection A is not read for it.
  await seedJob(h.collectionB, [
    { status: 'done', knowledgeStatus: 'failed', documentId: docs.merz!.id, createdMinutesAgo: 0 },
  ]);
  const merz = await query<DocumentAnswer>(analystA, DOCUMENT, { id: docs.merz!.id });
  assert.equal(merz.document?.knowledgeStatus, 'NONE');
});

const SEARCH = `query($filter: SearchFilter) {
  search(filter: $filter, first: 50) {
    totalCount
    hits { document { id } }
    facets { entities { type buckets { value count } } }
  }
}`;

interface SearchAnswer {
  search: {
    totalCount: number;
    hits: Array<{ document: { id: string } }>;
    facets: { entities: Array<{ type: string; buckets: Array<{ value: string; count: number }> }> };
  };
}

const idsOf = (answer: SearchAnswer) => answer.search.hits.map((hit) => hit.document.id).sort();

test('search counts entity names per type over the readable documents only', async () => {
  const { search } = await query<SearchAnswer>(analystA, SEARCH);
  assert.deepEqual(search.facets.entities, [
    {
      type: 'PERSON',
      buckets: [
        { value: 'Friedrich Merz', count: 2 },
        { value: 'Olaf Scholz', count: 1 },
      ],
    },
    {
      type: 'ORGANIZATION',
      buckets: [
        { value: 'Rheinmetall', count: 2 },
        { value: 'Siemens Energy AG', count: 1 },
      ],
    },
    { type: 'LOCATION', buckets: [{ value: 'Hamburg', count: 1 }] },
  ]);
  const both = await query<SearchAnswer>(adminAB, SEARCH);
  assert.deepEqual(both.search.facets.entities[0]?.buckets.slice(0, 2), [
    { value: 'Friedrich Merz', count: 3 },
    { value: 'Hidden Person', count: 1 },
  ]);
});

test('search filters by entity: names of one entry are alternatives, entries all apply', async () => {
  const filter = (entities: Array<{ type: string; names: string[] }>) => ({ filter: { entities } });
  const merz = await query<SearchAnswer>(
    analystA,
    SEARCH,
    filter([{ type: 'PERSON', names: ['Friedrich Merz'] }]),
  );
  assert.deepEqual(idsOf(merz), [docs.merz!.id, docs.scholz!.id].sort());
  // The facets follow the filter.
  assert.deepEqual(merz.search.facets.entities[0]?.buckets[0], {
    value: 'Friedrich Merz',
    count: 2,
  });

  const withSiemens = await query<SearchAnswer>(
    analystA,
    SEARCH,
    filter([
      { type: 'PERSON', names: ['Friedrich Merz'] },
      { type: 'ORGANIZATION', names: ['Siemens Energy AG'] },
    ]),
  );
  assert.deepEqual(idsOf(withSiemens), [docs.merz!.id]);

  const either = await query<SearchAnswer>(
    analystA,
    SEARCH,
    filter([{ type: 'PERSON', names: ['Olaf Scholz', 'Nobody'] }]),
  );
  assert.deepEqual(idsOf(either), [docs.scholz!.id]);

  // The name of another type does not match: Hamburg is a location, not a person.
  const wrongType = await query<SearchAnswer>(
    analystA,
    SEARCH,
    filter([{ type: 'PERSON', names: ['Hamburg'] }]),
  );
  assert.equal(wrongType.search.totalCount, 0);

  // A document outside the viewer's collections is not found through its entities either.
  const hidden = await query<SearchAnswer>(
    analystA,
    SEARCH,
    filter([{ type: 'PERSON', names: ['Hidden Person'] }]),
  );
  assert.equal(hidden.search.totalCount, 0);
});

const JOB = `query($id: ID!, $knowledgeStatus: KnowledgeStatus) {
  ingestJob(id: $id) {
    counts { total done }
    knowledge { counts { total queued running waiting done failed } throughputPerMinute etaSeconds }
    items(knowledgeStatus: $knowledgeStatus, first: 50) {
      totalCount
      nodes {
        knowledgeStatus knowledgeQuality knowledgeMessage knowledgeAttempts
        knowledgeStartedAt knowledgeFinishedAt
      }
    }
  }
  ingestOverview { knowledge { counts { total waiting } } }
}`;

interface JobAnswer {
  ingestJob: {
    counts: { total: number; done: number };
    knowledge: {
      counts: Record<string, number>;
      throughputPerMinute: number;
      etaSeconds: number | null;
    };
    items: {
      totalCount: number;
      nodes: Array<{
        knowledgeStatus: string;
        knowledgeQuality: string | null;
        knowledgeMessage: string | null;
        knowledgeAttempts: number;
        knowledgeStartedAt: string | null;
        knowledgeFinishedAt: string | null;
      }>;
    };
  } | null;
  ingestOverview: { knowledge: { counts: { total: number; waiting: number } } };
}

test('a job shows its knowledge stage: counts, throughput, ETA and each item’s status', async () => {
  const jobId = await seedJob(h.collectionA, [
    {
      status: 'done',
      knowledgeStatus: 'done',
      knowledgeQuality: 'full',
      knowledgeStartedMinutesAgo: 4,
      knowledgeFinishedMinutesAgo: 3,
    },
    {
      status: 'done',
      knowledgeStatus: 'done',
      knowledgeQuality: 'full',
      knowledgeStartedMinutesAgo: 3,
      knowledgeFinishedMinutesAgo: 2,
    },
    {
      status: 'done',
      knowledgeStatus: 'failed',
      knowledgeStartedMinutesAgo: 2,
      knowledgeFinishedMinutesAgo: 1,
      knowledgeMessage: 'too many mentions',
    },
    // Finished long ago: outside the throughput window.
    {
      status: 'done',
      knowledgeStatus: 'done',
      knowledgeQuality: 'full',
      knowledgeStartedMinutesAgo: 40,
      knowledgeFinishedMinutesAgo: 39,
    },
    {
      status: 'done',
      knowledgeStatus: 'waiting',
      knowledgeQuality: 'fallback',
      knowledgeMessage: 'NLP service unavailable',
    },
    { status: 'done', knowledgeStatus: 'running', knowledgeStartedMinutesAgo: 0.5 },
    { status: 'done', knowledgeStatus: 'queued' },
    // Not searchable yet, so not in the knowledge stage.
    { status: 'enriching', knowledgeStatus: 'none' },
  ]);
  const asked = Date.now();
  const data = await query<JobAnswer>(analystA, JOB, { id: jobId });
  const answered = Date.now();
  const job = data.ingestJob!;
  assert.deepEqual(job.counts, { total: 8, done: 7 });
  assert.deepEqual(job.knowledge.counts, {
    total: 7,
    queued: 1,
    running: 1,
    waiting: 1,
    done: 3,
    failed: 1,
  });
  // 3 finished in the window, counted from the first knowledge start (4 minutes before the seed)
  // to the moment of the answer; 3 remain (queued, running, waiting). knowledge-stats.test.ts checks
  // the formula with a fixed clock.
  const firstStart = minutesAgo(4).getTime();
  const perMinuteAt = (moment: number) => 3 / ((moment - firstStart) / 60_000);
  const { throughputPerMinute, etaSeconds } = job.knowledge;
  assert.ok(
    throughputPerMinute <= perMinuteAt(asked) && throughputPerMinute >= perMinuteAt(answered),
    `${throughputPerMinute}`,
  );
  assert.equal(etaSeconds, Math.ceil((3 / throughputPerMinute) * 60));
  const waiting = job.items.nodes.find((item) => item.knowledgeStatus === 'WAITING');
  assert.deepEqual(waiting, {
    knowledgeStatus: 'WAITING',
    knowledgeQuality: 'FALLBACK',
    knowledgeMessage: 'NLP service unavailable',
    knowledgeAttempts: 0,
    knowledgeStartedAt: null,
    knowledgeFinishedAt: null,
  });
  const failed = job.items.nodes.find((item) => item.knowledgeStatus === 'FAILED');
  assert.equal(failed?.knowledgeMessage, 'too many mentions');
  assert.equal(failed?.knowledgeFinishedAt, minutesAgo(1).toISOString());

  const onlyWaiting = await query<JobAnswer>(analystA, JOB, {
    id: jobId,
    knowledgeStatus: 'WAITING',
  });
  assert.equal(onlyWaiting.ingestJob!.items.totalCount, 1);
  assert.equal(onlyWaiting.ingestJob!.items.nodes[0]!.knowledgeStatus, 'WAITING');

  // The overview counts every job of the viewer's collections (the earlier test's items too), and
  // none of collection B's.
  const waitingInA = await h.prisma.ingestItem.count({
    where: { collectionId: h.collectionA, knowledgeStatus: 'waiting' },
  });
  const inStageA = await h.prisma.ingestItem.count({
    where: { collectionId: h.collectionA, knowledgeStatus: { not: 'none' } },
  });
  assert.deepEqual(data.ingestOverview.knowledge.counts, { total: inStageA, waiting: waitingInA });
});

// Writes the graph fixture (graph-fixture.ts) into Neo4j and deletes it again.
//
// Two writers of the SAME model, so the benchmark can measure which is fast enough:
// - `graph-store`: @quarry/graph-store's writeDocumentKnowledge, one transaction per document,
//   `concurrency` at once (what the pipeline does);
// - `unwind`: graph-store's own write statements, each wrapped to UNWIND many documents at once
//   (`CALL (doc) { <statement> }`), one transaction per batch of documents. Nothing is removed
//   first: the fixture's documents are new. Same Cypher, so the same nodes and properties; the
//   benchmark checks that by rewriting one document with writeDocumentKnowledge (which replaces
//   its contribution) and comparing readDocumentGraph before and after.
import neo4j, { type Driver } from 'neo4j-driver';
import { writeDocumentKnowledge } from '@quarry/graph-store';
import {
  assertConsistentKnowledge,
  contributionRows,
  UPSERT_DOCUMENT,
  WRITE_COOCCURRENCES,
  WRITE_ENTITIES,
  WRITE_MENTIONS,
  WRITE_TRIPLES,
} from '@quarry/graph-store/statements';
import { fixtureCollections, type FixtureDocument } from './graph-fixture.ts';
import type { EntityType } from '@quarry/knowledge';

export type FixtureWriter = 'graph-store' | 'unwind';

export interface WriteProgress {
  documents: number;
  mentions: number;
}

/**
 * One of graph-store's per-document statements, run for every document of `$documents`: its
 * document parameters become the fields of `doc` (a document's `rows`, `documentId`, ...).
 */
function perDocument(statement: string): string {
  const body = statement
    .replace(/\$documentId\b/g, 'doc.documentId')
    .replace(/\$collectionId\b/g, 'doc.collectionId')
    .replace(/\$seenAt\b/g, 'doc.seenAt')
    .replace(/\$document\b/g, 'doc.document')
    .replace(/\$rows\b/g, 'doc.rows');
  return `UNWIND $documents AS doc\nCALL (doc) {\n${body}\n}`;
}

const BULK = {
  document: perDocument(UPSERT_DOCUMENT),
  entities: perDocument(WRITE_ENTITIES),
  mentions: perDocument(WRITE_MENTIONS),
  triples: perDocument(WRITE_TRIPLES),
  cooccurrences: perDocument(WRITE_COOCCURRENCES),
};

/** Documents per unwind transaction: about 5,500 mentions and 6,000 pairs, like one BATCH_SIZE. */
const UNWIND_DOCUMENTS = 50;

async function writeUnwindBatch(driver: Driver, batch: FixtureDocument[]): Promise<void> {
  const rows = batch.map(({ knowledge, facts }) => {
    assertConsistentKnowledge(knowledge);
    const contribution = contributionRows(knowledge, facts);
    return {
      scope: {
        documentId: knowledge.documentId,
        collectionId: knowledge.collectionId,
        seenAt: contribution.document.date,
      },
      contribution,
    };
  });
  const documents = (pick: (c: (typeof rows)[number]['contribution']) => object) =>
    rows.map(({ scope, contribution }) => ({ ...scope, ...pick(contribution) }));
  const session = driver.session();
  try {
    await session.executeWrite(async (tx) => {
      // Entities first: the mention, triple and pair statements MATCH them.
      await tx.run(BULK.document, { documents: documents((c) => ({ document: c.document })) });
      await tx.run(BULK.entities, { documents: documents((c) => ({ rows: c.entities })) });
      await Promise.all([
        tx.run(BULK.mentions, { documents: documents((c) => ({ rows: c.mentions })) }),
        tx.run(BULK.triples, { documents: documents((c) => ({ rows: c.triples })) }),
        tx.run(BULK.cooccurrences, { documents: documents((c) => ({ rows: c.cooccurrences })) }),
      ]);
    });
  } finally {
    await session.close();
  }
}

/**
 * Writes every document of `documents` with `concurrency` transactions in flight, calling
 * `progress` after each one. Answers the documents and mentions written.
 */
export async function writeFixture(
  driver: Driver,
  documents: Iterator<FixtureDocument>,
  writer: FixtureWriter,
  concurrency: number,
  progress: (done: WriteProgress) => void = () => {},
): Promise<WriteProgress> {
  const done: WriteProgress = { documents: 0, mentions: 0 };
  const take = (count: number): FixtureDocument[] => {
    const batch: FixtureDocument[] = [];
    while (batch.length < count) {
      const next = documents.next();
      if (next.done) break;
      batch.push(next.value);
    }
    return batch;
  };
  const worker = async () => {
    for (;;) {
      const batch = take(writer === 'unwind' ? UNWIND_DOCUMENTS : 1);
      if (batch.length === 0) return;
      if (writer === 'unwind') await writeUnwindBatch(driver, batch);
      else await writeDocumentKnowledge(driver, batch[0]!.knowledge, batch[0]!.facts);
      done.documents += batch.length;
      done.mentions += batch.reduce((n, d) => n + d.knowledge.mentions.length, 0);
      progress(done);
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return done;
}

const TYPES: EntityType[] = ['PERSON', 'ORGANIZATION', 'LOCATION', 'MISC'];

/**
 * Deletes everything a fixture with this tag wrote (also of an interrupted run), in transactions
 * of 10,000 rows so Neo4j's heap never holds the whole fixture. Every lookup is an index seek:
 * documents, mentions and triples by their id prefix (and only in the fixture's collections), edges
 * by collection, entities by key prefix.
 */
export async function deleteFixture(driver: Driver, tag: string): Promise<number> {
  const statements: Array<[string, Record<string, unknown>]> = [
    [
      `MATCH ()-[c:CO_OCCURS]->() WHERE c.collectionId IN $collections
       CALL (c) { DELETE c } IN TRANSACTIONS OF 10000 ROWS`,
      { collections: fixtureCollections(tag) },
    ],
    // A Document still has its MENTIONS (about 60 each): the 9,122 of the full-size fixture in one
    // transaction ran Neo4j's 512 MB heap out; 500 documents are about 30,000 relationships.
    ...(
      [
        ['Mention', 10_000],
        ['Triple', 10_000],
        ['Document', 500],
      ] as const
    ).map(([label, rows]): [string, Record<string, unknown>] => [
      `MATCH (n:${label}) WHERE n.id STARTS WITH $tag AND n.collectionId IN $collections
       CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF ${rows} ROWS`,
      { tag, collections: fixtureCollections(tag) },
    ]),
    ...[`wikipedia:${tag}_`, ...TYPES.map((type) => `name:${type}:${tag} `)].map(
      (prefix): [string, Record<string, unknown>] => [
        `MATCH (e:Entity) WHERE e.key STARTS WITH $prefix
         CALL (e) { DETACH DELETE e } IN TRANSACTIONS OF 10000 ROWS`,
        { prefix },
      ],
    ),
  ];
  let deleted = 0;
  const session = driver.session();
  try {
    for (const [statement, parameters] of statements) {
      const result = await session.run(statement, parameters);
      const counters = result.summary.counters.updates();
      deleted += counters.nodesDeleted + counters.relationshipsDeleted;
    }
  } finally {
    await session.close();
  }
  return deleted;
}

/** What the store holds of the fixture: for the report, and to reuse a kept fixture. */
export async function countFixture(
  driver: Driver,
  tag: string,
): Promise<{ documents: number; mentions: number; entities: number; cooccurrences: number }> {
  const session = driver.session({ defaultAccessMode: neo4j.session.READ });
  try {
    const result = await session.run(
      `CALL () {
         MATCH (d:Document) WHERE d.id STARTS WITH $tag AND d.collectionId IN $collections
         RETURN count(d) AS documents
       }
       CALL () {
         MATCH (m:Mention) WHERE m.id STARTS WITH $tag AND m.collectionId IN $collections
         RETURN count(m) AS mentions
       }
       CALL () {
         UNWIND $entityPrefixes AS p
         CALL (p) { MATCH (e:Entity) WHERE e.key STARTS WITH p RETURN count(e) AS n }
         RETURN sum(n) AS entities
       }
       CALL () {
         MATCH ()-[c:CO_OCCURS]->() WHERE c.collectionId IN $collections
         RETURN count(c) AS cooccurrences
       }
       RETURN documents, mentions, entities, cooccurrences`,
      {
        tag,
        entityPrefixes: [`wikipedia:${tag}_`, ...TYPES.map((type) => `name:${type}:${tag} `)],
        collections: fixtureCollections(tag),
      },
    );
    const record = result.records[0]!;
    const count = (name: string) => Number(record.get(name));
    return {
      documents: count('documents'),
      mentions: count('mentions'),
      entities: count('entities'),
      cooccurrences: count('cooccurrences'),
    };
  } finally {
    await session.close();
  }
}

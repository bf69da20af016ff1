import type { Driver } from 'neo4j-driver';
import { writeDocumentKnowledge } from '@quarry/graph-store';
import { buildKnowledge } from '@quarry/graph-store/testing/knowledge-fixture.ts';
import type { TestRun } from '@quarry/graph-store/testing/test-run.ts';

/**
 * The knowledge graph the read API's tests share, written the way the pipeline writes it, in two
 * collections of one test run (unique ids, so the shared dev Neo4j stays untouched):
 *
 * - a1 (A, 2024-01-15): Merz ("Friedrich Merz", "Merz"), CDU twice, and "Merz leads the CDU";
 * - a2 (A, 2024-03-02): Merz twice, Berlin (a GeoNames key with coordinates), Olaf Scholz, CDU;
 * - b1 (B, 2024-02-10): "Fritz Merz", Hidden Holding (only in B), Berlin, CDU, "Merz met Hidden Holding".
 *
 * Readable from A: Merz 4 mentions in 2 documents; CO_OCCURS Merz-CDU 3, Merz-Berlin 1,
 * Merz-Scholz 1, Scholz-CDU 1. B adds Merz-Hidden Holding 1 and Merz-Berlin 1 (never seen from A).
 */
export interface Scenario {
  A: string;
  B: string;
  merz: string;
  cdu: string;
  berlin: string;
  scholz: string;
  secret: string;
  a1: string;
  a2: string;
  b1: string;
}

export async function writeScenario(driver: Driver, ids: TestRun): Promise<Scenario> {
  const A = ids.collection('a');
  const B = ids.collection('b');
  const merz = ids.key('PERSON', 'Friedrich Merz');
  const cdu = ids.key('ORGANIZATION', 'CDU');
  const scholz = ids.key('PERSON', 'Olaf Scholz');
  const secret = ids.key('ORGANIZATION', 'Hidden Holding');
  const berlinId = `berlin-${ids.run}`;
  const berlin = ids.remember(`geonames:${berlinId}`);
  const berlinLink = {
    kb: 'geonames' as const,
    id: berlinId,
    title: 'Berlin',
    score: 0.9,
    latitude: 52.52,
    longitude: 13.405,
  };
  const a1 = ids.document('a1');
  const a2 = ids.document('a2');
  const b1 = ids.document('b1');
  await writeDocumentKnowledge(
    driver,
    buildKnowledge({
      documentId: a1,
      collectionId: A,
      sentences: 2,
      entities: [
        {
          key: merz,
          type: 'PERSON',
          mentions: [
            { text: 'Friedrich Merz', sentence: 0 },
            { text: 'Merz', sentence: 1 },
          ],
        },
        {
          key: cdu,
          type: 'ORGANIZATION',
          mentions: [
            { text: 'CDU', sentence: 0 },
            { text: 'CDU', sentence: 1 },
          ],
        },
      ],
      triples: [
        {
          subject: 'Merz',
          relation: 'leads',
          object: 'the CDU',
          sentence: 1,
          subjectKey: merz,
          objectKey: cdu,
        },
      ],
    }),
    { title: 'a1', date: '2024-01-15' },
  );
  await writeDocumentKnowledge(
    driver,
    buildKnowledge({
      documentId: a2,
      collectionId: A,
      sentences: 2,
      entities: [
        {
          key: merz,
          type: 'PERSON',
          mentions: [
            { text: 'Merz', sentence: 0 },
            { text: 'Merz', sentence: 1 },
          ],
        },
        {
          key: berlin,
          type: 'LOCATION',
          mentions: [{ text: 'Berlin', sentence: 0 }],
          link: berlinLink,
        },
        { key: scholz, type: 'PERSON', mentions: [{ text: 'Olaf Scholz', sentence: 1 }] },
        { key: cdu, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 1 }] },
      ],
    }),
    { title: 'a2', date: '2024-03-02' },
  );
  await writeDocumentKnowledge(
    driver,
    buildKnowledge({
      documentId: b1,
      collectionId: B,
      sentences: 3,
      entities: [
        {
          key: merz,
          type: 'PERSON',
          mentions: [
            { text: 'Fritz Merz', sentence: 0 },
            { text: 'Merz', sentence: 1 },
          ],
        },
        {
          key: secret,
          type: 'ORGANIZATION',
          mentions: [{ text: 'Hidden Holding', sentence: 0 }],
        },
        {
          key: berlin,
          type: 'LOCATION',
          mentions: [{ text: 'Berlin', sentence: 1 }],
          link: berlinLink,
        },
        { key: cdu, type: 'ORGANIZATION', mentions: [{ text: 'CDU', sentence: 2 }] },
      ],
      triples: [
        {
          subject: 'Merz',
          relation: 'met',
          object: 'Hidden Holding',
          sentence: 0,
          subjectKey: merz,
          objectKey: secret,
        },
      ],
    }),
    { title: 'b1', date: '2024-02-10' },
  );
  return { A, B, merz, cdu, berlin, scholz, secret, a1, a2, b1 };
}

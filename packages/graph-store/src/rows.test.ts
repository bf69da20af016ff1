import assert from 'node:assert/strict';
import { test } from 'node:test';
import { contributionRows, normalizeDate } from './rows.ts';
import { batches } from './write.ts';
import { buildKnowledge } from './testing/knowledge-fixture.ts';

const knowledge = buildKnowledge({
  documentId: 'd1',
  collectionId: 'c1',
  sentences: 2,
  entities: [
    {
      key: 'wikipedia:Friedrich_Merz',
      type: 'PERSON',
      mentions: [
        { text: 'Friedrich Merz', sentence: 1 },
        { text: 'Merz', sentence: 0 },
      ],
      link: { kb: 'wikipedia', id: 'Friedrich_Merz', title: 'Friedrich Merz', score: 0.9 },
    },
    {
      key: 'name:ORGANIZATION:rheinmetall',
      type: 'ORGANIZATION',
      mentions: [{ text: 'Rheinmetall AG', sentence: 1 }],
      // a candidate link that is not the entity's identity stays off the shared node
      link: {
        kb: 'geonames',
        id: '1',
        title: 'Rheinmetall Town',
        score: 0.2,
        latitude: 1,
        longitude: 2,
      },
    },
  ],
  triples: [
    {
      subject: 'Merz',
      relation: 'met',
      object: 'Rheinmetall',
      sentence: 1,
      objectKey: 'name:ORGANIZATION:rheinmetall',
    },
  ],
});

test('the shared entity gets only what its key and its own knowledge-base link say', () => {
  const rows = contributionRows(knowledge, {});
  assert.deepEqual(
    rows.entities.map((e) => e.entity),
    [
      {
        name: 'Friedrich Merz',
        kb: 'wikipedia',
        kbId: 'Friedrich_Merz',
        kbTitle: 'Friedrich Merz',
      },
      { name: 'rheinmetall', type: 'ORGANIZATION' },
    ],
  );
});

test("the document's own view goes on its MENTIONS row: name, sorted aliases, count, first offset", () => {
  const [merz, rheinmetall] = contributionRows(knowledge, {}).entities;
  assert.deepEqual(
    [merz?.name, merz?.aliases, merz?.count, merz?.firstOffset, merz?.linkScore, merz?.type],
    ['Friedrich Merz', ['Friedrich Merz', 'Merz'], 2, 0, 0.9, 'PERSON'],
  );
  assert.deepEqual([rheinmetall?.name, rheinmetall?.firstOffset], ['Rheinmetall Town', 1015]);
});

test('mentions and triples carry ids, their entity keys and their sentence offsets', () => {
  const rows = contributionRows(knowledge, {});
  assert.deepEqual(
    rows.mentions.map((m) => [m.id, m.entityKey, m.sentenceStart, m.sentenceEnd]),
    [
      ['d1#m0', 'wikipedia:Friedrich_Merz', 0, 999],
      ['d1#m1', 'wikipedia:Friedrich_Merz', 1000, 1999],
      ['d1#m2', 'name:ORGANIZATION:rheinmetall', 1000, 1999],
    ],
  );
  const [triple] = rows.triples;
  assert.deepEqual(
    [triple?.id, triple?.subjectKey, triple?.objectKey, triple?.sentenceStart],
    ['d1#t0', null, 'name:ORGANIZATION:rheinmetall', 1000],
  );
});

test('document facts: the date in UTC ISO form so that strings compare as times', () => {
  assert.equal(normalizeDate('2025-03-01'), '2025-03-01T00:00:00.000Z');
  assert.equal(normalizeDate('2025-03-01T10:00:00+01:00'), '2025-03-01T09:00:00.000Z');
  assert.equal(normalizeDate('not a date'), null);
  assert.equal(normalizeDate(null), null);
  const { document } = contributionRows(knowledge, { title: 'Memo', date: '2025-03-01' });
  assert.deepEqual([document.title, document.date], ['Memo', '2025-03-01T00:00:00.000Z']);
  assert.equal(contributionRows(knowledge, {}).document.title, null);
});

test('batches split rows into runs of at most the batch size, none empty', () => {
  assert.deepEqual(batches([1, 2, 3, 4, 5], 2), [[1, 2], [3, 4], [5]]);
  assert.deepEqual(batches([], 2), []);
  assert.deepEqual(batches([1, 2], 2), [[1, 2]]);
});

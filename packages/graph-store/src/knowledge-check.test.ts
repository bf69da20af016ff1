import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentKnowledge } from '@quarry/knowledge';
import {
  assertConsistentKnowledge,
  findProblems,
  InconsistentKnowledgeError,
} from './knowledge-check.ts';
import { buildKnowledge } from './testing/knowledge-fixture.ts';

const valid = (): DocumentKnowledge =>
  buildKnowledge({
    documentId: 'd1',
    collectionId: 'c1',
    sentences: 2,
    entities: [
      { key: 'name:PERSON:ada', type: 'PERSON', mentions: [{ text: 'Ada', sentence: 0 }] },
      { key: 'name:PERSON:bob', type: 'PERSON', mentions: [{ text: 'Bob', sentence: 0 }] },
    ],
    triples: [
      {
        subject: 'Ada',
        relation: 'met',
        object: 'Bob',
        sentence: 0,
        subjectKey: 'name:PERSON:ada',
      },
    ],
  });

test('consistent knowledge passes', () => {
  assert.deepEqual(findProblems(valid()), []);
  assert.doesNotThrow(() => assertConsistentKnowledge(valid()));
});

test('every dangling reference is named', () => {
  const cases: Array<[string, (k: DocumentKnowledge) => void, RegExp]> = [
    ['empty collection', (k) => (k.collectionId = ''), /collectionId is empty/],
    ['mention sentence', (k) => (k.mentions[0]!.sentence = 5), /mention 0: no sentence 5/],
    ['entity mention', (k) => k.entities[0]!.mentions.push(9), /no mention 9/],
    ['shared mention', (k) => k.entities[1]!.mentions.push(0), /mention 0 belongs to/],
    [
      'duplicate entity',
      (k) => k.entities.push({ ...k.entities[0]!, mentions: [] }),
      /appears twice/,
    ],
    ['triple entity', (k) => (k.triples[0]!.object.entityKey = 'name:PERSON:eve'), /no entity/],
    ['triple sentence', (k) => (k.triples[0]!.sentence = -1), /triple 0: no sentence/],
    [
      'pair order',
      (k) => k.cooccurrences.push({ a: 'name:PERSON:bob', b: 'name:PERSON:ada', count: 1 }),
      /is not before/,
    ],
    ['pair twice', (k) => k.cooccurrences.push({ ...k.cooccurrences[0]! }), /appears twice/],
    ['pair count', (k) => (k.cooccurrences[0]!.count = 0), /count 0/],
    ['pair entity', (k) => (k.cooccurrences[0]!.b = 'name:PERSON:zed'), /unknown entity/],
  ];
  for (const [name, spoil, message] of cases) {
    const knowledge = valid();
    spoil(knowledge);
    assert.throws(() => assertConsistentKnowledge(knowledge), InconsistentKnowledgeError, name);
    assert.throws(() => assertConsistentKnowledge(knowledge), message, name);
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { DocumentKnowledge, ResolvedEntity } from '@quarry/knowledge';
import { entitySummary, MAX_NAMES_PER_TYPE, withKnowledgeSkills } from './summary.ts';
import { nextWaitMs } from './wait.ts';

const entity = (key: string, type: ResolvedEntity['type'], name: string, mentions: number) => ({
  key,
  type,
  name,
  aliases: [name],
  mentions: Array.from({ length: mentions }, (_, i) => i),
});

const knowledge = (entities: ResolvedEntity[]): DocumentKnowledge => ({
  documentId: 'd',
  collectionId: 'c',
  quality: 'fallback',
  languages: [],
  patternOnlyLanguages: [],
  sentences: [],
  mentions: [],
  entities,
  triples: [],
  cooccurrences: [],
  skills: ['entities@1'],
  cappedSentences: 0,
});

test('the summary lists names per kind, most mentioned first, each once, with the keys', () => {
  const summary = entitySummary(
    knowledge([
      entity('name:PERSON:merz', 'PERSON', 'Merz', 1),
      entity('wikipedia:Friedrich_Merz', 'PERSON', 'Friedrich Merz', 3),
      entity('geonames:2950159', 'LOCATION', 'Berlin', 2),
      entity('value:IBAN:DE89370400440532013000', 'IBAN', 'DE89370400440532013000', 1),
      entity('name:PERSON:friedrich merz', 'PERSON', 'Friedrich Merz', 1),
    ]),
  );
  assert.deepEqual(summary.entities.person, ['Friedrich Merz', 'Merz']);
  assert.deepEqual(summary.entities.location, ['Berlin']);
  assert.deepEqual(summary.entities.iban, ['DE89370400440532013000']);
  assert.deepEqual(summary.entities.organization, []);
  assert.equal(summary.entityKeys[0], 'wikipedia:Friedrich_Merz');
  assert.equal(summary.entityKeys.length, 5);
  assert.equal(summary.knowledgeQuality, 'fallback');
});

test('a document with thousands of entities keeps a bounded summary', () => {
  const many = Array.from({ length: 5_000 }, (_, i) =>
    entity(`name:ORGANIZATION:o${i}`, 'ORGANIZATION', `Org ${i}`, 1),
  );
  const summary = entitySummary(knowledge(many));
  assert.equal(summary.entities.organization.length, MAX_NAMES_PER_TYPE);
  assert.ok(summary.entityKeys.length < many.length);
});

test("the knowledge skills' tags replace earlier versions of them, other skills stay", () => {
  assert.deepEqual(
    withKnowledgeSkills(['language@4', 'entities@0', 'keyphrases@2'], ['entities@1', 'triples@1']),
    ['language@4', 'keyphrases@2', 'entities@1', 'triples@1'],
  );
});

test('waiting for the NLP service backs off, doubling up to the cap', () => {
  assert.deepEqual(
    [0, 1, 2, 3, 10, 100].map((waits) => nextWaitMs(waits, 1_000, 5_000)),
    [1_000, 2_000, 4_000, 5_000, 5_000, 5_000],
  );
});

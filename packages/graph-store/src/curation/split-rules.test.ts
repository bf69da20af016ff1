import assert from 'node:assert/strict';
import { test } from 'node:test';
import { assertConsistentKnowledge } from '../knowledge-check.ts';
import { buildKnowledge, type EntitySpec } from '../testing/knowledge-fixture.ts';
import { applySplitRules } from './split-rules.ts';

const A = 'name:PERSON:friedrich merz';
const B = 'name:ORGANIZATION:siemens';
const N = 'curated:n';

const person: EntitySpec = {
  key: A,
  type: 'PERSON',
  mentions: [
    { text: 'Friedrich Merz', sentence: 0 },
    { text: 'Merz', sentence: 1 },
    { text: 'Merz', sentence: 2 },
  ],
};
const siemens: EntitySpec = {
  key: B,
  type: 'ORGANIZATION',
  mentions: [
    { text: 'Siemens', sentence: 0 },
    { text: 'Siemens', sentence: 1 },
  ],
};

const memo = (...extra: EntitySpec[]) =>
  buildKnowledge({
    documentId: 'doc',
    collectionId: 'col',
    sentences: 3,
    entities: [person, siemens, ...extra],
    triples: [
      {
        subject: 'Merz',
        relation: 'visited',
        object: 'Siemens',
        sentence: 1,
        subjectKey: A,
        objectKey: B,
      },
    ],
  });

const entity = (knowledge: ReturnType<typeof memo>, key: string) =>
  knowledge.entities.find((candidate) => candidate.key === key);
const texts = (knowledge: ReturnType<typeof memo>, key: string) =>
  entity(knowledge, key)?.mentions.map((i) => knowledge.mentions[i]?.text);

test('without a rule that applies, the knowledge is written as extracted (same object)', () => {
  const knowledge = memo();
  assert.equal(applySplitRules(knowledge, []), knowledge);
  assert.equal(applySplitRules(knowledge, [{ from: A, to: N, aliases: ['angela'] }]), knowledge);
  assert.equal(
    applySplitRules(knowledge, [{ from: 'other', to: N, aliases: ['merz'] }]),
    knowledge,
  );
});

test('a split moves the mentions whose normalized text is in the rule, with their aliases', () => {
  const split = applySplitRules(memo(), [{ from: A, to: N, aliases: ['merz'] }]);
  assertConsistentKnowledge(split);
  assert.deepEqual(texts(split, A), ['Friedrich Merz']);
  assert.deepEqual(texts(split, N), ['Merz', 'Merz']);
  assert.deepEqual(entity(split, A)?.aliases, ['Friedrich Merz']);
  assert.deepEqual(entity(split, N)?.aliases, ['Merz']);
  assert.equal(entity(split, A)?.name, 'Friedrich Merz');
  assert.equal(entity(split, N)?.name, 'Merz');
  assert.equal(entity(split, N)?.type, 'PERSON');
  // co-occurrence counted again per sentence: A and B share sentence 0, N and B sentence 1
  assert.deepEqual(split.cooccurrences, [
    { a: N, b: B, count: 1 },
    { a: B, b: A, count: 1 },
  ]);
  // the triple's subject text "Merz" went with the split
  assert.equal(split.triples[0]?.subject.entityKey, N);
  assert.equal(split.triples[0]?.object.entityKey, B);
});

test('a titled alias and a name go where their normalized form goes', () => {
  const knowledge = memo();
  entity(knowledge, A)!.aliases.push('Herr Merz');
  const split = applySplitRules(knowledge, [{ from: A, to: N, aliases: ['friedrich merz'] }]);
  assertConsistentKnowledge(split);
  assert.deepEqual(texts(split, N), ['Friedrich Merz']);
  assert.equal(entity(split, N)?.name, 'Friedrich Merz');
  // the name went with its mention; the part that stays is named from what it keeps
  assert.equal(entity(split, A)?.name, 'Merz', 'the longest it keeps, without the title');
  assert.deepEqual(entity(split, A)?.aliases.sort(), ['Herr Merz', 'Merz']);
});

test('a rejected link: the alias goes to its name entity, met in the same document as one', () => {
  const linked = 'wikipedia:Friedrich_Merz';
  const unlinked = 'name:PERSON:merz';
  const knowledge = buildKnowledge({
    documentId: 'doc',
    collectionId: 'col',
    sentences: 2,
    entities: [
      {
        key: linked,
        type: 'PERSON',
        mentions: [
          { text: 'Friedrich Merz', sentence: 0 },
          { text: 'Merz', sentence: 1 },
        ],
        link: { kb: 'wikipedia', id: 'Friedrich_Merz', title: 'Friedrich Merz', score: 0.8 },
      },
      { key: unlinked, type: 'PERSON', mentions: [{ text: 'MERZ', sentence: 0 }] },
    ],
  });
  const rejected = applySplitRules(knowledge, [{ from: linked, to: unlinked, aliases: ['merz'] }]);
  assertConsistentKnowledge(rejected);
  assert.deepEqual(texts(rejected, linked), ['Friedrich Merz']);
  assert.equal(entity(rejected, linked)?.link?.id, 'Friedrich_Merz');
  assert.deepEqual(texts(rejected, unlinked), ['MERZ', 'Merz']);
  assert.equal(entity(rejected, unlinked)?.link, undefined);
  assert.equal(
    entity(rejected, unlinked)?.name,
    'MERZ',
    'the entity of the document keeps its name',
  );
  assert.deepEqual(entity(rejected, unlinked)?.aliases, ['MERZ', 'Merz']);
  assert.deepEqual(rejected.cooccurrences, [{ a: unlinked, b: linked, count: 1 }]);
});

test('rules chain (a split of a split) and never loop', () => {
  const again = 'curated:again';
  const rules = [
    { from: A, to: N, aliases: ['merz'] },
    { from: N, to: again, aliases: ['merz'] },
    { from: again, to: A, aliases: ['merz'] },
  ];
  const split = applySplitRules(memo(), rules.slice(0, 2));
  assert.deepEqual(texts(split, again), ['Merz', 'Merz']);
  assert.equal(entity(split, N), undefined);
  const circle = applySplitRules(memo(), rules);
  assertConsistentKnowledge(circle);
  assert.deepEqual(texts(circle, again), ['Merz', 'Merz']);
});

test('co-occurrences are counted like the extractor: dates and amounts are left out', () => {
  const date: EntitySpec = {
    key: 'value:DATE:2024-01-01',
    type: 'DATE',
    mentions: [{ text: '1 January 2024', sentence: 1 }],
  };
  const split = applySplitRules(memo(date), [{ from: A, to: N, aliases: ['merz'] }]);
  assertConsistentKnowledge(split);
  assert.ok(split.cooccurrences.every((pair) => pair.a !== date.key && pair.b !== date.key));
});

test('an entity whose every mention moved is gone, and arguments pointing at it let go', () => {
  const knowledge = buildKnowledge({
    documentId: 'doc',
    collectionId: 'col',
    sentences: 1,
    entities: [
      { key: A, type: 'PERSON', mentions: [{ text: 'Merz', sentence: 0 }] },
      { key: B, type: 'ORGANIZATION', mentions: [{ text: 'Siemens', sentence: 0 }] },
    ],
    triples: [
      {
        subject: 'he',
        relation: 'joined',
        object: 'Siemens',
        sentence: 0,
        subjectKey: A,
        objectKey: B,
      },
    ],
  });
  const split = applySplitRules(knowledge, [{ from: A, to: N, aliases: ['merz'] }]);
  assertConsistentKnowledge(split);
  assert.equal(entity(split, A), undefined);
  assert.equal(split.triples[0]?.subject.entityKey, undefined);
  assert.equal(split.triples[0]?.object.entityKey, B);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { scoreConll, spansFromTags, type TokenSpan } from './conll.ts';

const gold: TokenSpan[][] = [
  [
    { start: 0, end: 2, type: 'PER' },
    { start: 4, end: 5, type: 'LOC' },
  ],
  [{ start: 1, end: 4, type: 'ORG' }],
];

test('a perfect prediction scores 1 overall and per type', () => {
  const score = scoreConll(gold, gold);
  assert.equal(score.overall.f1, 1);
  assert.equal(score.overall.precision, 1);
  assert.equal(score.overall.recall, 1);
  for (const type of ['PER', 'LOC', 'ORG']) assert.equal(score.byType[type]!.f1, 1);
});

test('an empty prediction scores 0 with every gold entity a false negative', () => {
  const score = scoreConll(gold, [[], []]);
  assert.equal(score.overall.f1, 0);
  assert.equal(score.overall.recall, 0);
  assert.equal(score.overall.falseNegatives, 3);
  assert.equal(score.overall.falsePositives, 0);
});

test('a boundary error is both a false positive and a false negative', () => {
  const predicted: TokenSpan[][] = [
    [
      { start: 1, end: 2, type: 'PER' },
      { start: 4, end: 5, type: 'LOC' },
    ],
    [{ start: 1, end: 4, type: 'ORG' }],
  ];
  const score = scoreConll(gold, predicted);
  assert.deepEqual(
    [score.overall.truePositives, score.overall.falsePositives, score.overall.falseNegatives],
    [2, 1, 1],
  );
  assert.equal(score.byType.PER!.f1, 0);
  assert.ok(Math.abs(score.overall.f1 - 2 / 3) < 1e-12);
});

test('the right span with the wrong type counts against both types', () => {
  const score = scoreConll(
    [[{ start: 0, end: 1, type: 'ORG' }]],
    [[{ start: 0, end: 1, type: 'LOC' }]],
  );
  assert.equal(score.byType.ORG!.falseNegatives, 1);
  assert.equal(score.byType.LOC!.falsePositives, 1);
  assert.equal(score.overall.f1, 0);
});

test('a sentence count mismatch is refused, not scored', () => {
  assert.throws(() => scoreConll(gold, [[]]), /2 gold sentences but 1 predicted/u);
});

test('IOB1 tags: I- continues, B- splits two touching entities of one type', () => {
  assert.deepEqual(spansFromTags(['I-PER', 'I-PER', 'O', 'I-LOC', 'B-LOC', 'I-ORG', '0']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 3, end: 4, type: 'LOC' },
    { start: 4, end: 5, type: 'LOC' },
    { start: 5, end: 6, type: 'ORG' },
  ]);
});

test('IOB2 tags read the same spans', () => {
  assert.deepEqual(spansFromTags(['B-PER', 'I-PER', 'B-PER', 'O']), [
    { start: 0, end: 2, type: 'PER' },
    { start: 2, end: 3, type: 'PER' },
  ]);
});

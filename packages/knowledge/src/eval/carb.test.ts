// CaRB scorer on hand-made cases: what a perfect, an empty and a partial prediction score, and the
// match rules (word overlap, "be", said-type swap, the confidence sweep) one at a time.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { CarbExtraction, CarbExtractions } from './carb-extraction.ts';
import { carbSentenceKey, parseCarbGold } from './carb-extraction.ts';
import { carbMatch, lenientTupleMatch } from './carb-match.ts';
import { scoreCarb } from './carb-score.ts';
import { carbSentences, goldForSentences } from './carb-split.ts';

const SENTENCE_A = 'Siemens supplies turbines to Hapag-Lloyd .';
const SENTENCE_B = 'Merz , the chancellor , lives in Berlin .';
const GOLD_TSV = [
  `${SENTENCE_A}\tsupplies\tSiemens\tturbines\tto Hapag-Lloyd`,
  `${SENTENCE_B}\tlives in\tMerz\tBerlin`,
  `${SENTENCE_B}\tis\tMerz\tthe chancellor\tC: context dropped`,
  '',
].join('\n');

function tuple(relation: string, args: string[], confidence = 1): CarbExtraction {
  return { relation, args, confidence };
}

function close(actual: number, expected: number): void {
  assert.ok(Math.abs(actual - expected) < 1e-9, `${actual} is not ${expected}`);
}

describe('parseCarbGold', () => {
  test('reads sentence, relation and arguments, dropping context arguments', () => {
    const gold = parseCarbGold(GOLD_TSV);
    assert.equal(gold.size, 2);
    assert.deepEqual(gold.get(SENTENCE_B)?.[1], tuple('is', ['Merz', 'the chancellor']));
  });
});

describe('carbSentenceKey', () => {
  test('ignores spaces, punctuation and PTB bracket escapes', () => {
    assert.equal(
      carbSentenceKey('He ( Merz ) said : "yes" .'),
      carbSentenceKey('He -LRB-Merz-RRB- said yes'),
    );
    assert.notEqual(carbSentenceKey('He said yes'), carbSentenceKey('She said yes'));
  });
});

describe('lenientTupleMatch', () => {
  test('counts overlapping words of relation and each argument', () => {
    const score = lenientTupleMatch(
      tuple('lives in', ['Merz', 'Berlin']),
      tuple('lives', ['Friedrich Merz', 'Berlin']),
    );
    // predicted words 1 + 2 + 1 = 4, of which 3 match; gold words 2 + 1 + 1 = 4, of which 3 are found
    assert.deepEqual(score, [3 / 4, 3 / 4]);
  });
  test('no relation word in common is no match, whatever the arguments', () => {
    assert.deepEqual(
      lenientTupleMatch(tuple('lives in', ['Merz', 'Berlin']), tuple('works', ['Merz', 'Berlin'])),
      [0, 0],
    );
  });
  test('a missing first or second argument is no match', () => {
    assert.deepEqual(
      lenientTupleMatch(tuple('lives in', ['Merz', 'Berlin']), tuple('lives in', ['Merz'])),
      [0, 0],
    );
  });
  test('a predicted "be" matches a form of "be" in the gold relation', () => {
    assert.deepEqual(
      lenientTupleMatch(tuple('is', ['Merz', 'chancellor']), tuple('be', ['Merz', 'chancellor'])),
      [1, 1],
    );
  });
  test('words compare case-sensitively, as CaRB does', () => {
    assert.deepEqual(
      lenientTupleMatch(tuple('is', ['Merz', 'chancellor']), tuple('is', ['merz', 'chancellor'])),
      [2 / 3, 2 / 3],
    );
  });
});

describe('carbMatch', () => {
  test('joins the arguments after the first on both sides', () => {
    const score = carbMatch(
      tuple('supplies', ['Siemens', 'turbines', 'to Hapag-Lloyd']),
      tuple('supplies', ['Siemens', 'turbines to Hapag-Lloyd']),
    );
    assert.deepEqual(score, [1, 1]);
  });
  test('a said-type gold tuple also matches with the arguments swapped', () => {
    const gold = tuple('said', ['Merz', 'taxes will fall']);
    const swapped = tuple('said', ['taxes will fall', 'Merz']);
    assert.deepEqual(carbMatch(gold, swapped), [1, 1]);
    assert.deepEqual(
      carbMatch(
        tuple('hopes', ['Merz', 'taxes will fall']),
        tuple('hopes', ['taxes will fall', 'Merz']),
      ),
      [1 / 5, 1 / 5],
    );
  });
});

describe('scoreCarb', () => {
  const gold = parseCarbGold(GOLD_TSV);

  test('a perfect prediction scores 1', () => {
    const score = scoreCarb(gold, gold);
    assert.deepEqual([score.precision, score.recall, score.f1], [1, 1, 1]);
    close(score.auc, 1);
  });

  test('an empty prediction scores 0', () => {
    const score = scoreCarb(gold, new Map());
    assert.deepEqual([score.precision, score.recall, score.f1, score.auc], [0, 0, 0, 0]);
  });

  test('predictions that match nothing score 0', () => {
    const score = scoreCarb(gold, new Map([[SENTENCE_A, [tuple('owns', ['Alice', 'Bob'])]]]));
    assert.equal(score.f1, 0);
  });

  test('a partial prediction scores the expected fraction', () => {
    // One exact tuple for sentence A; sentence B: "lives" (Merz; Berlin) matches its gold "lives in"
    // at [3/3, 3/4]; nothing for the copula tuple.
    const predicted: CarbExtractions = new Map([
      [SENTENCE_A, [tuple('supplies', ['Siemens', 'turbines to Hapag-Lloyd'])]],
      [SENTENCE_B, [tuple('lives', ['Merz', 'Berlin'])]],
    ]);
    const score = scoreCarb(gold, predicted);
    // precision: (1 + 1) / 2 predictions; recall: (1 + 3/4 + 0) / 3 gold tuples
    close(score.precision, 1);
    close(score.recall, 1.75 / 3);
    close(score.f1, (2 * 1 * (1.75 / 3)) / (1 + 1.75 / 3));
  });

  test('the best threshold drops low-confidence mistakes', () => {
    const predicted: CarbExtractions = new Map([
      [
        SENTENCE_A,
        [
          tuple('supplies', ['Siemens', 'turbines to Hapag-Lloyd'], 0.9),
          tuple('owns', ['x', 'y'], 0.1),
        ],
      ],
    ]);
    const score = scoreCarb(gold, predicted);
    assert.deepEqual(
      score.curve.map((p) => [p.confidence, p.precision]),
      [
        [0.1, 0.5],
        [0.9, 1],
      ],
    );
    close(score.precision, 1);
    close(score.recall, 1 / 3);
    // recall is 1/3 at both thresholds: trapezoids (1/3 -> 1/3) and (1/3, p 1 -> 0, p 1)
    close(score.auc, 1 / 3);
  });

  test('one prediction is matched to one gold tuple only for precision', () => {
    const twoGold = parseCarbGold(
      `${SENTENCE_B}\tlives in\tMerz\tBerlin\n${SENTENCE_B}\tlives in\tMerz\tBerlin\n`,
    );
    const score = scoreCarb(
      twoGold,
      new Map([[SENTENCE_B, [tuple('lives in', ['Merz', 'Berlin'])]]]),
    );
    close(score.precision, 1);
    // recall takes the best prediction for each gold tuple, so both gold tuples are recalled
    close(score.recall, 1);
  });
});

describe('carb split', () => {
  const sentences = ['s1', 's2', 's3', 's4', 's5', 's6', 's7'].join('\n');
  test('holds out every third sentence and keeps the others for development', () => {
    assert.deepEqual(carbSentences(sentences, 'held-out'), ['s3', 's6']);
    assert.deepEqual(carbSentences(sentences, 'development'), ['s1', 's2', 's4', 's5', 's7']);
    assert.equal(carbSentences(sentences, 'all').length, 7);
  });
  test('gold of a part holds only that part’s sentences', () => {
    const gold = parseCarbGold(GOLD_TSV);
    assert.deepEqual([...goldForSentences(gold, [SENTENCE_B]).keys()], [SENTENCE_B]);
  });
});

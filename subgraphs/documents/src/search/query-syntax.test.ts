import assert from 'node:assert/strict';
import { test } from 'node:test';
import { topLevelExclusions, translateOperators } from './query-syntax.ts';

test('AND, OR and NOT become +, | and - outside phrases', () => {
  assert.equal(translateOperators('harbour AND budget'), 'harbour + budget');
  assert.equal(translateOperators('harbour OR port'), 'harbour | port');
  assert.equal(translateOperators('harbour NOT budget'), 'harbour -budget');
  assert.equal(translateOperators('harbour NOT   "annual budget"'), 'harbour -"annual budget"');
  assert.equal(translateOperators('(a OR b) AND NOT(c)'), '(a | b) + -(c)');
  assert.equal(translateOperators('"rock AND roll" OR jazz'), '"rock AND roll" | jazz');
});

test('only the upper-case words on their own are operators', () => {
  assert.equal(translateOperators('android or orange and NOTE'), 'android or orange and NOTE');
  assert.equal(translateOperators('ANDROID ORACLE NOTABLE'), 'ANDROID ORACLE NOTABLE');
  assert.equal(translateOperators('a\\ AND'), 'a\\ AND');
});

test('an unclosed quote does not hide the operators after it (Lucene ignores it too)', () => {
  assert.equal(translateOperators('"open AND shut'), '"open + shut');
});

test('the rest of the syntax passes through untouched', () => {
  for (const query of ['harb*', 'fuzzy~', 'fuzzy~1', '-dog', 'a | b', '"a phrase"~2', 'e-mail']) {
    assert.equal(translateOperators(query), query);
  }
});

test('top-level exclusions are found as whole clauses', () => {
  assert.deepEqual(topLevelExclusions('fox -dog'), ['dog']);
  assert.deepEqual(topLevelExclusions('fox -"lazy dog" -(cat + mouse) -harb*'), [
    '"lazy dog"',
    '(cat + mouse)',
    'harb*',
  ]);
  assert.deepEqual(topLevelExclusions('fox + -dog'), ['dog']);
  assert.deepEqual(topLevelExclusions('(a) -b'), ['b']);
});

test('a minus inside a word, inside a group or cancelled is not a top-level exclusion', () => {
  assert.deepEqual(topLevelExclusions('e-mail'), []);
  assert.deepEqual(topLevelExclusions('fox (cat -dog)'), []);
  assert.deepEqual(topLevelExclusions('fox - dog'), []);
  assert.deepEqual(topLevelExclusions('fox --dog'), []);
  assert.deepEqual(topLevelExclusions('"a -b"'), []);
});

test('an OR at the top level disables extraction: a -b | c keeps documents with c and b', () => {
  assert.deepEqual(topLevelExclusions('a -b | c'), []);
  assert.deepEqual(topLevelExclusions('a -b|c'), []);
  assert.deepEqual(topLevelExclusions('(a | c) -b'), ['b']);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { judgeProse } from './prose.ts';

test('prose in the four languages passes', () => {
  for (const text of [
    'Friedrich Merz met the board of Siemens Energy AG in Hamburg.',
    'Die Rheinmetall AG hat ihren Sitz in Düsseldorf.',
    "L'entreprise a son siège à Paris, près de la Seine.",
    'La empresa tiene su sede en Madrid y oficinas en Sevilla.',
  ]) {
    assert.deepEqual(judgeProse(text), { prose: true }, text);
  }
});

test('base64, number tables and other scripts are skipped with a reason', () => {
  assert.equal(
    judgeProse('QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVmZ2hpams=').prose,
    false,
  );
  assert.equal(judgeProse('12.5 13.7 99.1 44.0\n17.2 18.9 20.1 33.3').reason, 'few-letters');
  assert.equal(
    judgeProse('Москва является столицей России и крупнейшим городом').reason,
    'mixed-scripts',
  );
  assert.equal(judgeProse(' ').reason, 'too-short');
});

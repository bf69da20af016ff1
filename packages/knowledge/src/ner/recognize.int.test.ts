import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nlpTestClient } from '../corenlp/testing/nlp-test-client.ts';
import { recognizeEntities } from './recognize.ts';

const client = nlpTestClient();

test('German memo: the surname alone is the same person; the company keeps its legal form', async () => {
  const text =
    'Bundeskanzler Friedrich Merz traf am Montag den Vorstand der Siemens Energy AG in Hamburg. ' +
    'Merz sprach danach mit Vertretern von Hapag-Lloyd.';
  const entities = recognizeEntities(text, await client.analyse(text, 'de'));
  const found = entities.map((e) => `${e.text}/${e.type}`);
  for (const expected of [
    'Friedrich Merz/PERSON',
    'Siemens Energy AG/ORGANIZATION',
    'Hamburg/LOCATION',
    'Merz/PERSON',
  ]) {
    assert.ok(found.includes(expected), `${expected} in ${found.join(', ')}`);
  }
  for (const e of entities) {
    assert.equal(text.slice(e.start, e.end), e.text);
    assert.equal(e.sentence, e.start < text.indexOf('Merz sprach') ? 0 : 1);
  }
});

test('English: a quoted title is one MISC and a battle is not the town inside it', async () => {
  const text =
    'The regiment fought at the Battle of Gettysburg in July. ' +
    'Years later the band released the song " Some Other Son " in London.';
  const found = recognizeEntities(text, await client.analyse(text, 'en')).map(
    (e) => `${e.text}/${e.type}`,
  );
  assert.ok(found.includes('Battle of Gettysburg/MISC'), found.join(', '));
  assert.ok(found.includes('Some Other Son/MISC'), found.join(', '));
  assert.ok(found.includes('London/LOCATION'), found.join(', '));
  assert.ok(!found.includes('Gettysburg/LOCATION'), found.join(', '));
});

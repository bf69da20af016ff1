import assert from 'node:assert/strict';
import { test } from 'node:test';
import { keepAnchor } from './wikidict.ts';

test('the build keeps named anchors and drops common nouns, URLs, debris and noise', () => {
  const keep = (mention: string, prob = 0.9) => keepAnchor({ mention, title: 'T', prob });
  assert.equal(keep('Angela Merkel'), true);
  assert.equal(keep('GEORGIA'), true);
  assert.equal(keep('the company'), false);
  assert.equal(keep('http://en.wikipedia.org/wiki/Honolulu'), false);
  assert.equal(keep('Honolulu - Wikipedia, the free encyclopedia'), false);
  assert.equal(keep('11.2 Primary and secondary schools'), false);
  assert.equal(keep('yago:Honolulu'), false);
  assert.equal(keep('A'.repeat(65)), false);
  assert.equal(keep('Paris', 0.01), false);
});

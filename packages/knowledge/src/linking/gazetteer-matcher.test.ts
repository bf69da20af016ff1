import assert from 'node:assert/strict';
import { test } from 'node:test';
import { createGazetteerMatcher } from './gazetteer-matcher.ts';
import { tinyKnowledgeBase, WORLD } from './testing/tiny-knowledge-base.ts';

const matcher = createGazetteerMatcher(tinyKnowledgeBase(WORLD.titles, WORLD.places));
const found = (text: string) => matcher.find(text, 'en').map((m) => [m.text, m.link?.id]);

test('countries, regions and cities are found with offsets and GeoNames ids', () => {
  const text = 'In 2019 she moved from Paris to Berlin, then to New York and Texas.';
  const matches = matcher.find(text, 'en');
  assert.deepEqual(
    matches.map((m) => [m.text, m.link?.id]),
    [
      ['Paris', '2988507'],
      ['Berlin', '2950159'],
      ['New York', '5128581'],
      ['Texas', '4736286'],
    ],
  );
  for (const m of matches) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.equal(m.type, 'LOCATION');
  }
});

test('common words, lower case, and names inside longer names are not places', () => {
  assert.deepEqual(found('Nice weather in Bath today.'), []);
  assert.deepEqual(found('the paris agreement, the berlin wall'), []);
  assert.deepEqual(found('Paris Hilton visited the Berlin Wall.'), []);
  assert.deepEqual(found('France, Germany.'), [['France', '3017382']]);
});

test('a small town needs more than one word to count; München matches Munich', () => {
  assert.deepEqual(found('Bayreuth is small.'), []);
  assert.deepEqual(found('Von München nach Berlin.'), [
    ['München', '2867714'],
    ['Berlin', '2950159'],
  ]);
});

test('closing the knowledge base twice is harmless (a service may shut down twice)', () => {
  const kb = tinyKnowledgeBase(WORLD.titles, WORLD.places);
  kb.close();
  assert.doesNotThrow(() => kb.close());
});

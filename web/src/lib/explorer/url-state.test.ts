import assert from 'node:assert/strict';
import { test } from 'node:test';
import { encodeView, exploreHref, parseView } from './url-state.ts';
import { EMPTY_VIEW, type ViewState } from './view-state.ts';

const awkward = 'wikipedia:Washington, D.C.';
const full: ViewState = {
  seeds: [awkward, 'name:PERSON:friedrich merz'],
  expanded: ['geonames:2950159', 'value:IBAN:de89 3704'],
  hidden: ['name:MISC:a:b'],
  pinned: { [awkward]: { x: 12.34, y: -5 }, 'geonames:2950159': { x: 0, y: 100.25 } },
  groups: [{ id: 'group:3', label: 'Berlin, people & places', members: ['a:1', 'b%2'] }],
  filters: { types: ['PERSON', 'LOCATION'], minWeight: 3, from: '2020-01-01', to: '2024-12-31' },
  path: { from: awkward, to: 'name:PERSON:friedrich merz' },
  cap: 750,
};

test('a view survives the URL: keys with commas, colons, spaces and percent signs included', () => {
  const search = encodeView(full);
  const parsed = parseView(search);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.deepEqual(parsed.view, {
    ...full,
    // One decimal is kept.
    pinned: { [awkward]: { x: 12.3, y: -5 }, 'geonames:2950159': { x: 0, y: 100.3 } },
  });
  assert.equal(encodeView(parsed.view), search, 'encoding is stable');
});

test('the default view has an empty query string and parses back to the default', () => {
  assert.equal(encodeView(EMPTY_VIEW), '');
  assert.deepEqual(parseView(''), { ok: true, view: EMPTY_VIEW });
  assert.deepEqual(parseView('?'), { ok: true, view: EMPTY_VIEW });
});

test('exploreHref is the keys list other pages link with, and it opens those seeds', () => {
  const href = exploreHref([awkward, 'name:ORGANIZATION:acme']);
  assert.equal(href, '/explore?keys=wikipedia%3AWashington%2C%20D.C.,name%3AORGANIZATION%3Aacme');
  const parsed = parseView(href.slice(href.indexOf('?')));
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.view.seeds, [awkward, 'name:ORGANIZATION:acme']);
  assert.equal(exploreHref([]), '/explore');
});

test('a hand-typed link with raw colons and a plus for a space still reads', () => {
  const parsed = parseView('?keys=wikipedia:Berlin,name:PERSON:anna+schmidt&utm_source=mail');
  assert.ok(parsed.ok);
  assert.deepEqual(parsed.view.seeds, ['wikipedia:Berlin', 'name:PERSON:anna schmidt']);
});

test('bad state answers every problem in words instead of throwing', () => {
  const parsed = parseView(
    '?keys=%E0%A4%A&types=PERSON,ROBOT&w=0&from=2020-02-30&to=yesterday&cap=5000&path=a&pin=k:1&g=1:x:onlyone',
  );
  assert.equal(parsed.ok, false);
  assert.ok(!parsed.ok);
  const text = parsed.problems.join('\n');
  for (const expected of [
    'not correctly encoded',
    'Type “ROBOT” is not an entity type',
    'minimum edge weight must be a whole number from 1 to 1000000',
    'start date must be a date',
    'end date must be a date',
    'node cap must be a whole number from 1 to 2000',
    'Path: two different entities',
    'Pinned entities: each is written',
    'Groups: each is written',
  ])
    assert.ok(text.includes(expected), `missing “${expected}” in:\n${text}`);
});

test('limits: too many keys, dates in the wrong order, an entity in two groups', () => {
  const many = Array.from({ length: 201 }, (_, i) => `k${i}`).join(',');
  const tooMany = parseView(`?keys=${many}`);
  assert.ok(!tooMany.ok && tooMany.problems[0]?.includes('at most 200'));
  const order = parseView('?from=2024-01-01&to=2020-01-01');
  assert.ok(!order.ok && order.problems.includes('The start date is after the end date.'));
  const twice = parseView('?g=1:A:x:y,2:B:y:z');
  assert.ok(!twice.ok && twice.problems[0]?.includes('appears in two groups'));
});

test('duplicates are dropped and an expanded seed is only a seed', () => {
  const parsed = parseView('?keys=a,a,b&x=b,c,c');
  assert.ok(parsed.ok);
  assert.deepEqual([parsed.view.seeds, parsed.view.expanded], [['a', 'b'], ['c']]);
});

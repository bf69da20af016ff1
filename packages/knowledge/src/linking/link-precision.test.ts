import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tallyLinks } from './link-precision.ts';

const paris = {
  gold: ['wikipedia:Paris', 'geonames:2988507'],
  judged: ['wikipedia:Paris', 'geonames:2988507', 'wikipedia:Paris_Hilton'],
};
const nothing = { gold: [], judged: ['wikipedia:The_Who'] };

test('perfect links score precision 1, and full coverage', () => {
  const tally = tallyLinks([
    { judgement: paris, proposal: 'geonames:2988507' },
    { judgement: paris, proposal: 'wikipedia:Paris' },
  ]);
  assert.equal(tally.precision, 1);
  assert.equal(tally.coverage, 1);
});

test('no links score 0 coverage and 0 precision', () => {
  const tally = tallyLinks([{ judgement: paris, proposal: null }]);
  assert.deepEqual([tally.linked, tally.precision, tally.coverage], [0, 0, 0]);
});

test('wrong, should-not-link and unjudged links are told apart', () => {
  const tally = tallyLinks([
    { judgement: paris, proposal: 'wikipedia:Paris' },
    { judgement: paris, proposal: 'wikipedia:Paris_Hilton' },
    { judgement: nothing, proposal: 'wikipedia:The_Who' },
    { judgement: paris, proposal: 'wikipedia:Paris,_Texas' },
    { judgement: nothing, proposal: null },
  ]);
  assert.deepEqual(
    [tally.correct, tally.wrong, tally.shouldNotLink, tally.unjudged, tally.linked],
    [1, 1, 1, 1, 4],
  );
  assert.equal(tally.precision, 1 / 3);
  assert.equal(tally.coverage, 4 / 5);
});

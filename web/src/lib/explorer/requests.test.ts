import assert from 'node:assert/strict';
import { test } from 'node:test';
import { centroid, spiralAround } from './placement.ts';
import { neighbourhoodRequests, pathVariables } from './requests.ts';
import { EMPTY_VIEW, expand, setFilters, setPath, type ViewState } from './view-state.ts';

const view: ViewState = expand(expand({ ...EMPTY_VIEW, seeds: ['a', 'b'], cap: 300 }, 'c'), 'a');

test('one request for the seeds together, one per expanded entity, with the view’s filters', () => {
  const requests = neighbourhoodRequests(setFilters(view, { types: ['PERSON'], minWeight: 2 }));
  assert.deepEqual(
    requests.map((r) => [r.around, r.variables.keys, r.variables.limit, r.variables.types]),
    [
      [null, ['a', 'b'], 300, ['PERSON']],
      ['c', ['c'], 300, ['PERSON']],
    ],
  );
  assert.equal(requests[1]?.variables.minWeight, 2);
});

test('a filter change changes every request id (the answers are asked for again)', () => {
  const before = neighbourhoodRequests(view).map((r) => r.id);
  const after = neighbourhoodRequests(setFilters(view, { from: '2020-01-01' })).map((r) => r.id);
  assert.equal(before.length, after.length);
  assert.ok(before.every((id, i) => id !== after[i]));
  assert.deepEqual(
    neighbourhoodRequests(view).map((r) => r.id),
    before,
    'stable for the same view',
  );
});

test('paths use the time filter as since/until; no ends, no request', () => {
  assert.equal(pathVariables(view), null);
  const vars = pathVariables(
    setPath(setFilters(view, { to: '2021-12-31' }), { from: 'a', to: 'z' }),
  );
  assert.deepEqual(vars && [vars.from, vars.to, vars.since, vars.until, vars.types], [
    'a',
    'z',
    null,
    '2021-12-31',
    null,
  ]);
});

test('new nodes are placed around their origin, apart from each other', () => {
  const spots = spiralAround({ x: 100, y: -50 }, 30, 2, 0.3);
  assert.equal(spots.length, 30);
  const c = centroid(spots);
  assert.ok(Math.hypot(c.x - 100, c.y + 50) < 4, 'centred on the origin');
  for (let i = 0; i < spots.length; i += 1)
    for (let j = i + 1; j < spots.length; j += 1) {
      const [p, q] = [spots[i]!, spots[j]!];
      assert.ok(Math.hypot(p.x - q.x, p.y - q.y) > 0.5, `${i} and ${j} overlap`);
    }
  assert.deepEqual(centroid([]), { x: 0, y: 0 });
});

test('error codes read as words, the message kept, duplicates once', async () => {
  const { describeErrors } = await import('./errors.ts');
  assert.deepEqual(
    describeErrors([
      { code: 'BAD_USER_INPUT', message: 'limit must be at most 2000' },
      { code: 'BAD_USER_INPUT', message: 'limit must be at most 2000' },
      { code: 'SOMETHING_NEW', message: 'x' },
    ]),
    [
      'The graph service refused the request as asked: limit must be at most 2000',
      'The request failed: x',
    ],
  );
});

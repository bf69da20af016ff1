import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDisplayGraph } from './display.ts';
import { EMPTY_GRAPH, mergeGraph } from './graph-data.ts';
import { groupNodes, groupOf, ungroup } from './grouping.ts';
import { EMPTY_VIEW, hide, type ViewState } from './view-state.ts';

const node = (key: string, type = 'PERSON') => ({
  key,
  name: key,
  type,
  mentionCount: 2,
  documentCount: 1,
});
const edge = (
  source: string,
  target: string,
  weight: number,
  firstSeen: string,
  lastSeen: string,
) => ({
  source,
  target,
  weight,
  documents: 1,
  firstSeen,
  lastSeen,
});

// a - b - c, a - c, c - d: grouping {a, b} leaves one group node linked to c (a-c and b-c added).
const { data } = mergeGraph(EMPTY_GRAPH, {
  nodes: ['a', 'b', 'c', 'd'].map((k) => node(k)),
  edges: [
    edge('a', 'b', 5, '2020-01-01', '2020-01-02'),
    edge('b', 'c', 2, '2019-05-01', '2020-03-01'),
    edge('a', 'c', 3, '2021-01-01', '2021-06-01'),
    edge('c', 'd', 1, '2020-01-01', '2020-01-01'),
  ],
});
const view: ViewState = { ...EMPTY_VIEW, seeds: ['a'] };

test('grouping collapses the selection into one node whose edges add their members’ edges', () => {
  const grouped = groupNodes(view, ['a', 'b'], 'Pair');
  assert.equal(grouped.groups.length, 1);
  const group = grouped.groups[0];
  assert.deepEqual(group, { id: 'group:1', label: 'Pair', members: ['a', 'b'] });
  const display = buildDisplayGraph(data, grouped);
  assert.deepEqual(display.nodes.map((n) => n.key).sort(), ['c', 'd', 'group:1']);
  const groupNode = display.nodes.find((n) => n.isGroup);
  assert.equal(groupNode?.label, 'Pair');
  assert.equal(groupNode?.mentionCount, 4);
  const toC = display.edges.find((e) => e.source === 'c' || e.target === 'c')!;
  const linked = display.edges.filter((e) => [e.source, e.target].includes('group:1'));
  assert.equal(linked.length, 1, 'the inner edge a-b is not drawn, a-c and b-c become one');
  assert.equal(linked[0]?.weight, 5);
  assert.equal(linked[0]?.merged, 2);
  assert.equal(linked[0]?.firstSeen, '2019-05-01');
  assert.equal(linked[0]?.lastSeen, '2021-06-01');
  assert.ok(toC);
});

test('ungrouping restores the members and their own edges', () => {
  const grouped = groupNodes(view, ['a', 'b'], 'Pair');
  const back = ungroup(grouped, 'group:1');
  assert.deepEqual(buildDisplayGraph(data, back), buildDisplayGraph(data, view));
});

test('grouping a group with another node merges them; a group left with one member is dropped', () => {
  const first = groupNodes(view, ['a', 'b'], 'Pair');
  const bigger = groupNodes(first, ['group:1', 'c'], 'Three');
  assert.deepEqual(
    bigger.groups.map((g) => [g.label, g.members]),
    [['Three', ['a', 'b', 'c']]],
  );
  const stolen = groupNodes(first, ['b', 'd'], 'Other');
  assert.deepEqual(
    stolen.groups.map((g) => g.members),
    [['b', 'd']],
    'a left alone in Pair: Pair is dropped',
  );
  assert.equal(groupOf(stolen).get('a'), undefined);
});

test('fewer than two entities selected: nothing changes; an empty label gets a count', () => {
  assert.equal(groupNodes(view, ['a'], 'x'), view);
  assert.equal(groupNodes(view, ['a', 'b', 'c'], '  ').groups[0]?.label, '3 entities');
});

test('a hidden member is not drawn in its group', () => {
  const grouped = hide(groupNodes(view, ['a', 'b', 'c'], 'G'), 'b');
  const groupNode = buildDisplayGraph(data, grouped).nodes.find((n) => n.isGroup);
  assert.deepEqual(groupNode?.members, ['a', 'c']);
});

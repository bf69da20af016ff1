import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildDisplayGraph, edgeSize, nodeSize } from './display.ts';
import { EMPTY_GRAPH, mergeGraph } from './graph-data.ts';
import { EMPTY_VIEW, hide, setFilters, setPath, type ViewState } from './view-state.ts';

const { data } = mergeGraph(EMPTY_GRAPH, {
  nodes: [
    { key: 'p', name: 'P', type: 'PERSON', mentionCount: 9, documentCount: 3 },
    { key: 'o', name: 'O', type: 'ORGANIZATION', mentionCount: 4, documentCount: 2 },
    { key: 'l', name: 'L', type: 'LOCATION', mentionCount: 1, documentCount: 1 },
    { key: 'q', name: 'Q', type: null, mentionCount: 1, documentCount: 1 },
  ],
  edges: [
    { source: 'p', target: 'o', weight: 4, documents: 2 },
    { source: 'p', target: 'l', weight: 1, documents: 1 },
    { source: 'o', target: 'q', weight: 2, documents: 1 },
  ],
});
const view: ViewState = { ...EMPTY_VIEW, seeds: ['p'] };
const keys = (v: ViewState) =>
  buildDisplayGraph(data, v)
    .nodes.map((n) => n.key)
    .sort();

test('hidden nodes and their edges are not drawn', () => {
  const display = buildDisplayGraph(data, hide(view, 'o'));
  assert.deepEqual(display.nodes.map((n) => n.key).sort(), ['l', 'p', 'q']);
  assert.deepEqual(
    display.edges.map((e) => e.key),
    ['l\np'],
  );
});

test('the type filter keeps the asked-for entities (seeds, path ends) whatever their type', () => {
  const people = setFilters(view, { types: ['ORGANIZATION'] });
  assert.deepEqual(keys(people), ['o', 'p']);
  assert.deepEqual(keys(setPath(people, { from: 'p', to: 'q' })), ['o', 'p', 'q']);
});

test('the weight filter drops light edges, not nodes', () => {
  const display = buildDisplayGraph(data, setFilters(view, { minWeight: 2 }));
  assert.equal(display.nodes.length, 4);
  assert.deepEqual(display.edges.map((e) => e.weight).sort(), [2, 4]);
});

test('sizes grow with mentions and weight, within bounds', () => {
  assert.ok(
    nodeSize({ mentionCount: 100, isGroup: false }) > nodeSize({ mentionCount: 1, isGroup: false }),
  );
  assert.ok(nodeSize({ mentionCount: 1e9, isGroup: false }) <= 22);
  assert.ok(edgeSize(50) > edgeSize(1));
  assert.ok(edgeSize(1e9) <= 6);
});

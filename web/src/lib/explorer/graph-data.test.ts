import assert from 'node:assert/strict';
import { test } from 'node:test';
import { EMPTY_GRAPH, mergeGraph, neighbours } from './graph-data.ts';
import { edgeKey, type GraphNode } from './model.ts';

const node = (key: string, mentionCount = 1): GraphNode => ({
  key,
  name: key.toUpperCase(),
  type: 'PERSON',
  mentionCount,
  documentCount: 1,
});
const edge = (source: string, target: string, weight = 1) => ({
  source,
  target,
  weight,
  documents: 1,
  firstSeen: '2020-01-01',
  lastSeen: '2020-02-01',
});

test('a neighbourhood merged into the view adds only the new nodes, in the answer order', () => {
  const first = mergeGraph(EMPTY_GRAPH, { nodes: [node('a'), node('b')], edges: [edge('a', 'b')] });
  assert.deepEqual(first.added, ['a', 'b']);
  const second = mergeGraph(first.data, {
    nodes: [node('b', 5), node('c'), node('d')],
    edges: [edge('c', 'b', 3), edge('b', 'd')],
  });
  assert.deepEqual(second.added, ['c', 'd']);
  assert.equal(second.data.nodes.size, 4);
  assert.equal(second.data.nodes.get('b')?.mentionCount, 5, 'the newer answer wins');
  assert.equal(first.data.nodes.get('b')?.mentionCount, 1, 'the earlier value is not changed');
});

test('edges are undirected: one per pair, stored with source < target, newer weight wins', () => {
  const { data } = mergeGraph(EMPTY_GRAPH, {
    nodes: [node('a'), node('b')],
    edges: [edge('b', 'a', 2), edge('a', 'b', 7)],
  });
  assert.equal(data.edges.size, 1);
  const stored = data.edges.get(edgeKey('b', 'a'));
  assert.deepEqual([stored?.source, stored?.target, stored?.weight], ['a', 'b', 7]);
});

test('an edge to an unknown node or to itself is left out', () => {
  const { data } = mergeGraph(EMPTY_GRAPH, {
    nodes: [node('a')],
    edges: [edge('a', 'zz'), edge('a', 'a')],
  });
  assert.equal(data.edges.size, 0);
});

test('neighbours follows edges either way', () => {
  const { data } = mergeGraph(EMPTY_GRAPH, {
    nodes: [node('a'), node('b'), node('c')],
    edges: [edge('a', 'b'), edge('c', 'a')],
  });
  assert.deepEqual(neighbours(data, 'a').sort(), ['b', 'c']);
  assert.deepEqual(neighbours(data, 'b'), ['a']);
});

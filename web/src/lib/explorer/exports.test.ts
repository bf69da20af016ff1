import assert from 'node:assert/strict';
import { test } from 'node:test';
import { DOMParser } from '@xmldom/xmldom';
import { buildDisplayGraph } from './display.ts';
import { escapeXml, toGraphml } from './export-graphml.ts';
import { parseExplorerJson, toExplorerJson } from './export-json.ts';
import { EMPTY_GRAPH, mergeGraph } from './graph-data.ts';
import { groupNodes } from './grouping.ts';
import type { Position } from './model.ts';
import { EMPTY_VIEW, hide, pin, setFilters, type ViewState } from './view-state.ts';

const tricky = 'name:ORGANIZATION:at&t <"quoted"> \'single\'';
const { data } = mergeGraph(EMPTY_GRAPH, {
  nodes: [
    {
      key: 'wikipedia:Berlin',
      name: 'Berlin',
      type: 'LOCATION',
      mentionCount: 12,
      documentCount: 4,
    },
    {
      key: tricky,
      name: 'AT&T <Inc.>\u0007',
      type: 'ORGANIZATION',
      mentionCount: 3,
      documentCount: 2,
    },
    { key: 'name:PERSON:anna', name: 'Anna', type: 'PERSON', mentionCount: 2, documentCount: 1 },
    { key: 'name:PERSON:ben', name: 'Ben', type: null, mentionCount: 1, documentCount: 1 },
  ],
  edges: [
    {
      source: 'wikipedia:Berlin',
      target: tricky,
      weight: 5,
      documents: 3,
      firstSeen: '2020-01-01',
      lastSeen: '2021-01-01',
    },
    { source: 'name:PERSON:anna', target: 'wikipedia:Berlin', weight: 2, documents: 1 },
    { source: 'name:PERSON:ben', target: 'name:PERSON:anna', weight: 1, documents: 1 },
  ],
});
const positions = new Map<string, Position>([
  ['wikipedia:Berlin', { x: 1.5, y: -2 }],
  [tricky, { x: 10, y: 20 }],
  ['name:PERSON:anna', { x: -3, y: 4.25 }],
]);
const view: ViewState = pin(
  setFilters({ ...EMPTY_VIEW, seeds: ['wikipedia:Berlin'] }, { minWeight: 1, from: '2019-01-01' }),
  tricky,
  { x: 10, y: 20 },
);

test('the JSON export reopens the same view: entities, edges, positions, filters', () => {
  const text = JSON.stringify(
    toExplorerJson(data, view, positions, new Date('2026-01-02T03:04:05Z')),
  );
  const parsed = parseExplorerJson(text);
  assert.ok(parsed.ok, JSON.stringify(parsed));
  assert.deepEqual([...parsed.imported.data.nodes.values()], [...data.nodes.values()]);
  assert.deepEqual([...parsed.imported.data.edges.values()], [...data.edges.values()]);
  assert.deepEqual(parsed.imported.view, view);
  assert.deepEqual(parsed.imported.positions, positions);
  assert.ok(text.includes('"exportedAt":"2026-01-02T03:04:05.000Z"'));
});

test('a file that is not an export answers why', () => {
  const notJson = parseExplorerJson('{');
  assert.ok(!notJson.ok && notJson.problems[0] === 'The file is not JSON.');
  const wrong = parseExplorerJson(
    JSON.stringify({ format: 'other', version: 1, view: '', nodes: [], edges: [] }),
  );
  assert.ok(!wrong.ok && wrong.problems[0]?.startsWith('format:'));
  const badView = parseExplorerJson(
    JSON.stringify({ format: 'quarry-explorer', version: 1, view: '?cap=0', nodes: [], edges: [] }),
  );
  assert.ok(!badView.ok && badView.problems[0]?.includes('node cap'));
});

test('GraphML parses back with every node, edge, attribute and position, names escaped', () => {
  const display = buildDisplayGraph(data, view);
  const xml = toGraphml(display, positions);
  const errors: string[] = [];
  const doc = new DOMParser({
    errorHandler: (level: string, message: string) => {
      if (level !== 'warning') errors.push(message);
    },
  }).parseFromString(xml, 'text/xml');
  assert.deepEqual(errors, []);
  const keyIds = Array.from(doc.getElementsByTagName('key')).map((k) => k.getAttribute('id'));
  assert.ok(keyIds.includes('weight') && keyIds.includes('type') && keyIds.includes('x'));

  const attrs = (element: Element): Record<string, string | null> =>
    Object.fromEntries(
      Array.from(element.getElementsByTagName('data')).map((d): [string, string | null] => [
        d.getAttribute('key') ?? '',
        d.textContent,
      ]),
    );
  const nodes = Array.from(doc.getElementsByTagName('node'));
  assert.equal(nodes.length, 4);
  const att = nodes.find((n) => n.getAttribute('id') === tricky);
  assert.ok(att, 'the key with &, <, > and quotes survives as the id');
  assert.deepEqual(attrs(att), {
    label: 'AT&T <Inc.>',
    type: 'ORGANIZATION',
    mentionCount: '3',
    documentCount: '2',
    group: 'false',
    x: '10',
    y: '20',
  });
  const ben = nodes.find((n) => n.getAttribute('id') === 'name:PERSON:ben');
  assert.equal(attrs(ben!).x, undefined, 'a node without a position has no x');

  const edges = Array.from(doc.getElementsByTagName('edge'));
  assert.equal(edges.length, 3);
  const heavy = edges.find(
    (e) => e.getAttribute('target') === tricky || e.getAttribute('source') === tricky,
  );
  assert.deepEqual(attrs(heavy!), {
    weight: '5',
    documents: '3',
    firstSeen: '2020-01-01',
    lastSeen: '2021-01-01',
  });
  assert.equal(doc.getElementsByTagName('graph')[0]?.getAttribute('edgedefault'), 'undirected');
});

test('GraphML of a grouped view has the group as a node and lists its members', () => {
  const grouped = groupNodes(
    hide(view, 'name:PERSON:ben'),
    ['name:PERSON:anna', tricky],
    'Berlin ties',
  );
  const xml = toGraphml(buildDisplayGraph(data, grouped), positions);
  const doc = new DOMParser().parseFromString(xml, 'text/xml');
  const group = Array.from(doc.getElementsByTagName('node')).find(
    (n) => n.getAttribute('id') === 'group:1',
  );
  assert.ok(group);
  assert.match(group.textContent ?? '', /Berlin ties/);
  assert.equal(doc.getElementsByTagName('node').length, 2);
});

test('escapeXml', () => {
  assert.equal(
    escapeXml(`<a href="x">'&'</a>\u0001`),
    '&lt;a href=&quot;x&quot;&gt;&apos;&amp;&apos;&lt;/a&gt;',
  );
});

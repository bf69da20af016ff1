// GraphML of what is drawn, for Gephi and other graph tools: each node with its name, type, counts
// and position, each (undirected) edge with its weight, document count and time span.
import type { DisplayGraph } from './display.ts';
import type { Position } from './model.ts';

export function escapeXml(text: string): string {
  return (
    text
      .replace(/&/g, '&amp;')
      .replace(/</g, '&lt;')
      .replace(/>/g, '&gt;')
      .replace(/"/g, '&quot;')
      .replace(/'/g, '&apos;')
      // Characters XML 1.0 cannot hold at all (control characters other than tab and line ends).
      .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
  );
}

const KEYS = [
  ['label', 'node', 'string'],
  ['type', 'node', 'string'],
  ['mentionCount', 'node', 'int'],
  ['documentCount', 'node', 'int'],
  ['group', 'node', 'boolean'],
  ['members', 'node', 'string'],
  ['x', 'node', 'double'],
  ['y', 'node', 'double'],
  ['weight', 'edge', 'double'],
  ['documents', 'edge', 'int'],
  ['firstSeen', 'edge', 'string'],
  ['lastSeen', 'edge', 'string'],
] as const;

type KeyName = (typeof KEYS)[number][0];

function data(key: KeyName, value: string | number | boolean | null | undefined): string {
  if (value === null || value === undefined || value === '') return '';
  return `<data key="${key}">${escapeXml(String(value))}</data>`;
}

export function toGraphml(display: DisplayGraph, positions: ReadonlyMap<string, Position>): string {
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    ...KEYS.map(
      ([name, kind, type]) =>
        `  <key id="${name}" for="${kind}" attr.name="${name}" attr.type="${type}"/>`,
    ),
    '  <graph id="quarry-explorer" edgedefault="undirected">',
  ];
  for (const node of display.nodes) {
    const at = positions.get(node.key);
    lines.push(
      `    <node id="${escapeXml(node.key)}">${[
        data('label', node.label),
        data('type', node.isGroup ? 'GROUP' : node.type),
        data('mentionCount', node.mentionCount),
        data('documentCount', node.documentCount),
        data('group', node.isGroup),
        data('members', node.isGroup ? node.members.join('\n') : null),
        data('x', at?.x),
        data('y', at?.y),
      ].join('')}</node>`,
    );
  }
  display.edges.forEach((edge, index) => {
    lines.push(
      `    <edge id="e${index}" source="${escapeXml(edge.source)}" target="${escapeXml(edge.target)}">${[
        data('weight', edge.weight),
        data('documents', edge.documents),
        data('firstSeen', edge.firstSeen),
        data('lastSeen', edge.lastSeen),
      ].join('')}</edge>`,
    );
  });
  lines.push('  </graph>', '</graphml>', '');
  return lines.join('\n');
}

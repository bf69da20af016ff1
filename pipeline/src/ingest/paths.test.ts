import assert from 'node:assert/strict';
import { test } from 'node:test';
import { normaliseRelativePath } from './paths.ts';

test('ordinary relative paths are kept, separators normalised', () => {
  assert.deepEqual(normaliseRelativePath('reports/2024/q1.pdf'), {
    path: 'reports/2024/q1.pdf',
    name: 'q1.pdf',
  });
  assert.deepEqual(normaliseRelativePath('a\\b\\c.txt'), { path: 'a/b/c.txt', name: 'c.txt' });
  assert.deepEqual(normaliseRelativePath('./x//y.txt'), { path: 'x/y.txt', name: 'y.txt' });
  assert.deepEqual(normaliseRelativePath('Grüße 東京.docx'), {
    path: 'Grüße 東京.docx',
    name: 'Grüße 東京.docx',
  });
});

test('traversal, absolute paths, control characters and oversize are refused', () => {
  for (const bad of [
    '',
    '../x',
    'a/../../x',
    '/etc/passwd',
    'C:/x.txt',
    'a/./b',
    'x\u0000y',
    'x\ny',
    'dir/',
    'a'.repeat(1025),
    `${'b'.repeat(256)}/x`,
  ]) {
    assert.ok('error' in normaliseRelativePath(bad), JSON.stringify(bad.slice(0, 20)));
  }
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseDocumentParams } from '../search/document-link.ts';
import { passageHref } from './passage-link.ts';

test('a passage link opens its text page, marks the span and jumps to it', () => {
  const href = passageHref({ documentId: 'doc 1', start: 8040, end: 8066, page: 2 });
  assert.equal(href, '/documents/doc%201?page=2&at=8040-8066#passage');
  const url = new URL(href, 'http://x');
  const params = parseDocumentParams(Object.fromEntries(url.searchParams));
  assert.deepEqual([params.page, params.at], [2, { start: 8040, end: 8066 }]);
});

test('without a known page the link opens page 1', () => {
  assert.equal(
    passageHref({ documentId: 'd', start: 1, end: 4, page: null }),
    '/documents/d?at=1-4#passage',
  );
});

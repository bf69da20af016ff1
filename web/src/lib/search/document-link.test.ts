import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  documentHref,
  hitPageNeighbours,
  originalHref,
  pageWindow,
  parseDocumentParams,
  snippetPages,
} from './document-link.ts';

test('document links carry the query, page and hit pages, and read back the same', () => {
  const href = documentHref('doc/1 ä', { q: ' tax OR "vat" ', page: 7, hits: [12, 7, 3, 7] });
  assert.equal(href, '/documents/doc%2F1%20%C3%A4?q=tax+OR+%22vat%22&page=7&hits=3%2C7%2C12');
  const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
  assert.deepEqual(parseDocumentParams(params), {
    q: 'tax OR "vat"',
    page: 7,
    hits: [3, 7, 12],
    children: null,
    at: null,
  });
  assert.equal(documentHref('d'), '/documents/d');
  // Page 1 is the default; hit pages mean nothing without a query.
  assert.equal(documentHref('d', { page: 1, hits: [2] }), '/documents/d');
});

test('bad document params fall back to safe defaults', () => {
  assert.deepEqual(
    parseDocumentParams({ page: '0', hits: '1,x,-3,2.5,4', children: 'a,b', q: 'x'.repeat(2000) }),
    { q: 'x'.repeat(1000), page: 1, hits: [1, 4], children: null, at: null },
  );
  assert.equal(parseDocumentParams({ page: '2.5' }).page, 1);
  assert.equal(parseDocumentParams({ page: ['3', '4'] }).page, 3);
});

test('a passage to highlight travels as at=start-end and reads back the same', () => {
  const href = documentHref('d', { page: 3, at: { start: 120, end: 135 } });
  assert.equal(href, '/documents/d?page=3&at=120-135');
  const params = Object.fromEntries(new URL(href, 'http://x').searchParams);
  assert.deepEqual(parseDocumentParams(params).at, { start: 120, end: 135 });
  // An empty span is a place (a zero-width passage); reversed, negative or junk is nothing.
  assert.deepEqual(parseDocumentParams({ at: '7-7' }).at, { start: 7, end: 7 });
  for (const bad of ['9-3', '-1-4', '1-', 'a-b', '1-2-3', '1.5-3', '1-9999999999']) {
    assert.equal(parseDocumentParams({ at: bad }).at, null, bad);
  }
  assert.equal(documentHref('d', { at: { start: 5, end: 2 } }), '/documents/d');
});

test('original links', () => {
  assert.equal(originalHref('a b'), '/api/originals/a%20b');
  assert.equal(originalHref('x', true), '/api/originals/x?inline=1');
});

test('neighbouring hit pages', () => {
  assert.deepEqual(hitPageNeighbours(5, [2, 9, 4, 12]), { previous: 4, next: 9 });
  assert.deepEqual(hitPageNeighbours(1, [1]), { previous: null, next: null });
  assert.deepEqual(hitPageNeighbours(20, [3]), { previous: 3, next: null });
});

test('snippet pages keep snippet order and drop title matches', () => {
  assert.deepEqual(snippetPages([{ page: null }, { page: 4 }, { page: 2 }, { page: 4 }]), [4, 2]);
});

test('page windows', () => {
  assert.deepEqual(pageWindow(1, 1), [1]);
  assert.deepEqual(pageWindow(1, 5), [1, 2, 3, 4, 5]);
  assert.deepEqual(pageWindow(10, 20), [1, null, 8, 9, 10, 11, 12, null, 20]);
  assert.deepEqual(pageWindow(4, 20), [1, 2, 3, 4, 5, 6, null, 20]);
  assert.deepEqual(pageWindow(1, 0), []);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { previewKind } from './preview.ts';

test('PDFs and common images can be previewed, other types cannot', () => {
  assert.equal(previewKind('application/pdf'), 'pdf');
  assert.equal(previewKind('Image/JPEG; charset=binary'), 'image');
  assert.equal(previewKind('image/svg+xml'), 'image');
  assert.equal(previewKind('image/tiff'), null);
  assert.equal(previewKind('text/html'), null);
  assert.equal(previewKind(null), null);
  assert.equal(previewKind(''), null);
});

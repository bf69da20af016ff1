import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ingestLimits, READABLE_FORMATS } from './product-facts.ts';

// The facts themselves are checked against the cracking library by e2e/tests/help-facts.spec.ts
// (the web workspace may not import it); here, what the page makes of them.

test('every format names its file endings, and every limit has a value', () => {
  for (const [kind, format] of Object.entries(READABLE_FORMATS)) {
    assert.ok(format.extensions.length > 0, kind);
    for (const extension of format.extensions) assert.match(extension, /^[a-z]+$/, kind);
  }
  assert.deepEqual(
    ingestLimits().find((limit) => limit.label === 'Largest file'),
    { label: 'Largest file', value: '200 MB' },
  );
  for (const limit of ingestLimits()) assert.notEqual(limit.value.trim(), '', limit.label);
});

test('Help promises no images, audio or video as readable', () => {
  const page = readFileSync(new URL('../../app/(app)/help/page.tsx', import.meta.url), 'utf8');
  // Mentioned only to say Quarry does not read them.
  for (const word of ['images', 'audio', 'video']) {
    const sentences = page.split(/(?<=[.;])\s/).filter((s) => s.includes(word));
    assert.ok(sentences.length <= 1, `${word}: ${sentences.join(' / ')}`);
    for (const sentence of sentences) assert.match(sentence, /does not read/, sentence);
  }
});

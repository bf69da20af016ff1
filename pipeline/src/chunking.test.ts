import assert from 'node:assert/strict';
import { test } from 'node:test';
import { chunkText } from './chunking.ts';

const paragraph = 'The river rises in the north. It flows south through three provinces! ';

test('chunks cover the text exactly, in order, within the size', () => {
  const text = Array.from({ length: 200 }, (_, i) => `${i}. ${paragraph}`).join('\n\n');
  const spans = chunkText(text, 1_000);
  assert.ok(spans.length > 10);
  assert.equal(spans[0]?.start, 0);
  assert.equal(spans.at(-1)?.end, text.length);
  for (const [i, span] of spans.entries()) {
    assert.equal(span.seq, i);
    assert.ok(span.end - span.start <= 1_000);
    if (i > 0) assert.equal(span.start, spans[i - 1]!.end);
  }
});

test('cuts fall on paragraph breaks when there are any', () => {
  const text = Array.from({ length: 50 }, () => paragraph.repeat(3)).join('\n\n');
  for (const span of chunkText(text, 800).slice(0, -1)) {
    assert.match(text.slice(span.end - 2, span.end), /\n\n$/);
  }
});

test('byte offsets address the same text in UTF-8', () => {
  const text = 'Überblick: Straße, 東京, emoji 🙂 and more. '.repeat(300);
  const bytes = Buffer.from(text);
  for (const span of chunkText(text, 500)) {
    assert.equal(
      bytes.subarray(span.byteStart, span.byteEnd).toString('utf8'),
      text.slice(span.start, span.end),
    );
  }
});

test('one giant token is cut hard without splitting a surrogate pair', () => {
  const text = '🙂'.repeat(2_000);
  const spans = chunkText(text, 1_001);
  assert.equal(spans.map((s) => text.slice(s.start, s.end)).join(''), text);
  assert.ok(spans.every((s) => !/[\uD800-\uDBFF]$/.test(text.slice(s.start, s.end))));
});

test('empty text has no chunks', () => {
  assert.deepEqual(chunkText('', 1_000), []);
});

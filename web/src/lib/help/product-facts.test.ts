import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
// The code Help describes, imported from where it is defined (no copied lists or numbers).
import { kindFromFileName, MEDIA_TYPES } from '../../../../packages/crackers/src/sniff.ts';
import { DEFAULT_LIMITS } from '../../../../packages/crackers/src/types.ts';
import { MAX_QUERY_LENGTH as API_MAX_QUERY_LENGTH } from '../../../../subgraphs/documents/src/search/search-input.ts';
import { formatBytes, formatInteger } from '../format.ts';
import { MAX_QUERY_LENGTH } from '../search/search-state.ts';
import { ingestLimits, READABLE_FORMATS } from './product-facts.ts';

const NOT_READABLE = new Set(['unknown', 'encrypted-office']);

test('Help lists exactly the formats the cracking library reads', () => {
  const readable = Object.keys(MEDIA_TYPES).filter((kind) => !NOT_READABLE.has(kind));
  assert.deepEqual(Object.keys(READABLE_FORMATS).sort(), readable.sort());
});

test('every file ending Help names is read as that format', () => {
  for (const [kind, format] of Object.entries(READABLE_FORMATS)) {
    for (const extension of format.extensions) {
      assert.equal(kindFromFileName(`file.${extension}`), kind, `.${extension}`);
    }
  }
});

test('Help states the cracking limits the pipeline applies', () => {
  const shown = new Map(ingestLimits().map((limit) => [limit.label, limit.value]));
  assert.equal(shown.get('Largest file'), formatBytes(DEFAULT_LIMITS.maxBytes));
  assert.match(
    shown.get('Files in one archive') ?? '',
    new RegExp(formatInteger(DEFAULT_LIMITS.maxZipEntries)),
  );
  assert.match([...shown.values()].join(' | '), new RegExp(`${DEFAULT_LIMITS.maxDepth} levels`));
  assert.equal(
    shown.get('Unpacked size of one archive'),
    formatBytes(DEFAULT_LIMITS.maxZipTotalBytes),
  );
});

test("the query length Help and the search box state is the API's", () => {
  assert.equal(MAX_QUERY_LENGTH, API_MAX_QUERY_LENGTH);
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

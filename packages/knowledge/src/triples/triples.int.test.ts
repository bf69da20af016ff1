// Triples from sentences parsed by the real NLP service (the dev stack's CoreNLP; `set -a; .
// .quarry/dev/stack.env` first), in each language the service has models for.
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { nlpTestClient } from '../corenlp/testing/nlp-test-client.ts';
import type { NlpLanguage } from '../corenlp/types.ts';
import { extractTriples } from './extract-triples.ts';

const client = nlpTestClient();

async function triplesOf(text: string, language: NlpLanguage): Promise<string[]> {
  const analysis = await client.analyse(text, language, { parse: true });
  const triples = analysis.sentences.flatMap((sentence) =>
    extractTriples(text, sentence, language),
  );
  for (const t of triples) {
    assert.equal(text.slice(t.subject.start, t.subject.end), t.subject.text);
    assert.equal(text.slice(t.object.start, t.object.end), t.object.text);
    if (t.relation.start !== undefined)
      assert.equal(text.slice(t.relation.start, t.relation.end), t.relation.text);
  }
  return triples.map((t) => `${t.subject.text} ; ${t.relation.text} ; ${t.object.text}`).sort();
}

test('English: a verb clause and a participial modifier of its subject', async () => {
  assert.deepEqual(
    await triplesOf('Siemens Energy AG, based in Munich, supplies turbines to Hapag-Lloyd.', 'en'),
    [
      'Siemens Energy AG ; based in ; Munich',
      'Siemens Energy AG ; supplies ; turbines to Hapag-Lloyd',
    ],
  );
});

test('English: negation, an apposition and a relative clause whose noun is the object', async () => {
  const text =
    'Friedrich Merz, the chancellor, did not visit the factory that Rheinmetall opened in Unterlüß.';
  assert.deepEqual(await triplesOf(text, 'en'), [
    'Friedrich Merz ; did not visit ; the factory',
    'Friedrich Merz ; is ; the chancellor',
    'Rheinmetall ; opened ; the factory',
  ]);
});

const otherLanguages: [NlpLanguage, string, string][] = [
  [
    'de',
    'Siemens Energy liefert Turbinen an Hapag-Lloyd.',
    'Siemens Energy ; liefert ; Turbinen an Hapag-Lloyd',
  ],
  [
    'fr',
    'Siemens Energy fournit des turbines à Hapag-Lloyd.',
    'Siemens Energy ; fournit ; des turbines à Hapag-Lloyd',
  ],
  [
    'es',
    'Siemens Energy suministra turbinas a Hapag-Lloyd.',
    'Siemens Energy ; suministra ; turbinas a Hapag-Lloyd',
  ],
];

for (const [language, text, expected] of otherLanguages) {
  test(`${language}: the same UD relations give the same clause`, async () => {
    assert.deepEqual(await triplesOf(text, language), [expected]);
  });
}

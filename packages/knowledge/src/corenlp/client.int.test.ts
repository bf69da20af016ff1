import assert from 'node:assert/strict';
import { createServer } from 'node:net';
import { test } from 'node:test';
import { createNlpClient } from './client.ts';
import { nlpTestClient, nlpTestSettings } from './testing/nlp-test-client.ts';
import { NlpUnavailableError, type NlpAnalysis, type NlpLanguage } from './types.ts';

const client = nlpTestClient();

function typed(analysis: NlpAnalysis): string[] {
  return analysis.mentions.map((m) => `${m.text}/${m.type}`);
}

test('English: tokens with UTF-16 offsets (a non-BMP character included) and typed mentions', async () => {
  const text = 'Friedrich Merz met 😀 Siemens Energy AG in Hamburg.';
  const analysis = await client.analyse(text, 'en');
  assert.equal(analysis.language, 'en');
  assert.equal(analysis.sentences.length, 1);
  const tokens = analysis.sentences[0]!.tokens;
  for (const token of tokens) assert.equal(text.slice(token.start, token.end), token.word);
  const siemens = tokens.find((t) => t.word === 'Siemens')!;
  assert.equal(siemens.start, text.indexOf('Siemens'));
  assert.equal(siemens.pos, 'NNP');
  assert.equal(tokens.find((t) => t.word === 'met')!.lemma, 'meet');
  assert.deepEqual(typed(analysis), [
    'Friedrich Merz/PERSON',
    'Siemens Energy AG/ORGANIZATION',
    'Hamburg/LOCATION',
  ]);
  for (const m of analysis.mentions) {
    assert.equal(text.slice(m.start, m.end), m.text);
    assert.ok(m.confidence > 0.5 && m.confidence <= 1);
  }
});

const languages: [NlpLanguage, string, string[]][] = [
  [
    'de',
    'Bundeskanzler Friedrich Merz besuchte am Montag die Siemens Energy AG in Hamburg.',
    ['Friedrich Merz/PERSON', 'Siemens Energy AG/ORGANIZATION', 'Hamburg/LOCATION'],
  ],
  [
    'fr',
    'Emmanuel Macron a rencontré les dirigeants de Renault à Paris.',
    ['Emmanuel Macron/PERSON', 'Renault/ORGANIZATION', 'Paris/LOCATION'],
  ],
  [
    'es',
    'Pedro Sánchez visitó la sede de Telefónica en Madrid.',
    ['Pedro Sánchez/PERSON', 'Telefónica/ORGANIZATION', 'Madrid/LOCATION'],
  ],
];

for (const [language, text, expected] of languages) {
  test(`${language}: the language's own models find people, organizations and places`, async () => {
    const analysis = await client.analyse(text, language);
    assert.deepEqual(typed(analysis), expected);
    for (const token of analysis.sentences[0]!.tokens) {
      assert.equal(text.slice(token.start, token.end), token.word);
    }
  });
}

test('parse: one root and a head for every token, offsets shifted past a second sentence', async () => {
  const text =
    'Rheinmetall builds tanks. Hapag-Lloyd carried containers from Hamburg to Singapore.';
  const analysis = await client.analyse(text, 'en', { parse: true });
  assert.equal(analysis.sentences.length, 2);
  const second = analysis.sentences[1]!;
  assert.equal(second.start, text.indexOf('Hapag'));
  assert.equal(second.dependencies.length, second.tokens.length);
  assert.equal(second.dependencies.filter((d) => d.relation === 'root').length, 1);
  const root = second.dependencies.find((d) => d.relation === 'root')!;
  assert.equal(second.tokens[root.dependent - 1]!.word, 'carried');
});

test('an over-long sentence is cut, marked capped and counted', async () => {
  const capped = nlpTestClient({ maxSentenceTokens: 40 });
  const text = `${Array.from({ length: 100 }, (_, i) => `word${i}`).join(' ')}. Merz spoke in Berlin.`;
  const analysis = await capped.analyse(text, 'en');
  assert.ok(analysis.cappedSentences >= 2, `capped ${analysis.cappedSentences}`);
  for (const s of analysis.sentences) assert.ok(s.tokens.length <= 41, `${s.tokens.length} tokens`);
  const last = analysis.sentences.at(-1)!;
  assert.equal(last.capped, undefined);
  assert.equal(text.slice(last.start, last.end), 'Merz spoke in Berlin.');
});

test('a wrong password is a plain error (a configuration bug), not "unavailable"', async () => {
  const wrong = createNlpClient({ ...nlpTestSettings(), password: 'not-the-password' });
  await assert.rejects(wrong.analyse('Merz spoke.', 'en'), (error: Error) => {
    assert.ok(!(error instanceof NlpUnavailableError));
    assert.match(error.message, /401/u);
    return true;
  });
});

test('a service that is not there is NlpUnavailableError, and not ready', async () => {
  const port = await freePort();
  const absent = createNlpClient({ ...nlpTestSettings(), url: `http://127.0.0.1:${port}` });
  await assert.rejects(absent.analyse('Merz spoke.', 'en'), NlpUnavailableError);
  assert.equal(await absent.ready(), false);
  assert.equal(await client.ready(), true);
});

test('a service that does not answer in time is NlpUnavailableError', async () => {
  const silent = createServer(() => undefined);
  await new Promise<void>((resolve) => silent.listen(0, '127.0.0.1', resolve));
  const { port } = silent.address() as { port: number };
  try {
    const slow = createNlpClient({
      ...nlpTestSettings(),
      url: `http://127.0.0.1:${port}`,
      timeoutMs: 300,
    });
    await assert.rejects(slow.analyse('Merz spoke.', 'en'), /timed out/u);
  } finally {
    silent.close();
  }
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise((resolve) => server.close(resolve));
  return port;
}

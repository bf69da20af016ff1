import assert from 'node:assert/strict';
import { test } from 'node:test';
import stopwordLists from 'stopwords-iso' with { type: 'json' };
import { keyphrasesSkill, PHRASES_PER_DOCUMENT, type KeyPhrase } from './keyphrases-skill.ts';
import { normalisePhrase } from './phrases.ts';
import { chunkAtSentences, factbookBackground, SENTENCES } from './test-corpus.ts';

const run = (text: string, language?: string | null, start = 0) =>
  keyphrasesSkill.runChunk({ text, start, seq: 0, language });
const lower = (phrases: ReadonlyArray<{ phrase: string }>) =>
  phrases.map(({ phrase }) => phrase.toLowerCase());

function assertWellFormed(phrases: KeyPhrase[], documentText: string) {
  assert.ok(phrases.length > 0);
  assert.equal(phrases[0]?.score, 1);
  for (const { phrase, score, start, end } of phrases) {
    assert.equal(normalisePhrase(phrase), phrase);
    assert.ok(score > 0 && score <= 1, `${phrase}: ${score}`);
    // Provenance: the offsets point at the phrase in the document text.
    assert.equal(
      documentText.slice(start, end).replace(/\s+/gu, ' ').toLowerCase(),
      phrase.toLowerCase(),
    );
  }
}

test('a Factbook text yields its content words as key phrases', async () => {
  const { phrases } = await run(factbookBackground('europe', 'gm'), 'en');
  const found = lower(phrases);
  assert.ok(found.includes('germany'), found.join('; '));
  assert.ok(found.includes('federal republic') || found.includes('german reunification'));
  assert.ok(found.includes('cold war'));
});

test('offsets point at the phrase in the document text, past the chunk start', async () => {
  for (const [region, code] of [
    ['europe', 'gm'],
    ['africa', 'uv'],
    ['east-n-southeast-asia', 'ja'],
  ] as const) {
    const prefix = 'Earlier chunks of the document. '.repeat(7);
    const text = factbookBackground(region, code);
    const { phrases } = await run(text, 'en', prefix.length);
    assertWellFormed(phrases, prefix + text);
    assert.ok(phrases.every(({ start }) => start >= prefix.length));
  }
});

test('numbers and possessives are trimmed off English phrases', async () => {
  const found = lower((await run(factbookBackground('africa', 'uv'), 'en')).phrases);
  assert.ok(found.includes('burkina faso'), found.join('; '));
  assert.ok(found.every((phrase) => !/['’]s$/u.test(phrase) && !/^(?:two|\d+) /u.test(phrase)));
});

test('a German chunk gets German key phrases without stop words', async () => {
  const prefix = 'Vorspann. ';
  const { phrases } = await run(SENTENCES.de, 'de', prefix.length);
  assertWellFormed(phrases, prefix + SENTENCES.de);
  const stopwords = new Set(stopwordLists.de);
  for (const phrase of lower(phrases)) {
    for (const word of phrase.split(' ')) assert.ok(!stopwords.has(word), `${word} in ${phrase}`);
  }
  const found = lower(phrases);
  assert.ok(
    found.some((phrase) => phrase.includes('wiedervereinigung')),
    found.join('; '),
  );
  assert.ok(found.includes('europäischen union'), found.join('; '));
});

test('other languages use their own stop words; names on a stop list survive', async () => {
  const french = lower((await run(SENTENCES.fr, 'fr')).phrases);
  assert.ok(french.includes('seconde guerre mondiale'), french.join('; '));
  // stopwords-iso lists Москва as a Russian stop word; capitalised mid-sentence it is a name.
  const russian = lower((await run(SENTENCES.ru, 'ru')).phrases);
  assert.ok(russian.includes('москва'), russian.join('; '));
  assert.ok(
    russian.some((phrase) => phrase.startsWith('российская федерация')),
    russian.join('; '),
  );
});

test('no language or no stop word list gives no phrases rather than noise', async () => {
  assert.deepEqual(await run(SENTENCES.de, null), { phrases: [] });
  // eld knows Albanian; stopwords-iso has no Albanian list.
  assert.deepEqual(
    await run('Republika e Shqipërisë është një shtet në Evropën Juglindore.', 'sq'),
    { phrases: [] },
  );
  assert.deepEqual(await run(SENTENCES.de, 'constructor'), { phrases: [] });
});

test('run alone, the skill detects the language itself', async () => {
  const found = lower((await run(SENTENCES.de)).phrases);
  assert.ok(found.includes('europäischen union'), found.join('; '));
});

test('document key phrases merge the chunks: top 15, combined, best first', async () => {
  const text = [
    factbookBackground('europe', 'gm'),
    factbookBackground('europe', 'au'),
    factbookBackground('europe', 'sz'),
  ].join('\n\n');
  const chunks = chunkAtSentences(text, 600);
  assert.ok(chunks.length >= 4);
  const outcomes = [];
  for (const { text: chunkText, start, end, seq } of chunks) {
    const result = await keyphrasesSkill.runChunk({ text: chunkText, start, seq, language: 'en' });
    assertWellFormed(result.phrases, text);
    outcomes.push({ seq, start, end, result });
  }
  const { keyPhrases } = keyphrasesSkill.mergeDocument(outcomes);
  assert.equal(keyPhrases.length, PHRASES_PER_DOCUMENT);
  assert.equal(keyPhrases[0]?.score, 1);
  const keys = lower(keyPhrases);
  assert.equal(new Set(keys).size, keys.length);
  assert.deepEqual(
    keyPhrases.map(({ score }) => score),
    keyPhrases.map(({ score }) => score).sort((a, b) => b - a),
  );
  // A phrase found in several chunks outranks one it beat in a single chunk.
  const perChunk = outcomes.map(({ result }) => lower(result.phrases));
  const top = keys[0] ?? '';
  assert.ok(perChunk.filter((found) => found.includes(top)).length > 1, top);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { detectLanguage, languageSkill, MIN_LETTERS } from './language-skill.ts';
import { factbookBackground, SENTENCES } from './test-corpus.ts';

const chunk = (text: string, start = 0) => ({ text, start, seq: 0 });

test('detects English in a Factbook background', async () => {
  for (const [region, code] of [
    ['europe', 'gm'],
    ['africa', 'uv'],
    ['south-america', 'br'],
  ] as const) {
    const result = await languageSkill.runChunk(chunk(factbookBackground(region, code)));
    assert.equal(result.language, 'en', `${region}/${code}`);
    assert.ok(result.confidence > 0 && result.confidence <= 1);
  }
});

test('detects German, French, Spanish and Russian sentences', async () => {
  for (const [language, text] of Object.entries(SENTENCES)) {
    assert.equal((await languageSkill.runChunk(chunk(text))).language, language);
    // One sentence is enough, too.
    assert.equal(detectLanguage(text.split('. ')[0] ?? '').language, language);
  }
});

test('a long chunk is judged on its middle and end too, not only on how it begins', () => {
  // An English opening of 1,200 characters, then German: eld alone would read only the English.
  const english = factbookBackground('europe', 'gm').slice(0, 1_200);
  const german = Array.from({ length: 12 }, () => SENTENCES.de).join(' ');
  assert.equal(detectLanguage(english).language, 'en');
  assert.equal(detectLanguage(`${english}\n${german}`).language, 'de');
});

test('too little text is undetermined rather than guessed', () => {
  for (const text of [
    '',
    'Hello',
    'OK. Fig. 3',
    '12345 678 90 1234567 2024-01-01 3.14159 42',
    'x'.repeat(MIN_LETTERS - 1),
  ]) {
    assert.deepEqual(detectLanguage(text), { language: null, confidence: 0 }, JSON.stringify(text));
  }
});

test('a mixed document gets shares weighted by chunk length, largest first', async () => {
  const english = factbookBackground('europe', 'gm');
  const parts = [english, SENTENCES.de, english, SENTENCES.fr, '1234 5678 9012'];
  let start = 0;
  const outcomes = [];
  for (const [seq, text] of parts.entries()) {
    const end = start + text.length;
    outcomes.push({ seq, start, end, result: await languageSkill.runChunk({ text, start, seq }) });
    start = end;
  }
  const merged = languageSkill.mergeDocument(outcomes);
  const determined = parts.slice(0, 4).reduce((sum, text) => sum + text.length, 0);
  assert.equal(merged.language, 'en');
  assert.deepEqual(
    merged.languages.map((share) => share.language),
    ['en', 'de', 'fr'],
  );
  const [en, de, fr] = merged.languages;
  assert.ok(Math.abs((en?.share ?? 0) - (2 * english.length) / determined) < 0.001);
  assert.ok(Math.abs((de?.share ?? 0) - SENTENCES.de.length / determined) < 0.001);
  assert.ok(Math.abs((fr?.share ?? 0) - SENTENCES.fr.length / determined) < 0.001);
});

test('shares under 2 % are dropped and an undetermined document has no language', () => {
  const result = (language: string | null) => ({ language, confidence: language ? 0.8 : 0 });
  const merged = languageSkill.mergeDocument([
    { seq: 0, start: 0, end: 990, result: result('en') },
    { seq: 1, start: 990, end: 1000, result: result('de') },
  ]);
  assert.deepEqual(merged, { language: 'en', languages: [{ language: 'en', share: 0.99 }] });
  assert.deepEqual(
    languageSkill.mergeDocument([{ seq: 0, start: 0, end: 10, result: result(null) }]),
    { language: null, languages: [] },
  );
  assert.deepEqual(languageSkill.mergeDocument([]), { language: null, languages: [] });
});

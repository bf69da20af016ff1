import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  resolveSkills,
  runSkillsOnChunk,
  defaultSkillNames,
  skillCatalogue,
  skills,
  UnknownSkillError,
} from './registry.ts';
import { knowledgeSkills, selectedKnowledgeSkills } from './knowledge-skills.ts';
import { skillTag, type ChunkInput, type Skill } from './skill.ts';
import { SENTENCES } from './test-corpus.ts';

const names = (selected: readonly Skill[]) => selected.map(({ name }) => name);

function fake(name: string, after?: string[], seen?: ChunkInput[]): Skill {
  return {
    name,
    version: '1',
    description: name,
    default: false,
    ...(after ? { after } : {}),
    async runChunk(chunk) {
      seen?.push({ ...chunk });
      return { ran: name };
    },
    mergeDocument: () => null,
  };
}

test('no choice means the default skills, in run order', () => {
  const defaults = names(skills.filter((skill) => skill.default));
  assert.deepEqual(defaults, ['language', 'keyphrases']);
  assert.deepEqual(names(resolveSkills()), defaults);
  assert.deepEqual(names(resolveSkills(null)), defaults);
  assert.deepEqual(names(resolveSkills([])), defaults);
});

test('prerequisites are added and run first, whatever order the job names skills in', () => {
  assert.deepEqual(names(resolveSkills(['keyphrases'])), ['language', 'keyphrases']);
  assert.deepEqual(names(resolveSkills(['keyphrases', 'language', 'keyphrases'])), [
    'language',
    'keyphrases',
  ]);
  assert.deepEqual(names(resolveSkills(['language'])), ['language']);
});

test('unknown skill names are all reported', () => {
  assert.throws(
    () => resolveSkills(['language', 'sentiment', 'ocr']),
    (error: unknown) =>
      error instanceof UnknownSkillError && error.names.join() === 'sentiment,ocr',
  );
});

test('a later skill plugs in through the registry alone: prerequisites order it', () => {
  // Registry order is not dependency order here: `triples` is listed before what it needs.
  const registry = [
    fake('triples', ['entities']),
    fake('language'),
    fake('entities', ['language']),
  ];
  assert.deepEqual(names(resolveSkills(['triples'], registry)), [
    'language',
    'entities',
    'triples',
  ]);
  assert.throws(
    () => resolveSkills(['a'], [fake('a', ['b']), fake('b', ['a'])]),
    /cycle: a -> b -> a/,
  );
  assert.throws(() => resolveSkills(['a'], [fake('a', ['gone'])]), UnknownSkillError);
});

test('the catalogue lists every skill of both stages as plain data', () => {
  assert.deepEqual(
    skillCatalogue.map((entry) => `${entry.name}@${entry.version}:${entry.stage}`),
    [
      ...skills.map((skill) => `${skillTag(skill)}:search`),
      ...knowledgeSkills.map((skill) => `${skillTag(skill)}:knowledge`),
    ],
  );
  assert.deepEqual(defaultSkillNames(), ['language', 'keyphrases', 'entities', 'triples']);
  assert.deepEqual(JSON.parse(JSON.stringify(skillCatalogue)), skillCatalogue);
  assert.ok(skillCatalogue.every((entry) => entry.description.length > 0));
});

test('runSkillsOnChunk hands the detected language to later skills', async () => {
  const seen: ChunkInput[] = [];
  const [language] = resolveSkills(['language']);
  assert.ok(language);
  const chunk = { text: SENTENCES.es, start: 40, seq: 2 };
  const results = await runSkillsOnChunk([language, fake('entities', ['language'], seen)], chunk);
  assert.deepEqual(Object.keys(results), ['language', 'entities']);
  assert.equal(seen[0]?.language, 'es');
  assert.equal(seen[0]?.start, 40);
  assert.equal('language' in chunk, false, 'the caller’s chunk is left alone');
});

test('the default skills run end to end on a German chunk', async () => {
  const results = await runSkillsOnChunk(resolveSkills(), {
    text: SENTENCES.de,
    start: 0,
    seq: 0,
  });
  assert.deepEqual(Object.keys(results), ['language', 'keyphrases']);
  assert.equal((results.language as { language: string }).language, 'de');
  const { phrases } = results.keyphrases as { phrases: Array<{ phrase: string }> };
  assert.ok(phrases.some(({ phrase }) => phrase === 'Europäischen Union'));
});

test('knowledge skills are left to the knowledge stage: no per-chunk work, in any job', () => {
  assert.deepEqual(names(resolveSkills(['entities'])), []);
  assert.deepEqual(names(resolveSkills(['keyphrases', 'triples'])), ['language', 'keyphrases']);
  assert.throws(() => resolveSkills(['entities', 'sentiment']), UnknownSkillError);
  assert.deepEqual(
    selectedKnowledgeSkills(['triples', 'language', 'entities']).map((skill) => skill.name),
    ['entities', 'triples'],
  );
  assert.deepEqual(selectedKnowledgeSkills(['language']), []);
});

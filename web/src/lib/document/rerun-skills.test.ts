import assert from 'node:assert/strict';
import { test } from 'node:test';
import {
  initialSelection,
  jobMonitorHref,
  parseRerunForm,
  rerunErrorState,
  skillName,
  type SkillOption,
} from './rerun-skills.ts';

const SKILLS: SkillOption[] = [
  { name: 'language', version: '1', description: 'Detects languages.', default: true },
  { name: 'keyphrases', version: '1', description: 'Key phrases.', default: true },
  { name: 'entities', version: '2', description: 'Named entities.', default: false },
];

function form(entries: Array<[string, string]>) {
  return new URLSearchParams(entries);
}

test('skillName drops the version of a name@version entry', () => {
  assert.equal(skillName('language@1'), 'language');
  assert.equal(skillName('keyphrases@2.1'), 'keyphrases');
  assert.equal(skillName('bare'), 'bare');
  assert.equal(skillName('@1'), '@1');
});

test('pre-checks the skills that ran, in catalogue order', () => {
  assert.deepEqual(initialSelection(SKILLS, ['entities@2', 'language@1']), [
    'language',
    'entities',
  ]);
});

test('falls back to the defaults when nothing that ran is still offered', () => {
  assert.deepEqual(initialSelection(SKILLS, []), ['language', 'keyphrases']);
  assert.deepEqual(initialSelection(SKILLS, ['retired@3']), ['language', 'keyphrases']);
  assert.deepEqual(initialSelection([], ['language@1']), []);
});

test('parses one document and the checked skills, deduped in order', () => {
  assert.deepEqual(
    parseRerunForm(
      form([
        ['documentId', 'abc123'],
        ['skill', 'language'],
        ['skill', 'keyphrases'],
        ['skill', 'language'],
        ['$ACTION_KEY', 'ignored'],
      ]),
    ),
    { ok: true, documentId: 'abc123', skills: ['language', 'keyphrases'] },
  );
});

test('refuses a form without any skill', () => {
  const parsed = parseRerunForm(form([['documentId', 'abc123']]));
  assert.equal(parsed.ok, false);
  assert.ok(!parsed.ok);
  assert.deepEqual(parsed.errors, [
    { code: 'BAD_USER_INPUT', message: 'Choose at least one skill.' },
  ]);
  assert.deepEqual(parsed.selected, []);
  // Blank values count as nothing checked.
  assert.equal(
    parseRerunForm(
      form([
        ['documentId', 'abc123'],
        ['skill', ' '],
      ]),
    ).ok,
    false,
  );
});

test('refuses a missing, doubled or malformed document id', () => {
  for (const ids of [[], ['a', 'b'], ['../admin'], ['x'.repeat(129)]]) {
    const parsed = parseRerunForm(
      form([...ids.map((id): [string, string] => ['documentId', id]), ['skill', 'language']]),
    );
    assert.ok(!parsed.ok, `ids ${JSON.stringify(ids)}`);
    assert.equal(parsed.errors[0]?.message, 'The form does not name one document.');
    assert.deepEqual(parsed.selected, ['language']);
  }
});

test('refuses malformed skill names and keeps the good ones selected', () => {
  const parsed = parseRerunForm(
    form([
      ['documentId', 'abc123'],
      ['skill', 'language'],
      ['skill', '<script>'],
    ]),
  );
  assert.ok(!parsed.ok);
  assert.deepEqual(parsed.errors, [
    { code: 'BAD_USER_INPUT', message: 'Not a skill name: "<script>".' },
  ]);
  assert.deepEqual(parsed.selected, ['language']);
});

test('refuses more than 20 skills', () => {
  const many = Array.from({ length: 21 }, (_, i): [string, string] => ['skill', `s${i}`]);
  const parsed = parseRerunForm(form([['documentId', 'abc123'], ...many]));
  assert.ok(!parsed.ok);
  assert.equal(parsed.errors[0]?.message, 'Choose at most 20 skills.');
  assert.equal(parsed.selected.length, 20);
});

test('error state keeps codes, adds hints, drops duplicates', () => {
  const forbidden = { code: 'FORBIDDEN', message: 'No write access to collection c1.' };
  assert.deepEqual(rerunErrorState([forbidden, forbidden], ['language']), {
    status: 'error',
    selected: ['language'],
    errors: [
      {
        code: 'FORBIDDEN',
        message:
          'No write access to collection c1. Re-running skills needs write access to this document’s collection.',
      },
    ],
  });
  const input = { code: 'BAD_USER_INPUT', message: 'Unknown skill: x.' };
  assert.deepEqual(rerunErrorState([input], []).status, 'error');
  assert.deepEqual(
    rerunErrorState([input], []),
    { status: 'error', errors: [input], selected: [] },
    'codes without a hint keep their message as is',
  );
});

test('error state never comes out empty', () => {
  const state = rerunErrorState([], ['language']);
  assert.ok(state.status === 'error');
  assert.equal(state.errors[0]?.code, 'INTERNAL_SERVER_ERROR');
});

test('job monitor link only for URL-safe ids', () => {
  assert.equal(jobMonitorHref('cmj1abc_2-x'), '/ingest/jobs/cmj1abc_2-x');
  assert.equal(jobMonitorHref('a/b'), null);
  assert.equal(jobMonitorHref(''), null);
  assert.equal(jobMonitorHref(42), null);
  assert.equal(jobMonitorHref(undefined), null);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { MAX_NAME_LENGTH, parseCurationForm } from './curation-form.ts';

function form(entries: Array<[string, string]>): FormData {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
}

const KEY = 'wikipedia:Friedrich_Merz';

test('each action reads its fields, trimmed', () => {
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'rename'],
        ['key', KEY],
        ['name', '  Fritz   Merz '],
      ]),
    ),
    {
      ok: true,
      request: { action: 'rename', key: KEY, name: 'Fritz Merz' },
    },
  );
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'retype'],
        ['key', KEY],
        ['type', 'PERSON'],
      ]),
    ),
    {
      ok: true,
      request: { action: 'retype', key: KEY, type: 'PERSON' },
    },
  );
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'hide'],
        ['key', KEY],
      ]),
    ),
    {
      ok: true,
      request: { action: 'hide', key: KEY },
    },
  );
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'unmerge'],
        ['key', KEY],
        ['member', 'name:PERSON:merz'],
      ]),
    ),
    {
      ok: true,
      request: { action: 'unmerge', key: 'name:PERSON:merz', from: KEY },
    },
  );
});

test('merge goes either way: the chosen entity into this one, or this one into it', () => {
  const base: Array<[string, string]> = [
    ['action', 'merge'],
    ['key', KEY],
    ['other', 'name:PERSON:merz'],
  ];
  assert.deepEqual(parseCurationForm(form(base)), {
    ok: true,
    request: { action: 'merge', keys: ['name:PERSON:merz'], into: KEY },
  });
  assert.deepEqual(parseCurationForm(form([...base, ['direction', 'into-other']])), {
    ok: true,
    request: { action: 'merge', keys: [KEY], into: 'name:PERSON:merz' },
  });
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'merge'],
        ['key', KEY],
        ['other', KEY],
      ]),
    ),
    {
      ok: false,
      message: 'An entity cannot be merged with itself.',
    },
  );
});

test('split takes the ticked aliases once each, with an optional name and type', () => {
  const parsed = parseCurationForm(
    form([
      ['action', 'split'],
      ['key', KEY],
      ['alias', 'Merz'],
      ['alias', ' Merz '],
      ['alias', 'F. Merz'],
      ['name', ''],
      ['type', ''],
    ]),
  );
  assert.deepEqual(parsed, {
    ok: true,
    request: { action: 'split', key: KEY, aliases: ['Merz', 'F. Merz'], name: null, type: null },
  });
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'split'],
        ['key', KEY],
      ]),
    ),
    {
      ok: false,
      message: 'Tick the aliases to split out.',
    },
  );
});

test('a wrong link is the whole link unless aliases are ticked', () => {
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'markLinkWrong'],
        ['key', KEY],
      ]),
    ),
    {
      ok: true,
      request: { action: 'markLinkWrong', key: KEY, aliases: null },
    },
  );
  assert.deepEqual(
    parseCurationForm(
      form([
        ['action', 'markLinkWrong'],
        ['key', KEY],
        ['alias', 'Merz'],
      ]),
    ),
    { ok: true, request: { action: 'markLinkWrong', key: KEY, aliases: ['Merz'] } },
  );
});

test('missing or bad fields are answered in words', () => {
  const messages = [
    form([
      ['action', 'rename'],
      ['name', 'x'],
    ]),
    form([
      ['action', 'rename'],
      ['key', KEY],
      ['name', '  '],
    ]),
    form([
      ['action', 'rename'],
      ['key', KEY],
      ['name', 'x'.repeat(MAX_NAME_LENGTH + 1)],
    ]),
    form([
      ['action', 'retype'],
      ['key', KEY],
      ['type', 'ALIEN'],
    ]),
    form([
      ['action', 'merge'],
      ['key', KEY],
    ]),
    form([
      ['action', 'unmerge'],
      ['key', KEY],
    ]),
    form([
      ['action', 'explode'],
      ['key', KEY],
    ]),
  ].map((data) => {
    const parsed = parseCurationForm(data);
    assert.equal(parsed.ok, false);
    return parsed.ok ? '' : parsed.message;
  });
  assert.deepEqual(messages, [
    'The form did not name the entity.',
    'Enter the new name.',
    `A name is at most ${MAX_NAME_LENGTH} characters.`,
    'Choose one of the entity types.',
    'Choose the entity to merge with.',
    'The form did not name the merged entity.',
    'Unknown curation action.',
  ]);
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { parseTokenForm } from './token-form.ts';

function form(entries: Array<[string, string]>): URLSearchParams {
  return new URLSearchParams(entries);
}

test('reads a valid token form; unrestricted tokens send no collection list', () => {
  const result = parseTokenForm(
    form([
      ['name', ' nightly import '],
      ['scopes', 'WRITE'],
      ['scopes', 'READ'],
      ['expiresInDays', '30'],
      ['collectionIds', 'c1'],
    ]),
  );
  assert.deepEqual(result, {
    ok: true,
    input: { name: 'nightly import', scopes: ['READ', 'WRITE'], expiresInDays: 30 },
  });
});

test('restricted tokens carry the chosen collections', () => {
  const result = parseTokenForm(
    form([
      ['name', 'x'],
      ['scopes', 'READ'],
      ['expiresInDays', '365'],
      ['restrict', 'on'],
      ['collectionIds', 'c1'],
      ['collectionIds', 'c2'],
    ]),
  );
  assert.equal(result.ok, true);
  assert.deepEqual(result.ok && result.input.collectionIds, ['c1', 'c2']);
});

test('lists every problem: name, scopes, expiry range and format, empty restriction', () => {
  for (const days of ['0', '366', '1.5', '-3', 'abc', '']) {
    const result = parseTokenForm(
      form([
        ['name', 'x'],
        ['scopes', 'READ'],
        ['expiresInDays', days],
      ]),
    );
    assert.equal(result.ok, false, `expiry ${JSON.stringify(days)}`);
  }
  const result = parseTokenForm(
    form([
      ['scopes', 'ROOT'],
      ['expiresInDays', '10'],
      ['restrict', 'on'],
    ]),
  );
  assert.deepEqual(result, {
    ok: false,
    errors: [
      'Give the token a name.',
      'Choose at least one scope.',
      'Choose at least one collection, or do not restrict the token.',
    ],
  });
  assert.equal(
    parseTokenForm(
      form([
        ['name', 'n'.repeat(101)],
        ['scopes', 'READ'],
        ['expiresInDays', '1'],
      ]),
    ).ok,
    false,
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { access, id, ids, requiredName, roles, text } from './form-fields.ts';

function form(entries: Array<[string, string]>): URLSearchParams {
  return new URLSearchParams(entries);
}

test('reads trimmed text and id-shaped ids only', () => {
  const f = form([
    ['name', '  Ana  '],
    ['id', 'ckx_12-ab'],
    ['bad', '../x'],
  ]);
  assert.equal(text(f, 'name'), 'Ana');
  assert.equal(text(f, 'missing'), '');
  assert.equal(id(f, 'id'), 'ckx_12-ab');
  assert.equal(id(f, 'bad'), null);
  assert.equal(id(f, 'missing'), null);
});

test('collects checkbox ids without duplicates or forged values', () => {
  const f = form([
    ['c', 'a1'],
    ['c', 'a1'],
    ['c', 'b2'],
    ['c', 'x y'],
  ]);
  assert.deepEqual(ids(f, 'c'), ['a1', 'b2']);
});

test('keeps known roles in the API order and known access levels only', () => {
  const f = form([
    ['roles', 'VIEWER'],
    ['roles', 'ROOT'],
    ['roles', 'ADMIN'],
    ['access', 'WRITE'],
  ]);
  assert.deepEqual(roles(f), ['ADMIN', 'VIEWER']);
  assert.equal(access(f), 'WRITE');
  assert.equal(access(form([['access', 'OWNER']])), null);
});

test('requires a name within the length limit', () => {
  assert.deepEqual(requiredName(form([['n', ' x ']]), 'n', 'Name'), { ok: true, value: 'x' });
  assert.deepEqual(requiredName(form([]), 'n', 'Name'), {
    ok: false,
    message: 'Name is required.',
  });
  assert.equal(requiredName(form([['n', 'abcd']]), 'n', 'Name', 3).ok, false);
});

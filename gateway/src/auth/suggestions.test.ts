import assert from 'node:assert/strict';
import { test } from 'node:test';
import { buildSchema, parse, validate } from 'graphql';
import { withoutSuggestions } from './suggestions.ts';

test("graphql-js's own suggestions are cut, the rest of the message stays", () => {
  const schema = buildSchema(
    'enum Role { ADMIN } type User { email: String } type Query { me(role: Role): User }',
  );
  const errors = validate(schema, parse('{ me(role: ADMN) { emial } }')).map((e) => e.toJSON());
  assert.ok(errors.length >= 2);
  assert.ok(
    errors.every((e) => /Did you mean/.test(e.message)),
    'the schema suggests',
  );
  const cut = withoutSuggestions(errors);
  for (const error of cut) assert.doesNotMatch(error.message, /Did you mean|email|ADMIN"/);
  assert.ok(cut.some((e) => e.message === 'Cannot query field "emial" on type "User".'));
  const plain = { message: 'You do not have permission to do this.' };
  assert.deepEqual(withoutSuggestions([plain]), [plain]);
});

import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { buildSchema, getIntrospectionQuery, parse } from 'graphql';
import { SUPERGRAPH_PATH } from '../supergraph/compose.ts';
import { countAliases } from './aliases.ts';
import { checkDocument } from './check-document.ts';
import { DEFAULT_LIST_SIZE, queryComplexity } from './complexity.ts';
import { queryDepth } from './depth.ts';
import { hasCircularIntrospection } from './introspection.ts';

// The committed supergraph: the same fields, arguments and list types the gateway serves.
const schema = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });
const federated =
  '{ me { email } documents(first: 5) { nodes { id title collection { name } entities { name type } } } }';
const defaults = { maxDepth: 12, maxAliases: 30, maxComplexity: 5000 };

const nested = (levels: number) =>
  `{ ${'documents { nodes { collection { '.repeat(levels)}id${' } } }'.repeat(levels)} }`;

test('depth counts field nesting through fragments, and cuts fragment cycles', () => {
  assert.equal(queryDepth(parse('{ me { email } }')), 2);
  assert.equal(queryDepth(parse(federated)), 4);
  assert.equal(queryDepth(parse(nested(4))), 13);
  assert.equal(
    queryDepth(
      parse(
        '{ ...A } fragment A on Query { me { ... on User { ...B } } } fragment B on User { email }',
      ),
    ),
    2,
  );
  assert.equal(queryDepth(parse('{ me { ...A } } fragment A on User { me { ...A } }')), 2);
});

test('aliases are counted wherever they are written', () => {
  assert.equal(
    countAliases(parse('{ a: me { b: email } ...F } fragment F on Query { c: me { id } }')),
    3,
  );
  assert.equal(countAliases(parse(federated)), 0);
});

test('complexity: 1 a field, lists times first/limit or 10, a counted page not counted twice', () => {
  assert.equal(queryComplexity(parse('{ me { email } }'), schema), 2);
  // documents 1 + 5 × (nodes 1 + id, title, collection 2, entities 1 + 10 × 2) = 1 + 5 × 26
  assert.equal(
    queryComplexity(
      parse(
        '{ documents(first: 5) { nodes { id title collection { name } entities { name type } } } }',
      ),
      schema,
    ),
    131,
  );
  assert.equal(
    queryComplexity(parse('query($n: Int) { documents(first: $n) { nodes { id } } }'), schema, {
      n: 50,
    }),
    1 + 50 * 2,
  );
  // No argument given: the schema's default (first: Int = 20).
  assert.equal(queryComplexity(parse('{ documents { nodes { id } } }'), schema), 1 + 20 * 2);
  assert.equal(
    queryComplexity(parse('{ collections { id name } }'), schema),
    1 + DEFAULT_LIST_SIZE * 2,
  );
  // A list of plain values counts its selection once: search 1 + 20 × (hits 1 + document 2 +
  // snippets 1 + text 1 + highlights 1 + start, end 2 + facets 1 + formats 1 + value, count 2):
  // the page's count multiplies its whole selection.
  assert.equal(
    queryComplexity(
      parse(
        '{ search(query: "x") { hits { document { id } snippets { text highlights { start end } } } facets { formats { value count } } } }',
      ),
      schema,
    ),
    1 + 20 * 12,
  );
  // Unknown fields still cost 1 (the document is not validated yet).
  assert.equal(queryComplexity(parse('{ nope { deeper } }'), schema), 2);
});

test('the standard introspection query passes every default limit; circular introspection does not', () => {
  const introspection = parse(
    getIntrospectionQuery({ descriptions: true, inputValueDeprecation: true }),
  );
  assert.equal(hasCircularIntrospection(introspection), false);
  assert.equal(checkDocument(introspection, schema, {}, defaults), null);
  const circular = parse('{ __schema { types { fields { type { fields { name } } } } } }');
  assert.equal(hasCircularIntrospection(circular), true);
  assert.equal(checkDocument(circular, schema, {}, defaults)?.extensions.code, 'QUERY_TOO_DEEP');
});

test('checkDocument refuses each abuse with its code and lets the federated query through', () => {
  const code = (source: string, variables = {}) =>
    checkDocument(parse(source), schema, variables, defaults)?.extensions.code ?? null;
  assert.equal(code(federated), null);
  assert.equal(code(nested(4)), 'QUERY_TOO_DEEP');
  const aliased = `{ ${Array.from({ length: 31 }, (_, i) => `a${i}: me { email }`).join(' ')} }`;
  assert.equal(code(aliased), 'TOO_MANY_ALIASES');
  assert.equal(code('{ documents(first: 100000) { nodes { id } } }'), 'QUERY_TOO_COMPLEX');
  assert.equal(
    code('query($n: Int) { documents(first: $n) { nodes { id } } }', { n: 100000 }),
    'QUERY_TOO_COMPLEX',
  );
});

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

test('complexity counts records: objects 1, scalars free, lists by first/limit or 10, pages once', () => {
  assert.equal(queryComplexity(parse('{ me { email } }'), schema), 1);
  // documents 1 + 5 × (node 1 + collection 1 + entities 10 × 1); id, title, name, type are free.
  assert.equal(
    queryComplexity(
      parse(
        '{ documents(first: 5) { nodes { id title collection { name } entities(first: 10) { name type } } } }',
      ),
      schema,
    ),
    61,
  );
  // Without `first`, a list costs the schema's default: Document.entities(first: Int = 200).
  assert.equal(queryComplexity(parse(federated), schema), 1 + 1 + 5 * (1 + 1 + 200));
  assert.equal(
    queryComplexity(parse('query($n: Int) { documents(first: $n) { nodes { id } } }'), schema, {
      n: 50,
    }),
    1 + 50,
  );
  // No argument given: the schema's default (first: Int = 20).
  assert.equal(queryComplexity(parse('{ documents { nodes { id } } }'), schema), 1 + 20);
  assert.equal(queryComplexity(parse('{ collections { id name } }'), schema), DEFAULT_LIST_SIZE);
  // Lists of plain values cost 1 each: search 1 + 20 × (hit 1 + document 1 + snippets 1 +
  // highlights 1 + facets 1 + formats 1): the page's count multiplies its whole selection.
  assert.equal(
    queryComplexity(
      parse(
        '{ search(query: "x") { hits { document { id } snippets { text highlights { start end } } } facets { formats { value count } } } }',
      ),
      schema,
    ),
    1 + 20 * 6,
  );
  // Unknown fields with a selection still cost 1 (the document is not validated yet).
  assert.equal(queryComplexity(parse('{ nope { deeper } }'), schema), 1);
});

test('the pages the issue names fit the default limit: 50 users with their groups, 500 audit events', () => {
  const cost = (source: string) => queryComplexity(parse(source), schema);
  // users 1 + 50 × (user 1 + groups 10 × 1)
  assert.equal(
    cost(
      '{ users(first: 50) { nodes { id email name roles groups { id name } } totalCount endCursor } }',
    ),
    1 + 50 * 11,
  );
  // auditEvents 1 + 500 × (event 1 + actor 1), however many columns each event selects.
  assert.equal(
    cost(
      '{ auditEvents(first: 500) { nodes { id at actorId actor { id email name } action target outcome ip details } totalCount endCursor hasNextPage } }',
    ),
    1 + 500 * 2,
  );
  // A list with its own count multiplies by it: 3 × (entity 1 + documents 2 × 1).
  assert.equal(cost('{ topEntities(first: 3) { key documents(first: 2) { id } } }'), 3 * (1 + 2));
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

import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { test } from 'node:test';
import {
  buildSchema,
  getOperationAST,
  print,
  validate,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { WEB_OPERATIONS } from '@quarry/web/operations';
import { SUPERGRAPH_PATH } from '../supergraph/compose.ts';
// The gateway's own checks and defaults, not a copy: what the web app sends must pass them.
import { checkDocument } from './check-document.ts';
import { DEFAULT_LIMITS } from './limits.ts';

/** web/src, found from the module the web app exports its operations from (src/lib/operations). */
const webSource = join(
  dirname(fileURLToPath(import.meta.resolve('@quarry/web/operations'))),
  '../..',
);
const supergraph = buildSchema(readFileSync(SUPERGRAPH_PATH, 'utf8'), { assumeValidSDL: true });

/** The document's one operation (the fragments it spreads come with it). */
function operationOf(document: DocumentNode): OperationDefinitionNode {
  const operation = getOperationAST(document);
  assert.ok(operation, 'one operation per document');
  return operation;
}

const operationName = (document: DocumentNode) =>
  operationOf(document).name?.value ?? '(anonymous)';

test('every operation the web app sends is valid against the supergraph and within every limit', () => {
  assert.ok(WEB_OPERATIONS.length > 0);
  for (const { document, variables } of WEB_OPERATIONS) {
    const name = operationName(document);
    assert.deepEqual(
      validate(supergraph, document).map((error) => error.message),
      [],
      `${name} is not valid`,
    );
    assert.ok(print(document).length <= DEFAULT_LIMITS.maxQueryLength, `${name} is too long`);
    assert.ok(variables.length > 0, `${name}: list the variables it is sent with`);
    for (const values of variables) {
      const refusal = checkDocument(document, supergraph, values, DEFAULT_LIMITS);
      assert.equal(refusal, null, `${name} ${JSON.stringify(values)}: ${refusal?.message}`);
    }
  }
});

/** Named operations written in the web app's source, tests left out. */
function operationsInSource(): Map<string, string> {
  const found = new Map<string, string>();
  const src = webSource;
  const files = readdirSync(src, { recursive: true, encoding: 'utf8' }).filter(
    (file) => /\.tsx?$/.test(file) && !/\.test\.tsx?$/.test(file),
  );
  for (const file of files) {
    const text = readFileSync(join(src, file), 'utf8');
    for (const match of text.matchAll(/\b(?:query|mutation|subscription)\s+([A-Z]\w*)\s*[({]/g)) {
      found.set(match[1]!, file);
    }
    // An anonymous operation has no name to find: every document must name its operation.
    for (const match of text.matchAll(
      /\bgraphql\(\s*`\s*(?:\{|(?:query|mutation|subscription)\s*[({])/g,
    )) {
      found.set(`(anonymous operation at offset ${match.index})`, file);
    }
  }
  return found;
}

test('every operation written in web/src is listed in WEB_OPERATIONS (so the test above covers it)', () => {
  const listed = new Set(WEB_OPERATIONS.map(({ document }) => operationName(document)));
  assert.ok(!listed.has('(anonymous)'), 'name every operation: the scan below finds names');
  const inSource = operationsInSource();
  assert.ok(inSource.size >= listed.size - 1, 'the scan finds the operations');
  const missing = [...inSource].filter(([name]) => !listed.has(name));
  assert.deepEqual(
    missing.map(([name, file]) => `${name} (${file})`),
    [],
    'add these to web/src/lib/operations/index.ts',
  );
});

import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { test } from 'node:test';
import {
  composeFromWorkspaces,
  composeSupergraph,
  CompositionError,
  SUPERGRAPH_PATH,
} from './compose.ts';

test('the committed supergraph matches a fresh composition', async () => {
  const committed = await readFile(SUPERGRAPH_PATH, 'utf8');
  assert.ok(
    committed === (await composeFromWorkspaces()),
    'supergraph.graphql is stale: run npm run compose -w @quarry/gateway',
  );
});

test('composition problems are reported as CompositionError', () => {
  const clash =
    'extend schema @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key"]) type Query { me: String }';
  assert.throws(
    () =>
      composeSupergraph({
        accounts: clash,
        documents: clash.replace('String', 'Int'),
        graph: clash,
      }),
    (error: unknown) => error instanceof CompositionError && error.errors.length > 0,
  );
});

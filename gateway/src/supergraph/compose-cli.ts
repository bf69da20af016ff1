// Writes gateway/supergraph.graphql from the three subgraph SDLs: npm run compose -w @quarry/gateway
import { writeFile } from 'node:fs/promises';
import { composeFromWorkspaces, CompositionError, SUPERGRAPH_PATH } from './compose.ts';

try {
  await writeFile(SUPERGRAPH_PATH, await composeFromWorkspaces());
  process.stdout.write(`wrote ${SUPERGRAPH_PATH}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof CompositionError ? error.message : String(error)}\n`);
  process.exit(1);
}

// Writes the generated subgraph SDL to schema.graphql so it can be reviewed and diffed:
// npm run print-sdl -w @quarry/subgraph-graph
import { writeFile } from 'node:fs/promises';
import { SCHEMA_PATH, schemaFileText } from './schema-file.ts';

await writeFile(SCHEMA_PATH, await schemaFileText());
process.stdout.write(`wrote ${SCHEMA_PATH}\n`);

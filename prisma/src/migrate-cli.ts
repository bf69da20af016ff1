import { readDatabaseUrl } from './env.ts';
import { migrate } from './migrate.ts';

/** `DATABASE_URL=… node src/migrate-cli.ts`: applies the pending migrations of the URL's provider. */
const result = await migrate(readDatabaseUrl());
process.stdout.write(`${JSON.stringify(result)}\n`);

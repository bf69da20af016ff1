import { readDatabaseUrl } from './env.ts';
import { migrate } from './migrate.ts';

/** `DATABASE_URL=file:./quarry.db node src/migrate-cli.ts`: applies pending SQLite migrations. */
const result = await migrate(readDatabaseUrl());
process.stdout.write(`${JSON.stringify(result)}\n`);

// `node prisma/src/on-postgresql-cli.ts <command…>`: runs a workspace's integration tests a second
// time on PostgreSQL (QUARRY_TEST_DATABASE=postgresql). Without a server (DATABASE_URL_POSTGRES unset)
// the pass is skipped with a notice on a developer's machine, and fails in CI (CI=true), where the
// test stack always runs one.
import { spawnSync } from 'node:child_process';
import { postgresPassEnv, readTestDatabaseEnv } from './env.ts';

const [command, ...args] = process.argv.slice(2);
if (!command) {
  process.stderr.write('usage: node on-postgresql-cli.ts <command> [args…]\n');
  process.exit(64);
}
const env = readTestDatabaseEnv();
if (!env.postgresUrl) {
  const why = 'DATABASE_URL_POSTGRES is not set (./quarry test starts PostgreSQL and sets it)';
  if (env.ci) {
    process.stderr.write(`PostgreSQL pass cannot run: ${why}\n`);
    process.exit(1);
  }
  process.stdout.write(`PostgreSQL pass skipped: ${why}\n`);
  process.exit(0);
}
const result = spawnSync(command, args, {
  stdio: 'inherit',
  env: postgresPassEnv(),
});
process.exit(result.status ?? 1);

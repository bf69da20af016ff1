import { randomBytes } from 'node:crypto';
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { appUrls } from '../connections.ts';
import { loadStackEnv, repoRoot, toolEnv } from '../env.ts';
import { loadSamples } from '../samples.ts';
import { context, down, upApp, upStores } from '../stack.ts';
import { bin, exec } from './exec.ts';
import { add, countTests, summaryLines, ZERO, type Counts } from './test-counts.ts';
import { failedTurboTasks, taskOutputTail } from './turbo-failures.ts';

/** 20 files through CoreNLP on two busy cores: a few minutes; the bound only stops a stuck stage. */
const SAMPLE_KNOWLEDGE_TIMEOUT_MS = 30 * 60_000;

type Say = (line: string) => void;

function readEnvFile(file: string): Record<string, string> {
  const entries = readFileSync(file, 'utf8')
    .split('\n')
    .filter((line) => line && !line.startsWith('#') && line.includes('='))
    .map((line) => [line.slice(0, line.indexOf('=')), line.slice(line.indexOf('=') + 1)] as const);
  return Object.fromEntries(entries);
}

/**
 * `quarry test`: every tier against real parts. The test profile has its own ports and a data folder
 * wiped at the start, so runs are repeatable and never touch a developer's running stack.
 */
export async function runAllTests(say: Say): Promise<number> {
  const adminPassword = randomBytes(18).toString('base64url');
  // The test stack signs in with single sign-on too: a real minimal OIDC provider in this process
  // stands in for Entra ID (its sign-in page asks only for an email).
  const { startTestOidcIssuer } = await import('@quarry/subgraph-accounts/testing');
  const idp = await startTestOidcIssuer();
  const env = loadStackEnv({
    ...toolEnv(),
    QUARRY_PROFILE: 'test',
    QUARRY_ADMIN_PASSWORD: adminPassword,
    QUARRY_DATA_DIR: undefined,
    QUARRY_OIDC_ISSUER: idp.issuer,
    QUARRY_OIDC_CLIENT_ID: idp.clientId,
    QUARRY_OIDC_CLIENT_SECRET: idp.clientSecret,
    QUARRY_OIDC_NAME: 'Test ID',
  });
  const ctx = context(env);
  const failures: string[] = [];
  const failedTaskReports: string[] = [];
  let counts: Counts = ZERO;
  const phase = async (
    name: string,
    command: string,
    args: string[],
    extraEnv: Record<string, string> = {},
    cwd = repoRoot,
  ) => {
    say(`\n=== ${name}`);
    const result = await exec(command, args, {
      cwd,
      env: toolEnv({ NEXT_TELEMETRY_DISABLED: '1', ...extraEnv }),
    });
    counts = add(counts, countTests(result.output));
    if (result.code !== 0) {
      const tasks = failedTurboTasks(result.output);
      failures.push(tasks.length > 0 ? `${name} (${tasks.join(', ')})` : name);
      for (const task of tasks)
        failedTaskReports.push(`\n--- ${task}, last lines`, ...taskOutputTail(result.output, task));
    }
    return result.code === 0;
  };

  await down(ctx, say);
  rmSync(env.dataDir, { recursive: true, force: true });
  const fresh = context(env);
  try {
    await phase('formatting (Prettier)', bin('prettier'), ['--check', '--log-level=warn', '.']);
    await phase('lint, typecheck, unit tests', bin('turbo'), [
      'run',
      'lint',
      'typecheck',
      'test:unit',
      '--output-logs=full',
      '--continue',
    ]);
    await upStores(fresh, say);
    const stores = readEnvFile(join(env.dataDir, 'stack.env'));
    await phase(
      'integration tests (real Elasticsearch, Neo4j, SQLite, PostgreSQL, Redis, CoreNLP)',
      'npm',
      ['run', 'test:int', '--workspaces', '--if-present'],
      stores,
    );
    if (
      await phase('build', bin('turbo'), ['run', 'generate', 'build', '--output-logs=errors-only'])
    ) {
      const admin = await upApp(fresh, say);
      // The entity-graph journey explores the sample corpus, so its knowledge must be in the graph.
      say('\n=== loading the sample corpus (indexed and enriched)');
      try {
        await loadSamples(fresh, say, { knowledge: true, timeoutMs: SAMPLE_KNOWLEDGE_TIMEOUT_MS });
      } catch (error) {
        say(error instanceof Error ? error.message : String(error));
        failures.push('loading the sample corpus');
      }
      await phase(
        'end-to-end tests (Playwright, Debian Chromium)',
        bin('playwright'),
        ['test'],
        {
          QUARRY_WEB_URL: appUrls(fresh).WEB_URL,
          QUARRY_E2E_EMAIL: admin.adminEmail,
          QUARRY_E2E_PASSWORD: adminPassword,
          QUARRY_E2E_SSO_NAME: 'Test ID',
        },
        join(repoRoot, 'e2e'),
      );
    }
  } finally {
    say('\n=== stopping the test stack');
    await down(fresh, say);
    await idp.close();
  }
  say('');
  for (const line of failedTaskReports) say(line);
  if (failures.length > 0) say(`Failed: ${failures.join('; ')}`);
  // One plain closing line, the same whichever runner produced the counts, after any flaky tests.
  for (const line of summaryLines(counts)) say(line);
  return failures.length === 0 && counts.failed === 0 ? 0 : 1;
}

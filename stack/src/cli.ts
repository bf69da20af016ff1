import { spawn } from 'node:child_process';
import { EnvError } from '@quarry/service-kit';
import { loadStackEnv } from './env.ts';
import { PrerequisiteError } from './prerequisites.ts';
import { paths } from './processes.ts';
import { context, down, status, StackError, upApp, upStores } from './stack.ts';
import { ALL_SERVICES } from './services/index.ts';
import { runQuarry } from './commands/run.ts';
import { runAllTests } from './commands/test.ts';

const USAGE = `usage: quarry <command>
  run                      build, start the whole stack, print the URL and login
  test                     run every test tier (unit, integration on the real stack, e2e in Chromium)
  up [--stores]            start the stack (only the stores with --stores); idempotent
  down                     stop the processes this stack started
  status                   show each service's pid, port and readiness
  logs [service] [-n N] [-f]  show (or follow) a service's log
Environment: QUARRY_PROFILE=dev|test and the settings in README "Configuration".`;

const say = (line: string) => process.stdout.write(`${line}\n`);

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv[0] === 'stack' ? argv.slice(1) : argv;
  const env = loadStackEnv();
  switch (command) {
    case 'run':
      return runQuarry(env, say);
    case 'test':
      return runAllTests(say);
    case 'up': {
      const ctx = context(env);
      await upStores(ctx, say);
      if (!rest.includes('--stores')) {
        const admin = await upApp(ctx, say);
        if (admin.adminPassword)
          say(
            `First admin created: ${admin.adminEmail} with password ${admin.adminPassword} (shown only this once)`,
          );
      }
      return 0;
    }
    case 'down':
      say(`Stopping the ${env.QUARRY_PROFILE} stack`);
      await down(context(env), say);
      return 0;
    case 'status': {
      const states = await status(context(env));
      for (const s of states) {
        say(
          `${s.name.padEnd(14)} ${(s.pid === null ? 'stopped' : `pid ${s.pid}`).padEnd(12)} port ${String(s.port).padEnd(6)} ${s.ready ? 'ready' : 'not ready'}`,
        );
      }
      return states.every((s) => s.ready) ? 0 : 3;
    }
    case 'logs': {
      const name = rest.find((a) => !a.startsWith('-') && !/^\d+$/.test(a)) ?? 'gateway';
      if (!ALL_SERVICES.some((s) => s.name === name)) {
        say(`unknown service "${name}"; one of: ${ALL_SERVICES.map((s) => s.name).join(', ')}`);
        return 2;
      }
      const n = rest.includes('-n') ? (rest[rest.indexOf('-n') + 1] ?? '100') : '100';
      const args = ['-n', n, ...(rest.includes('-f') ? ['-f'] : []), paths(env.dataDir, name).log];
      return new Promise((resolve) =>
        spawn('tail', args, { stdio: 'inherit' }).on('exit', (code) => resolve(code ?? 0)),
      );
    }
    default:
      say(USAGE);
      return command === undefined || command === 'help' || command === '--help' ? 0 : 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => process.exit(code),
  (error: unknown) => {
    // Known failure kinds get their message alone: a clear instruction, not a stack trace.
    if (
      error instanceof EnvError ||
      error instanceof StackError ||
      error instanceof PrerequisiteError
    ) {
      process.stderr.write(`\nquarry: ${error.message}\n`);
      process.exit(1);
    }
    process.stderr.write(
      `\nquarry: unexpected failure: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
    );
    process.exit(1);
  },
);

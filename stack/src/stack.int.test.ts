import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, test } from 'node:test';
import { EnvError } from '@quarry/service-kit';
import { loadStackEnv } from './env.ts';
import { PrerequisiteError, requireCommand } from './prerequisites.ts';
import { freePort, httpStatus } from './probes.ts';
import { paths, runningPid } from './processes.ts';
import type { ManagedService } from './services/index.ts';
import { context, down, StackError, startServices, status } from './stack.ts';

// Real child processes stand in for the stores here: the stack manager's own behaviour (start,
// probe, idempotence, stop by pid, failure messages) is what is under test.
const dataDir = mkdtempSync(join(tmpdir(), 'quarry-stack-test-'));
after(() => rmSync(dataDir, { recursive: true, force: true }));
const quiet = () => {};

function ctx(timeoutSeconds = 20) {
  return context(
    loadStackEnv({
      ...process.env,
      QUARRY_DATA_DIR: dataDir,
      QUARRY_START_TIMEOUT_S: String(timeoutSeconds),
    }),
  );
}

function service(name: string, port: number, script: string): ManagedService {
  return {
    name,
    kind: 'app',
    port: () => port,
    spec: () => ({
      command: process.execPath,
      args: ['-e', script],
      cwd: dataDir,
      env: { PATH: process.env.PATH ?? '' },
    }),
    ready: async () => (await httpStatus(`http://127.0.0.1:${port}/`)) === 200,
  };
}

const httpServer = (port: number) =>
  `require('node:http').createServer((q, s) => s.end('ok')).listen(${port}, '127.0.0.1')`;

test('up starts a service, a second up leaves it running, down stops it by pid', async () => {
  const port = await freePort();
  const web = service('fake-web', port, httpServer(port));
  const c = ctx();
  await startServices(c, [web], quiet);
  const pid = runningPid(dataDir, 'fake-web');
  assert.ok(pid !== null);
  assert.equal(await httpStatus(`http://127.0.0.1:${port}/`), 200);
  await startServices(c, [web], quiet);
  assert.equal(runningPid(dataDir, 'fake-web'), pid, 'the second up must not start another copy');
  await down(c, quiet, [web]);
  assert.equal(runningPid(dataDir, 'fake-web'), null);
  assert.equal(await httpStatus(`http://127.0.0.1:${port}/`), 0);
});

test('a port taken by another program is named in the error', async () => {
  const port = await freePort();
  const squatter: Server = createServer();
  await new Promise<void>((resolve) => squatter.listen(port, '127.0.0.1', resolve));
  try {
    await assert.rejects(
      startServices(ctx(), [service('fake-busy', port, httpServer(port))], quiet),
      (error: unknown) => {
        assert.ok(error instanceof StackError);
        assert.match(
          error.message,
          new RegExp(`fake-busy: port ${port} is already in use by another program`),
        );
        return true;
      },
    );
  } finally {
    squatter.close();
  }
});

test('a service that dies at start-up fails at once with its log tail', async () => {
  const port = await freePort();
  const crash = service(
    'fake-crash',
    port,
    "console.error('cannot open the data folder'); process.exit(3)",
  );
  await assert.rejects(startServices(ctx(), [crash], quiet), (error: unknown) => {
    assert.ok(error instanceof StackError);
    assert.match(error.message, /fake-crash exited during start-up/);
    assert.match(error.message, /cannot open the data folder/);
    return true;
  });
});

test('a service that never becomes ready times out, naming it', async () => {
  const port = await freePort();
  const stuck = service(
    'fake-stuck',
    port,
    "console.log('warming up forever'); setInterval(() => {}, 1000)",
  );
  const c = ctx(2);
  try {
    await assert.rejects(startServices(c, [stuck], quiet), (error: unknown) => {
      assert.ok(error instanceof StackError);
      assert.match(error.message, /fake-stuck did not become ready within 2 s/);
      assert.match(error.message, /warming up forever/);
      return true;
    });
  } finally {
    await down(c, quiet, [stuck]);
  }
});

test('a pid file whose process start time differs is not ours', () => {
  writeFileSync(paths(dataDir, 'fake-reused').pid, `${process.pid} 1\n`);
  assert.equal(runningPid(dataDir, 'fake-reused'), null);
});

test('status reports stopped services as not ready', async () => {
  const states = await status(ctx());
  assert.ok(states.length > 0);
  assert.ok(states.every((s) => s.pid === null && !s.ready));
});

test('malformed settings are all listed at once', () => {
  assert.throws(
    () =>
      loadStackEnv({
        QUARRY_ES_PORT: 'ninety-two',
        QUARRY_ES_HEAP: 'lots',
        QUARRY_ADMIN_PASSWORD: 'short',
      }),
    (error: unknown) => {
      assert.ok(error instanceof EnvError);
      const text = error.message;
      assert.match(text, /QUARRY_ES_PORT="ninety-two"/);
      assert.match(text, /QUARRY_ES_HEAP="lots": must look like 512m or 2g/);
      assert.match(text, /QUARRY_ADMIN_PASSWORD="short"/);
      return true;
    },
  );
});

test('a missing Java or Maven gets an instruction, not a stack trace', () => {
  assert.throws(
    () =>
      requireCommand('mvn', 'Install Maven 3.8+ (Debian: apt-get install maven).', '/nonexistent'),
    (error: unknown) => {
      assert.ok(error instanceof PrerequisiteError);
      assert.match(error.message, /mvn was not found on PATH\. Install Maven/);
      return true;
    },
  );
});

// Cracking off the caller's thread, under a wall-clock and a memory limit. A parser can hang (a
// quadratic regular expression on hostile XML, a loop in a damaged file) or balloon (a file that
// expands far beyond its size in memory); in the caller's own thread either would stall or kill
// the whole process and every other file it works on. Here each file is cracked in a worker
// thread with a heap limit; a thread that runs past the time limit is terminated, one that runs
// out of heap dies alone, and the file fails with that reason while a fresh thread takes its place.
import { Worker } from 'node:worker_threads';
import { formatBytes } from '../failure.ts';
import type { CrackInput, CrackLimits, CrackResult } from '../types.ts';

/** What a crack thread is sent (crack-thread.ts). */
export interface CrackRequest {
  bytes: Uint8Array;
  fileName: string;
  limits: Partial<CrackLimits>;
}

type CrackReply = { result: CrackResult } | { fault: string };

/** What a new thread says once its modules are loaded: its start-up is not the file's time. */
export const READY = 'ready';

export interface CrackPoolOptions {
  /** Threads cracking at once; more requests wait their turn. */
  threads: number;
  /** Wall-clock limit per file, from when its thread starts on it. */
  timeoutMs: number;
  /** Heap limit of each thread (V8's old generation, where parsers keep what they build). */
  maxHeapMb: number;
}

interface Task {
  request: CrackRequest;
  resolve(result: CrackResult): void;
  reject(error: Error): void;
}

const THREAD = new URL('./crack-thread.ts', import.meta.url);

export class CrackPool {
  readonly #options: CrackPoolOptions;
  readonly #idle: Worker[] = [];
  readonly #busy = new Set<Worker>();
  readonly #waiting: Task[] = [];
  #closed = false;

  constructor(options: CrackPoolOptions) {
    this.#options = options;
  }

  /** Like crack(), with the pool's limits on time and memory: exceeding one is a failed result. */
  crack(input: CrackInput, limits: Partial<CrackLimits> = {}): Promise<CrackResult> {
    if (this.#closed) return Promise.reject(new Error('the crack pool is closed'));
    return new Promise((resolve, reject) => {
      this.#waiting.push({
        request: { bytes: input.bytes, fileName: input.fileName, limits },
        resolve,
        reject,
      });
      this.#next();
    });
  }

  /**
   * Starts the threads now rather than with the first files, so those do not wait while a thread
   * loads the crackers (a second or more on a busy machine). Resolves once they are ready; a
   * thread that fails to start is left to be started again by the first file that needs it.
   */
  async warm(): Promise<void> {
    const starting: Array<Promise<void>> = [];
    for (let i = this.#idle.length + this.#busy.size; i < this.#options.threads; i++) {
      const worker = this.#spawn();
      this.#busy.add(worker);
      starting.push(
        new Promise<void>((resolve) => {
          const done = (ok: boolean) => {
            worker.off('message', ready).off('error', failed);
            this.#busy.delete(worker);
            if (ok && !this.#closed) {
              worker.unref();
              this.#idle.push(worker);
              this.#next();
            } else void worker.terminate();
            resolve();
          };
          const ready = (message: unknown) => message === READY && done(true);
          const failed = () => done(false);
          worker.on('message', ready).once('error', failed);
        }),
      );
    }
    await Promise.all(starting);
  }

  /** Stops every thread; cracks still running fail. */
  async close(): Promise<void> {
    this.#closed = true;
    for (const task of this.#waiting.splice(0)) task.reject(new Error('the crack pool is closed'));
    await Promise.all([...this.#idle.splice(0), ...this.#busy].map((worker) => worker.terminate()));
  }

  #next(): void {
    while (this.#waiting.length > 0) {
      const worker = this.#idle.pop();
      if (worker) {
        this.#run(worker, this.#waiting.shift()!);
        continue;
      }
      if (this.#busy.size >= this.#options.threads) return;
      this.#start(this.#waiting.shift()!);
    }
  }

  /** A new thread for `task`, which it gets once it has loaded the crackers. */
  #start(task: Task): void {
    const worker = this.#spawn();
    this.#busy.add(worker);
    const failed = (error: Error) => {
      worker.off('message', ready);
      this.#busy.delete(worker);
      void worker.terminate();
      task.reject(error);
      this.#next();
    };
    const ready = (message: unknown) => {
      if (message !== READY) return;
      worker.off('message', ready).off('error', failed);
      this.#run(worker, task);
    };
    worker.on('message', ready).once('error', failed);
  }

  #spawn(): Worker {
    return new Worker(THREAD, {
      resourceLimits: { maxOldGenerationSizeMb: this.#options.maxHeapMb },
    });
  }

  #run(worker: Worker, task: Task): void {
    this.#busy.add(worker);
    // An idle thread must not keep the process alive; a working one must (someone awaits it).
    worker.ref();
    let settled = false;
    const settle = (outcome: CrackResult | Error, discard: boolean) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      worker.off('message', onMessage).off('error', onError).off('exit', onExit);
      this.#busy.delete(worker);
      if (discard || this.#closed) void worker.terminate();
      else {
        worker.unref();
        this.#idle.push(worker);
      }
      if (outcome instanceof Error) task.reject(outcome);
      else task.resolve(outcome);
      this.#next();
    };
    const { timeoutMs, maxHeapMb } = this.#options;
    const size = formatBytes(task.request.bytes.byteLength);
    const timer = setTimeout(
      () =>
        settle(
          {
            ok: false,
            reason: 'timeout',
            message: `Reading this file (${size}) took longer than the ${Math.round(timeoutMs / 1000)} s limit; Quarry stopped it.`,
          },
          true,
        ),
      timeoutMs,
    );
    const onMessage = (reply: CrackReply) =>
      'result' in reply
        ? settle(reply.result, false)
        : settle(new Error(`cracking failed: ${reply.fault}`), true);
    const onError = (error: Error & { code?: string }) =>
      error.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? settle(
            {
              ok: false,
              reason: 'out-of-memory',
              message: `Reading this file (${size}) needed more than the ${maxHeapMb} MB of memory one file may use; Quarry stopped it.`,
            },
            true,
          )
        : settle(error, true);
    const onExit = (code: number) =>
      settle(new Error(`the crack thread stopped (exit code ${code})`), true);
    worker.on('message', onMessage).on('error', onError).on('exit', onExit);
    worker.postMessage(task.request);
  }
}

// Outlook .msg files whose compound-file structure is damaged the ways that make
// msgreader spin or run out of memory, and OLE files that are not messages. The files
// come from the test tooling's .msg writer and are then damaged on purpose here.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { Worker } from 'node:worker_threads';
import CFB from 'cfb';
import { crack, sniff } from '../index.ts';
import type { CrackResult } from '../index.ts';
import { msg } from '../test-fixtures/msg-writer.ts';

const SECTOR = 512; // the writer makes version 3 files
const ENDOFCHAIN = 0xfffffffe;

function sample(): Uint8Array {
  return msg({
    subject: 'Chile background briefing',
    from: { name: 'Analyst One', email: 'analyst@example.org' },
    to: [{ name: 'Research Desk', email: 'desk@example.org' }],
    sent: new Date('2025-04-02T09:30:00Z'),
    body: 'Chile declared independence from Spain in 1818. '.repeat(60), // a regular (non-mini) stream
    attachments: [
      { fileName: 'notes.txt', contentType: 'text/plain', bytes: Buffer.from('Field notes') },
    ],
  });
}

/** Header and FAT access for damaging a file the way a bad disk or a hostile sender would. */
function compoundFile(bytes: Uint8Array) {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const offsetOf = (sector: number): number => (sector + 1) * SECTOR;
  const fatSlot = (sector: number): number =>
    offsetOf(view.getUint32(0x4c + Math.floor(sector / 128) * 4, true)) + (sector % 128) * 4;
  const directory: number[] = [];
  for (let s = view.getUint32(0x30, true); s !== ENDOFCHAIN; s = view.getUint32(fatSlot(s), true)) {
    directory.push(s);
  }
  const entryOffset = (index: number): number =>
    offsetOf(directory[Math.floor(index / 4)]!) + (index % 4) * 128;
  const entryName = (index: number): string => {
    const at = entryOffset(index);
    const length = view.getUint16(at + 0x40, true);
    return Buffer.from(bytes.subarray(at, at + Math.max(length - 2, 0))).toString('utf16le');
  };
  const entryIndex = (name: string): number => {
    for (let i = 0; i < directory.length * 4; i += 1) if (entryName(i) === name) return i;
    throw new Error(`no entry ${name}`);
  };
  return { view, directory, fatSlot, entryOffset, entryIndex };
}

/**
 * Cracks in a worker thread with a deadline: the failure this guards against is a
 * synchronous loop inside msgreader, which no test timeout on this thread could stop.
 * The clock starts once the worker has loaded the crackers and cracked the undamaged sample
 * (loading them took over 5 s on a loaded 2-core machine, which once failed all five cases), and
 * the deadline is far above what cracking this small file takes (milliseconds), so only a real
 * loop can reach it.
 */
const DEADLINE_MS = 30_000;

function crackWithDeadline(bytes: Uint8Array, ms = DEADLINE_MS): Promise<CrackResult> {
  const worker = new Worker(
    `const { parentPort, workerData } = require('node:worker_threads');
     import(workerData.index).then(async ({ crack }) => {
       await crack({ bytes: workerData.warmUp, fileName: 'sample.msg' });
       parentPort.once('message', (bytes) =>
         crack({ bytes, fileName: 'damaged.msg' }).then((result) => parentPort.postMessage(result)));
       parentPort.postMessage('ready');
     });`,
    {
      eval: true,
      workerData: { index: new URL('../index.ts', import.meta.url).href, warmUp: sample() },
    },
  );
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    worker.on('message', (message: 'ready' | CrackResult) => {
      if (message === 'ready') {
        timer = setTimeout(() => {
          void worker.terminate();
          reject(new Error(`cracking did not finish within ${ms} ms`));
        }, ms);
        worker.postMessage(bytes);
        return;
      }
      clearTimeout(timer);
      void worker.terminate();
      resolve(message);
    });
    worker.once('error', (err: Error) => {
      clearTimeout(timer);
      reject(err);
    });
  });
}

async function expectCorrupt(bytes: Uint8Array, why: RegExp): Promise<void> {
  const result = await crackWithDeadline(bytes);
  if (result.ok) assert.fail('expected the damaged message to fail');
  assert.equal(result.reason, 'corrupt');
  assert.match(result.message, why);
}

describe('MSG: damaged compound-file structure fails as corrupt, quickly', () => {
  test('the undamaged sample cracks (so the failures below come from the damage)', async () => {
    const result = await crack({ bytes: sample(), fileName: 'sample.msg' });
    assert.ok(result.ok && result.title === 'Chile background briefing');
    assert.equal(result.children[0]?.fileName, 'notes.txt');
  });

  test('a FAT entry that loops the directory chain back to its start', async () => {
    const bytes = sample();
    const { view, directory, fatSlot } = compoundFile(bytes);
    assert.ok(directory.length > 1, 'the directory spans several sectors');
    view.setUint32(fatSlot(directory.at(-1)!), directory[0]!, true);
    await expectCorrupt(bytes, /sector chain loops/);
  });

  test('a mini FAT entry that points a small stream at itself', async () => {
    const bytes = sample();
    const { view, entryIndex, entryOffset } = compoundFile(bytes);
    const subject = entryOffset(entryIndex('__substg1.0_0037001F'));
    const start = view.getUint32(subject + 0x74, true);
    const miniFat = (view.getUint32(0x3c, true) + 1) * SECTOR;
    view.setUint32(miniFat + start * 4, start, true);
    await expectCorrupt(bytes, /sector chain loops/);
  });

  test('a directory sibling pointer that points back at itself', async () => {
    const bytes = sample();
    const { view, entryIndex, entryOffset } = compoundFile(bytes);
    const body = entryIndex('__substg1.0_1000001F');
    view.setUint32(entryOffset(body) + 0x48, body, true); // right sibling
    await expectCorrupt(bytes, /directory tree loops/);
  });

  test('a stream that claims more bytes than its sectors hold', async () => {
    const bytes = sample();
    const { view, entryIndex, entryOffset } = compoundFile(bytes);
    view.setUint32(entryOffset(entryIndex('__substg1.0_0037001F')) + 0x78, 4000, true);
    await expectCorrupt(bytes, /longer than the sectors/);
  });

  test('a file cut off inside its streams', async () => {
    const bytes = sample();
    await expectCorrupt(bytes.subarray(0, bytes.length - 3 * SECTOR), /past the end of the file/);
  });
});

describe('sniff: OLE compound files are told apart by their streams', () => {
  const ole = (streams: Record<string, Uint8Array>): Uint8Array => {
    const file = CFB.utils.cfb_new();
    for (const [name, bytes] of Object.entries(streams)) {
      CFB.utils.cfb_add(file, name, Buffer.from(bytes));
    }
    return new Uint8Array(CFB.write(file, { type: 'buffer' }) as Buffer);
  };

  test('an Outlook message is msg, whatever its name says', async () => {
    assert.deepEqual(await sniff(sample(), 'mail.doc'), {
      mediaType: 'application/vnd.ms-outlook',
      kind: 'msg',
    });
  });

  test('an encrypted Office package is encrypted-office, not msg', async () => {
    const bytes = ole({
      EncryptionInfo: new Uint8Array(64),
      EncryptedPackage: new Uint8Array(64),
    });
    assert.equal((await sniff(bytes, 'report.docx')).kind, 'encrypted-office');
    const result = await crack({ bytes, fileName: 'report.docx' });
    assert.equal(result.ok ? 'ok' : result.reason, 'encrypted');
  });

  test('any other OLE file (a legacy .doc) is unknown, not msg', async () => {
    const bytes = ole({ WordDocument: new Uint8Array(64), '\u0001CompObj': new Uint8Array(64) });
    assert.deepEqual(await sniff(bytes, 'letter.doc'), {
      mediaType: 'application/x-cfb',
      kind: 'unknown',
    });
  });
});

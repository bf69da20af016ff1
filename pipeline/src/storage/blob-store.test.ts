import assert from 'node:assert/strict';
import { createHash } from 'node:crypto';
import { mkdir, mkdtemp, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { Readable } from 'node:stream';
import { after, before, test } from 'node:test';
import { BlobStore, TooLargeError } from './blob-store.ts';

let dir: string;
let store: BlobStore;
before(async () => {
  dir = await mkdtemp(join(tmpdir(), 'quarry-blobs-'));
  store = new BlobStore(dir);
});
after(() => rm(dir, { recursive: true, force: true }));

const sha = (bytes: Buffer) => createHash('sha256').update(bytes).digest('hex');
/** The bytes in chunks of 64 KB, as a request body arrives. */
const body = (bytes: Buffer) =>
  Readable.from(
    Array.from({ length: Math.ceil(bytes.length / 65_536) || 1 }, (_, i) =>
      bytes.subarray(i * 65_536, (i + 1) * 65_536),
    ),
  );

test('small and large files are stored unchanged under their SHA-256', async () => {
  for (const size of [0, 10, 256 * 1024, 256 * 1024 + 1, 3 * 1024 * 1024]) {
    const bytes = Buffer.alloc(size, size % 251);
    const stored = await store.putStream(body(bytes), 10 * 1024 * 1024);
    assert.deepEqual(stored, { sha256: sha(bytes), sizeBytes: size });
    assert.ok((await store.read(stored.sha256)).equals(bytes), `${size} bytes read back`);
  }
  const again = await store.putStream(body(Buffer.alloc(10, 10)), 100);
  assert.equal(again.sha256, sha(Buffer.alloc(10, 10)), 'the same bytes twice are one file');
  const member = Buffer.from('a file found inside another');
  assert.deepEqual(await store.putBytes(member), { sha256: sha(member), sizeBytes: member.length });
  assert.deepEqual(await readdir(join(dir, 'blobs', 'tmp')), [], 'no temp file left behind');
});

test('a file over the limit is refused, small or streamed, and leaves nothing behind', async () => {
  await assert.rejects(store.putStream(body(Buffer.alloc(1_001)), 1_000), TooLargeError);
  await assert.rejects(store.putStream(body(Buffer.alloc(600 * 1024)), 512 * 1024), TooLargeError);
  assert.equal(await store.has(sha(Buffer.alloc(1_001))), false);
  assert.deepEqual(await readdir(join(dir, 'blobs', 'tmp')), []);
});

test('a source that fails part way fails the write and leaves nothing behind', async () => {
  const broken = new Readable({
    read() {
      this.push(Buffer.alloc(300 * 1024));
      this.destroy(new Error('connection reset'));
    },
  });
  await assert.rejects(store.putStream(broken, 10 * 1024 * 1024), /connection reset/);
  assert.deepEqual(await readdir(join(dir, 'blobs', 'tmp')), []);
});

test('blobs live one folder deep; those an older store put two folders deep are still found', async () => {
  const bytes = Buffer.from('stored by this version');
  const { sha256 } = await store.putBytes(bytes);
  assert.equal(store.pathOf(sha256), join(dir, 'blobs', sha256.slice(0, 2), sha256));
  assert.equal(await store.locate(sha256), store.pathOf(sha256));

  const old = Buffer.from('stored before the one-level layout');
  const oldSha = sha(old);
  const oldPath = join(dir, 'blobs', oldSha.slice(0, 2), oldSha.slice(2, 4), oldSha);
  await mkdir(dirname(oldPath), { recursive: true });
  await writeFile(oldPath, old);
  assert.equal(await store.has(oldSha), true);
  assert.equal(await store.locate(oldSha), oldPath);
  assert.ok((await store.read(oldSha)).equals(old));
  const streamed: Buffer[] = [];
  for await (const chunk of store.open(oldPath)) streamed.push(chunk as Buffer);
  assert.ok(Buffer.concat(streamed).equals(old));

  const absent = sha(Buffer.from('never stored'));
  assert.equal(await store.locate(absent), null);
  await assert.rejects(store.read(absent), { code: 'ENOENT' });
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { walkEntries, type FsDirectoryEntry, type FsEntry, type FsFileEntry } from './entries.ts';

function file(fullPath: string, fail = false): FsFileEntry<string> {
  const name = fullPath.split('/').at(-1) ?? '';
  return {
    isFile: true,
    isDirectory: false,
    name,
    fullPath,
    file: (ok, err) =>
      setTimeout(() => (fail ? err?.(new Error('NotReadableError')) : ok(`bytes of ${name}`)), 0),
  };
}

/** A directory whose reader hands out children in batches, like Chromium (100 per call). */
function dir(fullPath: string, children: FsEntry<string>[], batch = 2): FsDirectoryEntry<string> {
  return {
    isFile: false,
    isDirectory: true,
    name: fullPath.split('/').at(-1) ?? '',
    fullPath,
    createReader() {
      let offset = 0;
      return {
        readEntries(ok) {
          const slice = children.slice(offset, offset + batch);
          offset += batch;
          setTimeout(() => ok(slice), 0);
        },
      };
    },
  };
}

test('walks nested folders, reading every batch, keeping relative paths in order', async () => {
  const tree = dir('/case', [
    file('/case/a.pdf'),
    file('/case/b.pdf'),
    file('/case/c.pdf'),
    dir('/case/mail', [file('/case/mail/1.eml'), dir('/case/mail/empty', [])]),
    file('/case/z.txt'),
  ]);
  const result = await walkEntries([tree, file('/loose.txt')]);
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['case/a.pdf', 'case/b.pdf', 'case/c.pdf', 'case/mail/1.eml', 'case/z.txt', 'loose.txt'],
  );
  assert.equal(result.files[0]?.file, 'bytes of a.pdf');
  assert.deepEqual(result.errors, []);
});

test('an unreadable file is reported and the walk goes on', async () => {
  const result = await walkEntries([dir('/d', [file('/d/bad.bin', true), file('/d/ok.txt')])]);
  assert.deepEqual(
    result.files.map((f) => f.path),
    ['d/ok.txt'],
  );
  assert.deepEqual(result.errors, ['d/bad.bin: NotReadableError']);
});

test('a large folder reports progress and ends with the final count', async () => {
  const many = Array.from({ length: 250 }, (_, i) => file(`/big/f${i}.txt`));
  const seen: number[] = [];
  const result = await walkEntries([dir('/big', many, 100)], (n) => seen.push(n));
  assert.equal(result.files.length, 250);
  assert.deepEqual(seen, [100, 200, 250]);
});

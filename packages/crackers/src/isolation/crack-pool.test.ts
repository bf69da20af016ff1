import assert from 'node:assert/strict';
import { after, test } from 'node:test';
import { strToU8, unzipSync, zipSync, type Zippable } from 'fflate';
import { crack } from '../crack.ts';
import { hangingOds, odsPackage } from '../test-fixtures/hostile.ts';
import { docx, ods } from '../test-fixtures/writers.ts';
import { CrackPool } from './crack-pool.ts';

const goodOds = () =>
  ods({ title: 'Depots', author: 'Ops', sheets: [{ name: 'Depots', rows: [['North', 3]] }] });

const pools: CrackPool[] = [];
const pool = (options: { threads?: number; timeoutMs?: number; maxHeapMb?: number } = {}) => {
  const created = new CrackPool({ threads: 1, timeoutMs: 60_000, maxHeapMb: 512, ...options });
  pools.push(created);
  return created;
};
after(() => Promise.all(pools.map((p) => p.close())));

test('an OOXML zip bomb fails as a zip bomb: a Word part that would inflate 1000:1', async () => {
  const real = await docx({
    title: 'Memo',
    author: 'Ops',
    sections: [{ paragraphs: ['The northern depot reopened.'] }],
  });
  // The same package with one more part: 20 MB of spaces that deflate to ~20 KB.
  const parts: Zippable = unzipSync(real);
  parts['word/padding.xml'] = new Uint8Array(20 * 1024 * 1024).fill(0x20);
  const result = await pool().crack({ bytes: zipSync(parts), fileName: 'memo.docx' });
  assert.equal(result.ok, false);
  assert.equal(!result.ok && result.reason, 'zip-bomb');
  assert.match(!result.ok ? result.message : '', /word\/padding\.xml/);
});

test('an ODF zip bomb fails as a zip bomb: more entries than the limit', async () => {
  const entries: Zippable = {};
  for (let i = 0; i < 10_001; i++) entries[`Pictures/${i}.png`] = strToU8('');
  const bytes = odsPackage('<office:document-content/>', entries);
  const result = await pool().crack({ bytes, fileName: 'sheet.ods' });
  assert.equal(!result.ok && result.reason, 'zip-bomb');
  assert.match(!result.ok ? result.message : '', /10004 entries/);
});

test('a file that hangs its parser fails with timeout, and the pool goes on with the next', async () => {
  const limited = pool({ timeoutMs: 1_000 });
  const hung = await limited.crack({ bytes: hangingOds(), fileName: 'hang.ods' });
  assert.deepEqual([hung.ok, !hung.ok && hung.reason], [false, 'timeout']);
  assert.match(!hung.ok ? hung.message : '', /1 s limit/);
  const next = await limited.crack({ bytes: goodOds(), fileName: 'depots.ods' });
  assert.equal(next.ok, true);
  assert.match(next.ok ? next.text : '', /North/);
});

test('a file that balloons its parser fails with out-of-memory, and the pool goes on', async () => {
  const limited = pool({ maxHeapMb: 32 });
  // 16 MB of CSV: its two million lines, split to learn the table's shape, need far more heap
  // than 32 MB (a real limit is 1 GB: PIPELINE_CRACK_MEMORY_MB).
  const rows = strToU8('north,3\n'.repeat(2_000_000));
  const ballooned = await limited.crack({ bytes: rows, fileName: 'depots.csv' });
  assert.deepEqual([ballooned.ok, !ballooned.ok && ballooned.reason], [false, 'out-of-memory']);
  const next = await limited.crack({ bytes: goodOds(), fileName: 'depots.ods' });
  assert.equal(next.ok, true);
});

test('in the pool a file cracks exactly as crack() cracks it, children included', async () => {
  const bytes = zipSync({ 'a.txt': strToU8('alpha'), 'b/c.txt': strToU8('gamma') });
  const warmed = pool({ threads: 2 });
  await warmed.warm();
  const [direct, pooled] = await Promise.all([
    crack({ bytes, fileName: 'two.zip' }),
    warmed.crack({ bytes, fileName: 'two.zip' }),
  ]);
  // Children's bytes come back as plain Uint8Arrays: compare their content.
  const plain = (result: typeof direct) =>
    result.ok
      ? { ...result, children: result.children.map((c) => ({ ...c, bytes: [...c.bytes] })) }
      : result;
  assert.deepEqual(plain(pooled), plain(direct));
});

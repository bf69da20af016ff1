import assert from 'node:assert/strict';
import { test } from 'node:test';
import { isJunkPath, relativePathOf, selectFiles, uploadUrl } from './paths.ts';

test('system litter is junk, real files are not', () => {
  for (const junk of [
    '.DS_Store',
    'docs/.ds_store',
    'Thumbs.db',
    'a/b/desktop.ini',
    'docs/._report.pdf',
    '~$letter.docx',
    '__MACOSX/docs/report.pdf',
  ])
    assert.equal(isJunkPath(junk), true, junk);
  for (const real of [
    'report.pdf',
    'docs/.hidden-notes.txt',
    'thumbs.db.txt',
    'empty.txt',
    'a/b/c.eml',
  ])
    assert.equal(isJunkPath(real), false, real);
});

test('relative paths come from the folder picker or the drop, else the name', () => {
  assert.equal(relativePathOf('a.pdf', ''), 'a.pdf');
  assert.equal(relativePathOf('a.pdf', null), 'a.pdf');
  assert.equal(relativePathOf('a.pdf', 'docs/2026/a.pdf'), 'docs/2026/a.pdf');
  assert.equal(relativePathOf('a.pdf', '/docs/a.pdf'), 'docs/a.pdf');
  assert.equal(relativePathOf('a.pdf', 'docs\\sub\\a.pdf'), 'docs/sub/a.pdf');
  assert.equal(relativePathOf('a.pdf', './docs//a.pdf'), 'docs/a.pdf');
  assert.equal(relativePathOf('a.pdf', '///'), 'a.pdf');
});

test('selectFiles drops junk and paths already listed, keeping order', () => {
  const result = selectFiles(new Set(['docs/old.pdf']), [
    { file: 1, path: 'docs/old.pdf' },
    { file: 2, path: 'docs/.DS_Store' },
    { file: 3, path: 'docs/new.pdf' },
    { file: 4, path: 'docs/new.pdf' },
    { file: 5, path: 'docs/empty.txt' },
  ]);
  assert.deepEqual(
    result.added.map((a) => a.file),
    [3, 5],
  );
  assert.equal(result.skippedJunk, 1);
  assert.equal(result.skippedDuplicates, 2);
});

test('uploadUrl encodes the job id and the path', () => {
  assert.equal(
    uploadUrl('job_1', 'Ordner/ä b&c?.pdf'),
    '/api/ingest/jobs/job_1/files?path=Ordner%2F%C3%A4%20b%26c%3F.pdf',
  );
  assert.equal(uploadUrl('a/b', 'x'), '/api/ingest/jobs/a%2Fb/files?path=x');
});

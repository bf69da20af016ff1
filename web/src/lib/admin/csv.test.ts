import assert from 'node:assert/strict';
import { test } from 'node:test';
import { csvCell, csvRow } from './csv.ts';

test('prefixes cells that a spreadsheet would run as a formula with an apostrophe', () => {
  assert.equal(csvCell('=HYPERLINK("http://evil","x")'), `"'=HYPERLINK(""http://evil"",""x"")"`);
  assert.equal(csvCell('+1+2'), "'+1+2");
  assert.equal(csvCell('-2+3'), "'-2+3");
  assert.equal(csvCell('@SUM(A1)'), "'@SUM(A1)");
  assert.equal(csvCell('\t=1'), "'\t=1");
  assert.equal(csvCell('\r=1'), `"'\r=1"`);
});

test('leaves ordinary text alone and only neutralises a formula at the start', () => {
  assert.equal(csvCell('user.create'), 'user.create');
  assert.equal(csvCell('a=b'), 'a=b');
  assert.equal(csvCell('2026-11-24T00:00:00Z'), '2026-11-24T00:00:00Z');
  assert.equal(csvCell(''), '');
  assert.equal(csvCell(null), '');
});

test('quotes commas, quotes and line breaks, doubling inner quotes', () => {
  assert.equal(csvCell('a,b'), '"a,b"');
  assert.equal(csvCell('say "hi"'), '"say ""hi"""');
  assert.equal(csvCell('two\nlines'), '"two\nlines"');
  assert.equal(csvRow(['x', '=1', null, '{"a":1}']), `x,'=1,,"{""a"":1}"\r\n`);
});

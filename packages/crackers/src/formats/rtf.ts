// RTF by a small tokenizer instead of a library: the format is a stream of groups,
// control words and text, and we only need the text plus the \info title. Groups
// that hold no visible text (font tables, pictures, {\*\...} destinations) are skipped.
import iconv from 'iconv-lite';
import { CrackFailed } from '../failure.ts';
import { tidy } from '../xml-text.ts';
import type { Extracted, Metadata } from '../types.ts';

const SKIP_DESTINATIONS = new Set([
  'fonttbl',
  'colortbl',
  'stylesheet',
  'listtable',
  'listoverridetable',
  'revtbl',
  'rsidtbl',
  'pict',
  'object',
  'header',
  'footer',
  'headerl',
  'headerr',
  'footerl',
  'footerr',
  'xmlnstbl',
  'themedata',
  'colorschememapping',
  'datastore',
  'latentstyles',
  'generator',
  'fldinst',
  'bkmkstart',
  'bkmkend',
]);
const INFO_FIELDS = new Set(['title', 'author', 'subject', 'keywords', 'operator', 'company']);
const SPECIAL: Record<string, string> = {
  par: '\n',
  line: '\n',
  sect: '\n\n',
  page: '\n\n',
  tab: '\t',
  cell: '\t',
  row: '\n',
  emdash: '\u2014',
  endash: '\u2013',
  bullet: '\u2022',
  lquote: '\u2018',
  rquote: '\u2019',
  ldblquote: '\u201c',
  rdblquote: '\u201d',
  emspace: ' ',
  enspace: ' ',
  qmspace: ' ',
};

interface GroupState {
  skip: boolean;
  /** Characters to drop after a \uN escape (its ANSI fallback). */
  uc: number;
  /** Which \info field this group feeds, if any. */
  field?: string;
}

export function crackRtf(bytes: Uint8Array): Extracted {
  const src = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength).toString('latin1');
  if (!src.trimStart().startsWith('{\\rtf'))
    throw new CrackFailed('corrupt', 'This RTF file has no RTF header; it is damaged.');
  let codepage = 'windows-1252';
  const out: string[] = [];
  const info: Record<string, string> = {};
  const stack: GroupState[] = [];
  let state: GroupState = { skip: false, uc: 1 };
  let pendingSkip = 0; // fallback characters still to drop after \uN
  let hexBytes: number[] = [];

  const emit = (s: string): void => {
    if (state.skip) return;
    if (state.field) info[state.field] = (info[state.field] ?? '') + s;
    else out.push(s);
  };
  const flushHex = (): void => {
    if (hexBytes.length) emit(iconv.decode(Buffer.from(hexBytes), codepage));
    hexBytes = [];
  };

  let i = 0;
  let destinationNext = false; // set by \* : the next control word names an ignorable group
  while (i < src.length) {
    const c = src[i]!;
    if (c === '{') {
      flushHex();
      stack.push(state);
      state = { ...state };
      i += 1;
      continue;
    }
    if (c === '}') {
      flushHex();
      state = stack.pop() ?? state;
      i += 1;
      continue;
    }
    if (c === '\\') {
      const next = src[i + 1] ?? '';
      if (next === "'") {
        const hex = parseInt(src.slice(i + 2, i + 4), 16);
        i += 4;
        if (pendingSkip > 0) pendingSkip -= 1;
        else if (!Number.isNaN(hex)) hexBytes.push(hex);
        continue;
      }
      flushHex();
      if (/[a-zA-Z]/.test(next)) {
        const m = /^\\([a-zA-Z]+)(-?\d+)? ?/.exec(src.slice(i, i + 64))!;
        i += m[0].length;
        const word = m[1]!;
        const arg = m[2] === undefined ? undefined : Number(m[2]);
        if (destinationNext || SKIP_DESTINATIONS.has(word)) {
          destinationNext = false;
          if (!INFO_FIELDS.has(word)) state.skip = true;
          continue;
        }
        if (word === 'info') continue;
        if (INFO_FIELDS.has(word)) {
          state.field = word;
          continue;
        }
        if (word === 'ansicpg' && arg !== undefined && iconv.encodingExists(`cp${arg}`))
          codepage = `cp${arg}`;
        else if (word === 'uc' && arg !== undefined) state.uc = arg;
        else if (word === 'u' && arg !== undefined) {
          emit(String.fromCharCode(arg < 0 ? arg + 65536 : arg));
          pendingSkip = state.uc;
        } else if (SPECIAL[word]) emit(SPECIAL[word]);
        continue;
      }
      if (next === '*') destinationNext = true;
      else if (next === '~') emit('\u00a0');
      else if (next === '-' || next === '_') emit(next === '_' ? '-' : '');
      else if (next === '\n' || next === '\r') emit('\n');
      else emit(next); // escaped \ { }
      i += 2;
      continue;
    }
    if (c === '\r' || c === '\n') {
      i += 1; // raw line breaks are not text in RTF
      continue;
    }
    if (pendingSkip > 0) pendingSkip -= 1;
    else emit(c);
    i += 1;
  }
  flushHex();
  const metadata: Metadata = { codepage };
  for (const [key, value] of Object.entries(info))
    if (key !== 'title' && value.trim()) metadata[key] = value.trim();
  return {
    title: info.title?.trim() || undefined,
    text: tidy(out.join('')),
    metadata,
    children: [],
    warnings: [],
  };
}

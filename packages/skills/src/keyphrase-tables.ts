import { MAX_PHRASE_WORDS } from './phrases.ts';

/*
 * The tables the key-phrase scan counts into (keyphrases-rake.ts): distinct lower-case words interned
 * to integer ids, and distinct phrases as runs of those ids. Both are open-addressing hash tables
 * over typed arrays, reused from chunk to chunk, so that counting a chunk's words and phrases makes
 * almost no garbage: a word seen before (stop words included) is found straight from the characters
 * of the text, with no string cut out for it.
 */

const DIGITS = /^[\p{N}.,'’-]+$/u;

/** Facts about a distinct word, worked out once when it is first seen (bit flags). */
export const IS_DIGITS = 1; // DIGITS: a number or amount, never part of a phrase
export const IS_ASCII_LETTERS = 2; // only a-z: PAST_TENSE is decided without the expression

/** The flags of a lower-case word. */
function wordFlags(word: string): number {
  let letters = true;
  for (let i = 0; i < word.length && letters; i++) {
    const code = word.charCodeAt(i);
    letters = code >= 0x61 && code <= 0x7a;
  }
  // Only a word starting with a digit or a non-ASCII character can be a number.
  const first = word.charCodeAt(0);
  const digits = (first < 0x30 || first > 0x7a || first <= 0x39) && DIGITS.test(word);
  return (digits ? IS_DIGITS : 0) | (letters ? IS_ASCII_LETTERS : 0);
}

export const FNV_OFFSET = 0x811c9dc5 | 0;
export const FNV_PRIME = 0x01000193;

/** FNV-1a over the code units of `word`: the hash both word tables use. */
export function hashString(word: string): number {
  let hash = FNV_OFFSET;
  for (let i = 0; i < word.length; i++) hash = Math.imul(hash ^ word.charCodeAt(i), FNV_PRIME);
  return hash;
}

/** Whether `word` is text[start, end) lower-cased, for text that is ASCII. */
export function equalsLoweredAscii(
  word: string,
  text: string,
  start: number,
  end: number,
): boolean {
  if (word.length !== end - start) return false;
  for (let i = start; i < end; i++) {
    let code = text.charCodeAt(i);
    if (code >= 0x41 && code <= 0x5a) code |= 0x20;
    if (word.charCodeAt(i - start) !== code) return false;
  }
  return true;
}

/** `larger`, holding the contents of `array` at its start. */
function grown<T extends Int32Array | Uint8Array>(array: T, larger: T): T {
  larger.set(array);
  return larger;
}

/**
 * Distinct lower-case words, each interned to an id (0, 1, ...) in an open-addressing hash table.
 * A word is looked up straight from the characters of the text, so most words (the ones seen
 * before, stop words included) cost no string at all; counts live in arrays indexed by id.
 */
export class WordTable {
  size = 0;
  words: string[] = [];
  hashes = new Int32Array(64);
  flags = new Uint8Array(64);
  counts = new Int32Array(64);
  private slots = new Int32Array(128); // id + 1; 0 is an empty slot

  clear(): void {
    this.size = 0;
    this.words.length = 0; // the last chunk's words are not kept alive
    this.slots.fill(0);
  }

  /** The id of ASCII text[start, end) lower-cased, whose hash is `hash`; -1 when absent. */
  findAscii(text: string, start: number, end: number, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === hash && equalsLoweredAscii(this.words[id]!, text, start, end)) {
        return id;
      }
    }
  }

  find(word: string, hash: number): number {
    const mask = this.slots.length - 1;
    for (let slot = hash & mask; ; slot = (slot + 1) & mask) {
      const id = this.slots[slot]! - 1;
      if (id < 0) return -1;
      if (this.hashes[id] === hash && this.words[id] === word) return id;
    }
  }

  /** Adds a word known to be absent; returns its id. */
  add(word: string, hash: number): number {
    const id = this.size++;
    if (id === this.hashes.length) this.grow();
    this.words[id] = word;
    this.hashes[id] = hash;
    this.counts[id] = 0;
    this.flags[id] = wordFlags(word);
    // At most half full, so probes stay short.
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.place(id);
    return id;
  }

  private place(id: number): void {
    const mask = this.slots.length - 1;
    let slot = this.hashes[id]! & mask;
    while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
    this.slots[slot] = id + 1;
  }

  private grow(): void {
    const capacity = this.hashes.length * 2;
    this.hashes = grown(this.hashes, new Int32Array(capacity));
    this.flags = grown(this.flags, new Uint8Array(capacity));
    this.counts = grown(this.counts, new Int32Array(capacity));
  }

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(slotCount);
    for (let id = 0; id < this.size; id++) this.place(id);
  }
}

/**
 * Distinct phrases (runs of up to MAX_PHRASE_WORDS word ids), each with its count and its first
 * occurrence. Two runs are the same phrase exactly when their ids are: ids stand for lower-case
 * words, so this is the case-insensitive comparison of the words themselves.
 */
export class PhraseTable {
  size = 0;
  ids = new Int32Array(64 * MAX_PHRASE_WORDS); // MAX_PHRASE_WORDS per phrase
  lengths = new Uint8Array(64);
  counts = new Int32Array(64);
  starts = new Int32Array(64);
  ends = new Int32Array(64);
  scores = new Float64Array(64);
  private hashes = new Int32Array(64);
  private slots = new Int32Array(128); // phrase + 1; 0 is an empty slot

  clear(): void {
    this.size = 0;
    this.slots.fill(0);
  }

  /** Counts one occurrence of the phrase run[0, length) found at text[start, end). */
  count(run: Int32Array, length: number, start: number, end: number): void {
    let hash = FNV_OFFSET;
    for (let k = 0; k < length; k++) hash = Math.imul(hash ^ run[k]!, FNV_PRIME);
    const mask = this.slots.length - 1;
    let slot = hash & mask;
    for (; ; slot = (slot + 1) & mask) {
      const phrase = this.slots[slot]! - 1;
      if (phrase < 0) break;
      if (this.hashes[phrase] === hash && this.sameIds(phrase, run, length)) {
        this.counts[phrase]!++;
        return;
      }
    }
    const phrase = this.size++;
    if (phrase === this.lengths.length) this.grow();
    this.ids.set(run.subarray(0, length), phrase * MAX_PHRASE_WORDS);
    this.lengths[phrase] = length;
    this.counts[phrase] = 1;
    this.starts[phrase] = start;
    this.ends[phrase] = end;
    this.hashes[phrase] = hash;
    if (this.size * 2 > this.slots.length) this.rehash(this.slots.length * 2);
    else this.slots[slot] = phrase + 1;
  }

  private sameIds(phrase: number, run: Int32Array, length: number): boolean {
    if (this.lengths[phrase] !== length) return false;
    const offset = phrase * MAX_PHRASE_WORDS;
    for (let k = 0; k < length; k++) if (this.ids[offset + k] !== run[k]) return false;
    return true;
  }

  private grow(): void {
    const capacity = this.lengths.length * 2;
    this.ids = grown(this.ids, new Int32Array(capacity * MAX_PHRASE_WORDS));
    this.lengths = grown(this.lengths, new Uint8Array(capacity));
    this.counts = grown(this.counts, new Int32Array(capacity));
    this.starts = grown(this.starts, new Int32Array(capacity));
    this.ends = grown(this.ends, new Int32Array(capacity));
    this.hashes = grown(this.hashes, new Int32Array(capacity));
    this.scores = new Float64Array(capacity); // filled in after the last phrase is counted
  }

  private rehash(slotCount: number): void {
    this.slots = new Int32Array(slotCount);
    const mask = slotCount - 1;
    for (let phrase = 0; phrase < this.size; phrase++) {
      let slot = this.hashes[phrase]! & mask;
      while (this.slots[slot] !== 0) slot = (slot + 1) & mask;
      this.slots[slot] = phrase + 1;
    }
  }
}

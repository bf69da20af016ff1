/** A Buffer view over the same memory: parsers that want Buffers get no copy. */
export function asBuffer(bytes: Uint8Array): Buffer {
  return Buffer.isBuffer(bytes)
    ? bytes
    : Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
}

/** Index of an ASCII needle in bytes, searching from `from`; -1 when absent. */
export function indexOfAscii(bytes: Uint8Array, needle: string, from = 0): number {
  return asBuffer(bytes).indexOf(needle, from, 'latin1');
}

// Text charset detection: valid UTF-8 (the common case) is decoded directly because
// statistical detectors misjudge short texts; otherwise BOMs, then chardet decide
// and iconv-lite decodes.
import chardet from 'chardet';
import iconv from 'iconv-lite';

export interface DecodedText {
  text: string;
  charset: string;
}

const utf8 = new TextDecoder('utf-8', { fatal: true });

export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: new TextDecoder('utf-8').decode(bytes.subarray(3)), charset: 'UTF-8' };
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16le'), charset: 'UTF-16LE' };
  if (bytes[0] === 0xfe && bytes[1] === 0xff)
    return { text: iconv.decode(Buffer.from(bytes.subarray(2)), 'utf-16be'), charset: 'UTF-16BE' };
  try {
    return { text: utf8.decode(bytes), charset: 'UTF-8' };
  } catch {
    // not UTF-8: fall through to the declared charset or detection
  }
  if (declared && iconv.encodingExists(declared)) {
    return { text: iconv.decode(Buffer.from(bytes), declared), charset: declared };
  }
  const detected = chardet.detect(bytes);
  // Latin-1 is reported for most Western single-byte text; windows-1252 is its
  // superset and what such files really are (curly quotes, euro sign).
  const charset = !detected || detected === 'ISO-8859-1' ? 'windows-1252' : detected;
  if (!iconv.encodingExists(charset))
    return { text: iconv.decode(Buffer.from(bytes), 'windows-1252'), charset: 'windows-1252' };
  return { text: iconv.decode(Buffer.from(bytes), charset), charset };
}

/** True when the bytes look like binary data rather than text in some charset. */
export function looksBinary(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  if (
    head.length >= 2 &&
    ((head[0] === 0xff && head[1] === 0xfe) || (head[0] === 0xfe && head[1] === 0xff))
  )
    return false;
  let control = 0;
  for (const b of head) {
    if (b === 0) return true;
    if (b < 9 || (b > 13 && b < 32 && b !== 27)) control += 1;
  }
  return control > head.length * 0.1;
}

/**
 * True when no byte of the head is a control character other than tab, line feed, form feed and
 * carriage return: what a text file in any 8-bit charset or UTF-8 is, and a binary file almost
 * never is (its headers hold lengths and flags with zero bytes).
 */
export function isTextThroughout(bytes: Uint8Array): boolean {
  const head = bytes.subarray(0, 8192);
  for (const b of head) {
    if (b < 32 && b !== 9 && b !== 10 && b !== 12 && b !== 13) return false;
    if (b === 127) return false;
  }
  return head.length > 0;
}

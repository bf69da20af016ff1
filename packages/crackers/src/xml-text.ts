// Small helpers for pulling text out of the XML inside OOXML and ODF packages. The
// parts we read have flat, well-known shapes, so targeted regular expressions are
// enough and avoid a full DOM for files that can hold millions of cells.

const NAMED: Record<string, string> = {
  amp: '&',
  lt: '<',
  gt: '>',
  quot: '"',
  apos: "'",
  nbsp: '\u00a0',
};

export function decodeEntities(s: string): string {
  return s.replace(/&(#x[0-9a-fA-F]+|#[0-9]+|[a-zA-Z]+);/g, (whole, code: string) => {
    if (code.startsWith('#x')) return safeCodePoint(parseInt(code.slice(2), 16), whole);
    if (code.startsWith('#')) return safeCodePoint(parseInt(code.slice(1), 10), whole);
    return NAMED[code] ?? whole;
  });
}

function safeCodePoint(n: number, fallback: string): string {
  return Number.isInteger(n) && n >= 0 && n <= 0x10ffff ? String.fromCodePoint(n) : fallback;
}

/** Text content of the first element with this qualified name, e.g. `dc:title`. */
export function firstElementText(xml: string | undefined, qname: string): string | undefined {
  if (!xml) return undefined;
  const match = new RegExp(`<${qname}(?:\\s[^>]*)?>([\\s\\S]*?)</${qname}>`).exec(xml);
  if (!match?.[1]) return undefined;
  const text = decodeEntities(match[1].replace(/<[^>]+>/g, '')).trim();
  return text || undefined;
}

/** Tidy extracted text: no trailing spaces, at most one blank line in a row. */
export function tidy(text: string): string {
  return text
    .replace(/[ \t]+\n/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

// Plain text, Markdown and CSV: decoded with charset detection and kept as they are,
// since the raw text is what search should see. Markdown's first heading is its title.
import { decodeText } from '../charset.ts';
import type { Extracted, FormatKind, Metadata } from '../types.ts';

function csvShape(text: string): Metadata {
  const lines = text.split(/\r?\n/).filter((l) => l.length > 0);
  const first = lines[0] ?? '';
  const delimiter = [',', ';', '\t'].sort(
    (a, b) => first.split(b).length - first.split(a).length,
  )[0]!;
  return {
    rows: lines.length,
    columns: first.split(delimiter).length,
    delimiter: delimiter === '\t' ? 'tab' : delimiter,
  };
}

export function crackText(bytes: Uint8Array, kind: FormatKind): Extracted {
  const { text, charset } = decodeText(bytes);
  const metadata: Metadata = { charset };
  let title: string | undefined;
  if (kind === 'md') title = /^#{1,2}\s+(.+?)\s*#*\s*$/m.exec(text)?.[1];
  if (kind === 'csv') Object.assign(metadata, csvShape(text));
  return { title, text: text.replace(/\r\n?/g, '\n'), metadata, children: [], warnings: [] };
}

// XLSX: every sheet as tab-separated rows under its name. Shared strings are resolved,
// inline strings and cached formula results are kept, numbers appear as stored.
import { CrackFailed } from '../failure.ts';
import { decodeEntities, tidy } from '../xml-text.ts';
import type { Archive } from '../archive.ts';
import type { CrackLimits, Extracted } from '../types.ts';
import { ooxmlProperties, withArchive } from './office-package.ts';

function textRuns(xml: string): string {
  return [...xml.matchAll(/<t(?:\s[^>]*)?>([\s\S]*?)<\/t>/g)]
    .map((m) => decodeEntities(m[1]!))
    .join('');
}

async function sharedStrings(archive: Archive): Promise<string[]> {
  const xml = (await archive.readText('xl/sharedStrings.xml')) ?? '';
  return [...xml.matchAll(/<si>([\s\S]*?)<\/si>/g)].map((m) => textRuns(m[1]!));
}

/** Sheet names and part paths in workbook order, resolved through the relationships. */
async function sheets(archive: Archive): Promise<{ name: string; path: string }[]> {
  const workbook = (await archive.readText('xl/workbook.xml')) ?? '';
  const rels = (await archive.readText('xl/_rels/workbook.xml.rels')) ?? '';
  const targets = new Map<string, string>();
  for (const m of rels.matchAll(/<Relationship\b[^>]*>/g)) {
    const id = /\bId="([^"]+)"/.exec(m[0])?.[1];
    const target = /\bTarget="([^"]+)"/.exec(m[0])?.[1];
    if (id && target) targets.set(id, target.startsWith('/') ? target.slice(1) : `xl/${target}`);
  }
  const result: { name: string; path: string }[] = [];
  for (const m of workbook.matchAll(/<sheet\b[^>]*>/g)) {
    const name = decodeEntities(/\bname="([^"]*)"/.exec(m[0])?.[1] ?? '');
    const id = /\br:id="([^"]+)"/.exec(m[0])?.[1];
    const path = id ? targets.get(id) : undefined;
    if (path) result.push({ name, path });
  }
  return result;
}

function sheetText(xml: string, strings: string[]): string {
  const rows: string[] = [];
  for (const row of xml.matchAll(/<row\b[^>]*>([\s\S]*?)<\/row>/g)) {
    const cells: string[] = [];
    for (const cell of row[1]!.matchAll(/<c\b([^>]*?)(?:\/>|>([\s\S]*?)<\/c>)/g)) {
      const attrs = cell[1] ?? '';
      const body = cell[2] ?? '';
      const type = /\bt="([^"]+)"/.exec(attrs)?.[1];
      const value = /<v>([\s\S]*?)<\/v>/.exec(body)?.[1];
      if (type === 's' && value !== undefined) cells.push(strings[Number(value)] ?? '');
      else if (type === 'inlineStr') cells.push(textRuns(body));
      else if (value !== undefined) cells.push(decodeEntities(value));
    }
    if (cells.some((c) => c.trim() !== '')) rows.push(cells.join('\t'));
  }
  return rows.join('\n');
}

export async function crackXlsx(bytes: Uint8Array, limits: CrackLimits): Promise<Extracted> {
  return withArchive(bytes, limits, async (archive) => {
    const list = await sheets(archive);
    if (list.length === 0)
      throw new CrackFailed('corrupt', 'This spreadsheet lists no sheets; it is damaged.');
    const strings = await sharedStrings(archive);
    const parts: string[] = [];
    for (const sheet of list) {
      const xml = await archive.readText(sheet.path);
      if (xml !== undefined) parts.push(`${sheet.name}\n${sheetText(xml, strings)}`);
    }
    const props = await ooxmlProperties(archive);
    return {
      title: props.title,
      text: tidy(parts.join('\n\n')),
      metadata: {
        ...props.metadata,
        sheetCount: list.length,
        sheetNames: list.map((s) => s.name).join(', '),
      },
      children: [],
      warnings: [],
    };
  });
}

// Tables of Factbook figures for the spreadsheet and CSV samples: one row per country,
// numbers parsed from the Factbook's text values where a column is numeric.
import { fieldText, plain, readProfile } from '@quarry/crackers/test-fixtures';
import type { Cell, Profile } from '@quarry/crackers/test-fixtures';

export interface Country {
  name: string;
  /** Corpus path, e.g. `europe/gm`. */
  path: string;
}

/** The first `{ text }` leaf under a field, e.g. the latest year of a yearly series. */
export function latest(profile: Profile, section: string, field: string, part?: string): string {
  let value: unknown = profile[section]?.[field];
  if (part !== undefined) {
    const record = value as Record<string, unknown> | undefined;
    // Some profiles keep a one-part field as a plain leaf: then the field itself is the part.
    if (typeof record?.text !== 'string') value = record?.[part];
  }
  while (typeof value === 'object' && value !== null) {
    const record = value as Record<string, unknown>;
    if (typeof record.text === 'string') return plain(record.text);
    value = Object.values(record)[0];
  }
  return typeof value === 'string' ? plain(value) : '';
}

const SCALE: Record<string, number> = { trillion: 1e12, billion: 1e9, million: 1e6 };

/** `$5.247 trillion (2024 est.)` -> 5247000000000; text without a number stays text. */
export function amount(text: string): Cell {
  const match = /(-?[\d,]*\.?\d+)\s*(trillion|billion|million)?/.exec(text);
  if (!match) return text;
  const value = Number(match[1]!.replace(/,/g, '')) * (SCALE[match[2] ?? ''] ?? 1);
  return Math.round(value * 100) / 100;
}

/** `(2024 est.)` from a value, for the column header. */
export const yearOf = (text: string): string => /\((\d{4})/.exec(text)?.[1] ?? '';

export interface Column {
  header: string;
  cell: (profile: Profile) => Cell;
}

export async function table(countries: Country[], columns: Column[]): Promise<Cell[][]> {
  const rows: Cell[][] = [['Country', ...columns.map((c) => c.header)]];
  for (const c of countries) {
    const profile = await readProfile(c.path);
    rows.push([c.name, ...columns.map((col) => col.cell(profile))]);
  }
  return rows;
}

/** A numeric column from the latest value of a field. */
export const number = (
  header: string,
  section: string,
  field: string,
  part?: string,
  divisor = 1,
): Column => ({
  header,
  cell: (p) => {
    const value = amount(latest(p, section, field, part));
    return typeof value === 'number' ? Math.round((value / divisor) * 100) / 100 : value;
  },
});

/** A text column: the whole field as a sentence, or one part of it. */
export const text = (header: string, section: string, field: string, part?: string): Column => ({
  header,
  cell: (p) =>
    part === undefined ? fieldText(p[section]?.[field]) : latest(p, section, field, part),
});

// CSV (RFC 4180) that is safe to open in a spreadsheet. Pure, unit-tested.

// A cell starting with one of these is run as a formula by Excel/LibreOffice/Sheets (CSV
// injection, OWASP); tab and carriage return are included because spreadsheets strip them first.
const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: formula starts neutralised with a leading ', then quoted when needed. */
export function csvCell(value: string | null | undefined): string {
  let text = value ?? '';
  if (FORMULA_START.test(text)) text = `'${text}`;
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;
}

/** One record, CRLF-terminated as RFC 4180 asks. */
export function csvRow(values: ReadonlyArray<string | null | undefined>): string {
  return `${values.map(csvCell).join(',')}\r\n`;
}

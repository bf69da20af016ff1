// Files built to hurt a parser, for the tests of the crack limits (isolation/crack-pool.ts) and of
// the pipeline that relies on them.
import { strToU8, zipSync, type Zippable } from 'fflate';

const ODS = 'application/vnd.oasis.opendocument.spreadsheet';

/** An OpenDocument spreadsheet package as office suites write it: the media type first, stored. */
export function odsPackage(content: string, extra: Zippable = {}): Uint8Array {
  return zipSync({
    mimetype: [strToU8(ODS), { level: 0 }],
    'content.xml': strToU8(content),
    'META-INF/manifest.xml': strToU8('<manifest:manifest/>'),
    ...extra,
  });
}

/**
 * ~1 MB of spreadsheet cells opened and never closed. The ODF text pass looks for each cell's end
 * through the rest of the part, so its work grows with the square of the size: tens of seconds on
 * one core. Below 1 MiB, so no zip-bomb check refuses it first.
 */
export function hangingOds(): Uint8Array {
  return odsPackage(
    `<office:document-content><office:body><office:spreadsheet>${'<table:table-cell>x'.repeat(55_000)}</office:spreadsheet></office:body></office:document-content>`,
  );
}

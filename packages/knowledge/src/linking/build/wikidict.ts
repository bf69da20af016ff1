import { createInterface } from 'node:readline';
import { createGunzip } from 'node:zlib';
import { zipEntryStream } from './zip-entry.ts';

export const WIKIDICT_ENTRY = 'edu/stanford/nlp/models/kbp/english/wikidict.tab.gz';

/** One WikiDict row: an anchor text, the Wikipedia title it links to, and P(title | anchor). */
export interface WikiDictRow {
  mention: string;
  title: string;
  prob: number;
}

/**
 * The rows of CoreNLP's WikiDict, in file order (grouped by title), streamed from the
 * models-english-kbp jar. Each anchor text occurs once, with its most likely title.
 */
export async function* wikiDictRows(jarPath: string): AsyncGenerator<WikiDictRow> {
  const gzipped = await zipEntryStream(jarPath, WIKIDICT_ENTRY);
  const gunzip = createGunzip();
  gzipped.on('error', (error) => gunzip.destroy(error));
  const lines = createInterface({ input: gzipped.pipe(gunzip), crlfDelay: Infinity });
  for await (const line of lines) {
    const first = line.indexOf('\t');
    const second = line.indexOf('\t', first + 1);
    if (first <= 0 || second < 0) continue;
    yield {
      mention: line.slice(0, first),
      title: line.slice(first + 1, second),
      prob: Number(line.slice(second + 1)),
    };
  }
}

/**
 * Anchor texts kept in the knowledge base. Dropped, measured on the 20.9 M rows: anchors with no
 * capital letter (2.5 M: common-noun links such as "the company", which named-entity mentions never
 * are, and which after case folding would shadow the capitalised forms), URLs and page-title
 * debris such as "Honolulu - Wikipedia, the free encyclopedia" (5.5 M), anchors over 64 characters
 * (0.2 M: sentences and headings), and links with P(title | anchor) below 0.05 (noise).
 */
export function keepAnchor(row: WikiDictRow): boolean {
  const { mention, prob } = row;
  return (
    prob >= 0.05 &&
    mention.length <= 64 &&
    /\p{Lu}/u.test(mention) &&
    !/https?:|www\.|wikipedia|\.(com|org|net|html?)\b|^[a-z]{2,4}:|^\d+(\.\d+)+\s/i.test(mention)
  );
}

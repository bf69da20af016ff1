// PDF text layer through unpdf (a serverless pdf.js build: no worker, no canvas).
// Scanned PDFs have no text layer; they crack fine with a warning so OCR can be a
// later skill rather than a cracker concern.
import { extractText, getDocumentProxy, getMeta } from 'unpdf';
import { indexOfAscii } from '../buffers.ts';
import { CrackFailed } from '../failure.ts';
import type { Extracted, Metadata, PageSpan } from '../types.ts';

const PAGE_SEPARATOR = '\n\n';

export async function crackPdf(bytes: Uint8Array): Promise<Extracted> {
  // The PDF spec requires %%EOF in the last 1024 bytes. pdf.js silently rebuilds a
  // cut-off file from what is left, which would index half a document as if whole.
  const tail = bytes.subarray(Math.max(0, bytes.byteLength - 1024));
  if (indexOfAscii(tail, '%%EOF') < 0) {
    throw new CrackFailed(
      'corrupt',
      'This PDF is incomplete (it ends before its end-of-file marker, so it was probably truncated in transfer).',
    );
  }
  let doc;
  try {
    // pdf.js may transfer (detach) the buffer it is given, and refuses Buffers: hand it
    // a plain Uint8Array copy.
    doc = await getDocumentProxy(new Uint8Array(bytes));
  } catch (err) {
    const name = (err as Error).name;
    if (name === 'PasswordException') {
      throw new CrackFailed(
        'encrypted',
        'This PDF is password-protected; Quarry cannot read it without the password.',
      );
    }
    throw new CrackFailed(
      'corrupt',
      `This PDF is damaged and could not be opened (${(err as Error).message}).`,
    );
  }
  try {
    const { totalPages, text: pageTexts } = await extractText(doc, { mergePages: false });
    const pages: PageSpan[] = [];
    let text = '';
    pageTexts.forEach((pageText, i) => {
      if (i > 0) text += PAGE_SEPARATOR;
      const start = text.length;
      text += pageText.trim();
      pages.push({ number: i + 1, start, end: text.length });
    });
    const warnings: string[] = [];
    if (text.trim() === '')
      warnings.push('This PDF has no text layer (it may be scanned); its text needs OCR.');

    const metadata: Metadata = { pageCount: totalPages };
    const { info } = (await getMeta(doc)) as { info: Record<string, unknown> };
    for (const key of [
      'Author',
      'Subject',
      'Keywords',
      'Creator',
      'Producer',
      'CreationDate',
      'ModDate',
    ]) {
      const value = info[key];
      if (typeof value === 'string' && value.trim())
        metadata[key[0]!.toLowerCase() + key.slice(1)] = value.trim();
    }
    const title =
      typeof info.Title === 'string' && info.Title.trim() ? info.Title.trim() : undefined;
    return { title, text, pages, metadata, children: [], warnings };
  } finally {
    // Destroying the loading task frees pdf.js's per-document state; without it a
    // long-running worker keeps every PDF it has read in memory.
    await doc.loadingTask.destroy();
  }
}

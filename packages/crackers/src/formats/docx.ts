// DOCX through mammoth's raw-text mode. mammoth inflates parts itself (JSZip), so the
// package goes through our bounded archive first: declared sizes, ratio and entry
// count are checked, and the main document part is inflated once under our byte
// limits before mammoth sees the file.
import mammoth from 'mammoth';
import { asBuffer } from '../buffers.ts';
import { CrackFailed } from '../failure.ts';
import { tidy } from '../xml-text.ts';
import type { CrackLimits, Extracted } from '../types.ts';
import { ooxmlProperties, withArchive } from './office-package.ts';

export async function crackDocx(bytes: Uint8Array, limits: CrackLimits): Promise<Extracted> {
  const props = await withArchive(bytes, limits, async (archive) => {
    if ((await archive.readText('word/document.xml')) === undefined) {
      throw new CrackFailed(
        'corrupt',
        'This Word document has no main document part; it is damaged.',
      );
    }
    return ooxmlProperties(archive);
  });
  const result = await mammoth.extractRawText({ buffer: asBuffer(bytes) });
  const warnings = result.messages.filter((m) => m.type === 'error').map((m) => m.message);
  return {
    title: props.title,
    text: tidy(result.value),
    metadata: props.metadata,
    children: [],
    warnings,
  };
}

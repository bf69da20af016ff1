// PPTX: the text of each slide's <a:t> runs, one paragraph per line, slides in order.
// Our own extraction keeps the bounded archive in charge of every inflated byte.
import { CrackFailed } from '../failure.ts';
import { decodeEntities, tidy } from '../xml-text.ts';
import type { CrackLimits, Extracted } from '../types.ts';
import { numberedParts, ooxmlProperties, withArchive } from './office-package.ts';

/** Paragraph text of DrawingML XML: <a:t> runs joined, </a:p> ends a line. */
export function drawingMlText(xml: string): string {
  const paragraphs = xml.split(/<\/a:p>/);
  return paragraphs
    .map((p) =>
      [...p.matchAll(/<a:t(?:\s[^>]*)?>([\s\S]*?)<\/a:t>/g)]
        .map((m) => decodeEntities(m[1]!))
        .join(''),
    )
    .filter((line) => line.trim() !== '')
    .join('\n');
}

export async function crackPptx(bytes: Uint8Array, limits: CrackLimits): Promise<Extracted> {
  return withArchive(bytes, limits, async (archive) => {
    const slides = numberedParts(archive, /^ppt\/slides\/slide(\d+)\.xml$/);
    if (slides.length === 0 && !archive.byPath.has('ppt/presentation.xml')) {
      throw new CrackFailed('corrupt', 'This presentation has no slides part; it is damaged.');
    }
    const texts: string[] = [];
    for (const path of slides) texts.push(drawingMlText((await archive.readText(path)) ?? ''));
    const props = await ooxmlProperties(archive);
    return {
      title: props.title,
      text: tidy(texts.join('\n\n')),
      metadata: { ...props.metadata, slideCount: slides.length },
      children: [],
      warnings: [],
    };
  });
}

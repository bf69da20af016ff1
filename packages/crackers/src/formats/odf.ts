// OpenDocument text, spreadsheet and presentation: all keep their body in content.xml,
// so one tag-to-text pass serves the three, with line and cell breaks mapped from
// the ODF elements that carry them.
import { CrackFailed } from '../failure.ts';
import { decodeEntities, tidy } from '../xml-text.ts';
import type { CrackLimits, Extracted } from '../types.ts';
import { odfProperties, withArchive } from './office-package.ts';

export function odfBodyText(xml: string): string {
  const body = /<office:body>([\s\S]*)<\/office:body>/.exec(xml)?.[1] ?? xml;
  return decodeEntities(
    body
      // Comments and speaker notes are not part of the visible text.
      .replace(/<office:annotation\b[\s\S]*?<\/office:annotation>/g, '')
      .replace(/<text:s\b[^>]*?text:c="(\d+)"[^>]*\/>/g, (_m, n: string) =>
        ' '.repeat(Math.min(Number(n), 100)),
      )
      .replace(/<text:s\b[^>]*\/>/g, ' ')
      .replace(/<text:tab\b[^>]*\/>/g, '\t')
      .replace(/<text:line-break\b[^>]*\/>/g, '\n')
      // Paragraphs inside a spreadsheet cell are one cell value: join them with spaces.
      .replace(
        /<table:table-cell\b[^>]*?(?:\/>|>([\s\S]*?)<\/table:table-cell>)/g,
        (_m, inner?: string) =>
          `${(inner ?? '').replace(/<\/text:(p|h)>(?=[\s\S])/g, ' ').replace(/<\/text:(p|h)>/g, '')}\t`,
      )
      .replace(/<\/text:(p|h)>/g, '\n')
      .replace(/<\/table:table-row>/g, '\n')
      .replace(/<table:table\b[^>]*table:name="([^"]*)"[^>]*>/g, '\n$1\n')
      .replace(/<\/draw:page>/g, '\n\n')
      .replace(/<[^>]+>/g, ''),
  )
    .split('\n')
    .map((line) => line.replace(/\t+$/, ''))
    .join('\n');
}

export async function crackOdf(bytes: Uint8Array, limits: CrackLimits): Promise<Extracted> {
  return withArchive(bytes, limits, async (archive) => {
    // Password-protected ODF keeps the ZIP readable but encrypts each part.
    const manifest = await archive.readText('META-INF/manifest.xml');
    if (manifest?.includes('encryption-data')) {
      throw new CrackFailed(
        'encrypted',
        'This OpenDocument file is password-protected; Quarry cannot read it without the password.',
      );
    }
    const content = await archive.readText('content.xml');
    if (content === undefined)
      throw new CrackFailed(
        'corrupt',
        'This OpenDocument file has no content part; it is damaged.',
      );
    const props = await odfProperties(archive);
    return {
      title: props.title,
      text: tidy(odfBodyText(content)),
      metadata: props.metadata,
      children: [],
      warnings: [],
    };
  });
}

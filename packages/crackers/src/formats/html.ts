// HTML to readable text with html-to-text (block structure kept as line breaks);
// scripts, styles and other non-visible elements are dropped. The <title> is read
// separately because html-to-text renders only the body.
import { compile } from 'html-to-text';
import { decodeText } from '../charset.ts';
import { decodeEntities, tidy } from '../xml-text.ts';
import type { Extracted, Metadata } from '../types.ts';

const SKIP = [
  'script',
  'style',
  'noscript',
  'template',
  'svg',
  'canvas',
  'iframe',
  'object',
  'head',
];

// Compiled once: `convert` would build the selector matcher again for every document, which cost
// more than the conversion itself (a 14 KB page: 0.89 ms with convert, 0.38 ms compiled).
const convertPage = compile({
  wordwrap: false,
  selectors: [
    ...SKIP.map((selector) => ({ selector, format: 'skip' })),
    { selector: 'a', options: { ignoreHref: true } },
    { selector: 'img', format: 'skip' },
    { selector: 'h1', options: { uppercase: false } },
    { selector: 'h2', options: { uppercase: false } },
    { selector: 'h3', options: { uppercase: false } },
    { selector: 'h4', options: { uppercase: false } },
    { selector: 'h5', options: { uppercase: false } },
    { selector: 'h6', options: { uppercase: false } },
    { selector: 'table', format: 'dataTable', options: { uppercaseHeaderCells: false } },
  ],
});
const convertFragment = compile({ wordwrap: false });

export function htmlToText(html: string): string {
  return convertPage(html);
}

function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 2048)).toString('latin1');
  return /<meta[^>]+charset=["']?([\w-]+)/i.exec(head)?.[1];
}

function metaContent(html: string, name: string): string | undefined {
  const tag = new RegExp(`<meta\\b[^>]*\\bname=["']${name}["'][^>]*>`, 'i').exec(html)?.[0];
  const content = tag ? /\bcontent=["']([^"']*)["']/i.exec(tag)?.[1] : undefined;
  return content ? decodeEntities(content).trim() || undefined : undefined;
}

export function crackHtml(bytes: Uint8Array): Extracted {
  const { text: html, charset } = decodeText(bytes, declaredCharset(bytes));
  const rawTitle = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  // html-to-text knows every named entity (&ndash; and friends), so it decodes the title too.
  const title = rawTitle
    ? convertFragment(rawTitle).replace(/\s+/g, ' ').trim() || undefined
    : undefined;
  const metadata: Metadata = { charset };
  for (const name of ['author', 'description', 'keywords']) {
    const value = metaContent(html, name);
    if (value) metadata[name] = value;
  }
  // The declared language is a hint for the language skill, not a detection result.
  const lang = /<html\b[^>]*\blang=["']?([\w-]+)/i.exec(html)?.[1];
  if (lang) metadata.declaredLanguage = lang;
  return { title, text: tidy(htmlToText(html)), metadata, children: [], warnings: [] };
}

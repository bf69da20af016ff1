// RFC 822 mail through mailparser: subject as title, addresses and date as metadata,
// the plain body (or the HTML body as text), attachments as child files.
import { simpleParser } from 'mailparser';
import type { AddressObject } from 'mailparser';
import { asBuffer } from '../buffers.ts';
import { tidy } from '../xml-text.ts';
import type { ChildFile, Extracted, Metadata } from '../types.ts';
import { htmlToText } from './html.ts';

function addresses(value: AddressObject | AddressObject[] | undefined): string | undefined {
  if (!value) return undefined;
  const text = (Array.isArray(value) ? value : [value]).map((a) => a.text).join(', ');
  return text || undefined;
}

export async function crackEml(bytes: Uint8Array): Promise<Extracted> {
  const mail = await simpleParser(asBuffer(bytes), { skipImageLinks: true, skipTextToHtml: true });
  const metadata: Metadata = {};
  const from = addresses(mail.from);
  const to = addresses(mail.to);
  const cc = addresses(mail.cc);
  if (from) metadata.from = from;
  if (to) metadata.to = to;
  if (cc) metadata.cc = cc;
  if (mail.date) metadata.date = mail.date.toISOString();
  if (mail.messageId) metadata.messageId = mail.messageId;

  const body = mail.text ?? (typeof mail.html === 'string' ? htmlToText(mail.html) : '');
  const children: ChildFile[] = mail.attachments.map((a, i) => {
    const fileName = a.filename ?? `attachment-${i + 1}`;
    return { fileName, bytes: new Uint8Array(a.content), path: `attachments/${i + 1}/${fileName}` };
  });
  metadata.attachmentCount = children.length;
  return {
    title: mail.subject?.trim() || undefined,
    text: tidy(body),
    metadata,
    children,
    warnings: [],
  };
}

// Outlook .msg (an OLE compound file) through @kenjiuno/msgreader: the same shape
// as EML. The library reports parse errors in an `error` field instead of throwing.
import msgreader from '@kenjiuno/msgreader';
import { CrackFailed } from '../failure.ts';
import { tidy } from '../xml-text.ts';
import type { ChildFile, Extracted, Metadata } from '../types.ts';
import { htmlToText } from './html.ts';

const MsgReader = msgreader.default;

export function crackMsg(bytes: Uint8Array): Extracted {
  const copy = bytes.slice(); // msgreader wants an ArrayBuffer of exactly this file
  const reader = new MsgReader(copy.buffer);
  const data = reader.getFileData();
  if (data.error)
    throw new CrackFailed('corrupt', `This Outlook message is damaged (${data.error}).`);

  const metadata: Metadata = {};
  const sender = [data.senderName, data.senderEmail ? `<${data.senderEmail}>` : '']
    .filter(Boolean)
    .join(' ');
  if (sender) metadata.from = sender;
  const recipients = (data.recipients ?? [])
    .map((r) => r.smtpAddress ?? r.email ?? r.name)
    .filter(Boolean);
  if (recipients.length) metadata.to = recipients.join(', ');
  const date = data.messageDeliveryTime ?? data.clientSubmitTime ?? data.creationTime;
  if (date) metadata.date = new Date(date).toISOString();

  const body = data.body ?? (data.bodyHtml ? htmlToText(data.bodyHtml) : '');
  const children: ChildFile[] = [];
  for (const [i, attachment] of (data.attachments ?? []).entries()) {
    // Embedded messages have no bytes of their own in this API; note them instead.
    if (attachment.innerMsgContent) continue;
    const file = reader.getAttachment(attachment);
    const fileName = file.fileName || `attachment-${i + 1}`;
    children.push({ fileName, bytes: file.content, path: `attachments/${i + 1}/${fileName}` });
  }
  metadata.attachmentCount = children.length;
  return {
    title: data.subject?.trim() || undefined,
    text: tidy(body),
    metadata,
    children,
    warnings: [],
  };
}

// Outlook .msg (an OLE compound file) through @kenjiuno/msgreader: the same shape
// as EML (subject as title, addresses and date as metadata, attachments as children).
// msgreader walks the file's sector chains without loop checks, so its structure is
// checked first; the library itself reports a bad signature in an `error` field and
// throws on other damage, which crack() reports as 'corrupt'.
import msgreader from '@kenjiuno/msgreader';
import type { FieldsData } from '@kenjiuno/msgreader';
import { decodeText } from '../charset.ts';
import { CrackFailed } from '../failure.ts';
import { tidy } from '../xml-text.ts';
import type { ChildFile, Extracted, Metadata } from '../types.ts';
import { checkCompoundFile } from './compound-file.ts';
import { htmlToText } from './html.ts';

const MsgReader = msgreader.default;

/**
 * An address people can use. Exchange senders and recipients carry an X.500 DN
 * (`/O=ORG/OU=.../CN=...`) as their address; only the SMTP properties hold a mail address then.
 */
function mailAddress(smtp: string | undefined, address: string | undefined): string | undefined {
  if (smtp) return smtp;
  return address?.includes('@') && !address.startsWith('/') ? address : undefined;
}

/** `Name <address>` as mailparser writes EML addresses; either part alone when one is missing. */
function mailbox(name: string | undefined, address: string | undefined): string | undefined {
  const display = name?.trim();
  if (!address) return display || undefined;
  return display && display !== address ? `${display} <${address}>` : address;
}

/**
 * Windows code page number (PR_INTERNET_CPID) to a charset name for iconv-lite; one it does
 * not know leaves the choice to detection.
 */
function codePageCharset(codePage: number | undefined): string | undefined {
  if (!codePage) return undefined;
  const named: Record<number, string> = {
    65001: 'utf-8',
    20127: 'us-ascii',
    932: 'shift_jis',
    936: 'gbk',
    949: 'cp949',
    950: 'big5',
    20866: 'koi8-r',
    21866: 'koi8-u',
    51932: 'euc-jp',
    51949: 'euc-kr',
    54936: 'gb18030',
  };
  if (named[codePage]) return named[codePage];
  if (codePage >= 28591 && codePage <= 28605) return `iso-8859-${codePage - 28590}`;
  return `windows-${codePage}`;
}

/** PR_BODY, else the HTML body: Unicode (rare) or the bytes Outlook usually stores. */
function bodyText(data: FieldsData): string {
  if (data.body) return data.body;
  if (data.bodyHtml) return htmlToText(data.bodyHtml);
  if (data.html?.length) {
    return htmlToText(decodeText(data.html, codePageCharset(data.internetCodepage)).text);
  }
  return '';
}

/** The first of the message's times that parses; msgreader gives them as UTC strings. */
function messageDate(data: FieldsData): string | undefined {
  // Submit time first: like an EML's Date header, the time the sender sent it.
  for (const value of [data.clientSubmitTime, data.messageDeliveryTime, data.creationTime]) {
    const date = value ? new Date(value) : undefined;
    if (date && !Number.isNaN(date.getTime())) return date.toISOString();
  }
  return undefined;
}

/** Attachment names become child file names and paths: no separators or NULs in them. */
const safeName = (name: string): string => name.replace(/[\\/\0]/g, '_').trim();

export function crackMsg(bytes: Uint8Array): Extracted {
  checkCompoundFile(bytes);
  const copy = bytes.slice(); // msgreader wants an ArrayBuffer of exactly this file
  const reader = new MsgReader(copy.buffer);
  const data = reader.getFileData();
  if (data.error)
    throw new CrackFailed('corrupt', `This Outlook message is damaged (${data.error}).`);

  const metadata: Metadata = {};
  const from = mailbox(data.senderName, mailAddress(data.senderSmtpAddress, data.senderEmail));
  if (from) metadata.from = from;
  const recipients: Record<'to' | 'cc' | 'bcc', string[]> = { to: [], cc: [], bcc: [] };
  for (const r of data.recipients ?? []) {
    const text = mailbox(r.name, mailAddress(r.smtpAddress, r.email));
    // msgreader names types 1-3 only; others (a resend's MAPI_P1 copies) stay numbers.
    const type = r.recipType === 'cc' || r.recipType === 'bcc' ? r.recipType : 'to';
    if (text) recipients[type].push(text);
  }
  for (const [field, list] of Object.entries(recipients)) {
    if (list.length) metadata[field] = list.join(', ');
  }
  const date = messageDate(data);
  if (date) metadata.date = date;
  if (data.messageId) metadata.messageId = data.messageId;

  const children: ChildFile[] = [];
  const warnings: string[] = [];
  for (const [i, attachment] of (data.attachments ?? []).entries()) {
    const label = attachment.fileName || attachment.fileNameShort || attachment.name;
    if (attachment.innerMsgContent) {
      // An attached Outlook item: msgreader rebuilds it as a .msg file of its own.
      const subject = attachment.name || attachment.innerMsgContentFields?.subject;
      const fileName = `${safeName(subject ?? '') || `message-${i + 1}`}.msg`;
      const { content } = reader.getAttachment(attachment);
      children.push({ fileName, bytes: content, path: `attachments/${i + 1}/${fileName}` });
    } else if (attachment.dataId === undefined) {
      // Linked (cloud or file-share) attachments have no bytes in the message.
      warnings.push(
        `The attachment ${label ? `"${label}"` : i + 1} is a link to a file stored elsewhere; only its name is in the message.`,
      );
    } else {
      const fileName = safeName(label ?? '') || `attachment-${i + 1}`;
      const { content } = reader.getAttachment(attachment);
      children.push({ fileName, bytes: content, path: `attachments/${i + 1}/${fileName}` });
    }
  }
  metadata.attachmentCount = children.length;
  return {
    title: data.subject?.trim() || undefined,
    text: tidy(bodyText(data)),
    metadata,
    children,
    warnings,
  };
}

// Outlook .msg writer for tests and the sample corpus: an OLE compound file (built with
// SheetJS cfb) laid out as [MS-OXMSG] describes it. Every object (message, recipient,
// attachment, embedded message) is a storage with a `__properties_version1.0` stream of
// 16-byte property entries; fixed-size values sit in the entry, strings and binaries in
// `__substg1.0_<tag>` streams (strings UTF-16LE without a terminator, entry size = bytes + 2).
// Nothing depends on the clock, so the same message always gives the same bytes.
// cfb always adds its 4-byte `\u0001Sh33tJ5` marker stream; .msg readers skip unknown
// streams, so it stays.
import CFB from 'cfb';

export interface MsgAddress {
  name: string;
  email: string;
}

export interface MsgSender extends MsgAddress {
  /**
   * Makes the sender an Exchange user, as Outlook stores internal mail: the sender
   * address (0x0C1F) is this X.500 DN with address type EX, and only 0x5D01 holds SMTP.
   */
  exchangeDn?: string;
}

/** A file carried in the message (ATTACH_BY_VALUE). */
export interface MsgFileAttachment {
  fileName: string;
  contentType: string;
  bytes: Uint8Array;
}

/** A link to a file kept elsewhere (ATTACH_BY_WEB_REFERENCE, Outlook's cloud attachment). */
export interface MsgLinkAttachment {
  fileName: string;
  url: string;
}

/** Another message attached as an item (ATTACH_EMBEDDED_MSG). */
export interface MsgEmbeddedAttachment {
  message: MsgMessage;
}

export type MsgAttachment = MsgFileAttachment | MsgLinkAttachment | MsgEmbeddedAttachment;

export interface MsgMessage {
  subject: string;
  from: MsgSender;
  to: MsgAddress[];
  cc?: MsgAddress[];
  /** Client submit time (0x0039). */
  sent: Date;
  /** Delivery time (0x0E06); a sent item has none. */
  received?: Date;
  messageId?: string;
  /** Plain-text body (PR_BODY 0x1000). */
  body?: string;
  /** HTML body (PR_HTML 0x1013) as UTF-8 bytes, the binary form Outlook writes. */
  html?: string;
  attachments?: MsgAttachment[];
}

// Property types ([MS-OXCDATA] 2.11.1).
const PT_LONG = 0x0003;
const PT_BOOLEAN = 0x000b;
const PT_OBJECT = 0x000d;
const PT_UNICODE = 0x001f;
const PT_SYSTIME = 0x0040;
const PT_BINARY = 0x0102;

const PROPATTR_READABLE = 0x2;
const PROPATTR_WRITABLE = 0x4;

// Stored on the root storage (and embedded messages) by Outlook: CLSID_MailMessage
// {00020D0B-0000-0000-C000-000000000046} in on-disk byte order.
const CLSID_MAIL_MESSAGE = '0b0d020000000000c000000000000046';

const MAPI_TO = 1;
const MAPI_CC = 2;
const ATTACH_BY_VALUE = 1;
const ATTACH_EMBEDDED_MSG = 5;
const ATTACH_BY_WEB_REFERENCE = 7;
const MSGFLAG_READ = 0x1;
const MSGFLAG_HASATTACH = 0x10;
const STORE_UNICODE_OK = 0x40000;
const CP_UTF8 = 65001;

interface Prop {
  id: number;
  type: number;
  /** The 8-byte value field of a fixed-size property. */
  fixed?: Uint8Array;
  /** The stream of a variable-size property. */
  stream?: Uint8Array;
}

const tagOf = (p: Prop): number => ((p.id << 16) | p.type) >>> 0;
const hex8 = (n: number): string => n.toString(16).toUpperCase().padStart(8, '0');

function fixed(id: number, type: number, write: (view: DataView) => void): Prop {
  const value = new Uint8Array(8);
  write(new DataView(value.buffer));
  return { id, type, fixed: value };
}

const long = (id: number, n: number): Prop => fixed(id, PT_LONG, (v) => v.setInt32(0, n, true));
const bool = (id: number, b: boolean): Prop =>
  fixed(id, PT_BOOLEAN, (v) => v.setUint16(0, b ? 1 : 0, true));
/** PT_SYSTIME: a FILETIME, 100 ns ticks since 1601-01-01 UTC. */
const time = (id: number, date: Date): Prop =>
  fixed(id, PT_SYSTIME, (v) =>
    v.setBigUint64(0, (BigInt(date.getTime()) + 11_644_473_600_000n) * 10_000n, true),
  );
const unicode = (id: number, text: string): Prop => ({
  id,
  type: PT_UNICODE,
  stream: Buffer.from(text, 'utf16le'),
});
const binary = (id: number, bytes: Uint8Array): Prop => ({ id, type: PT_BINARY, stream: bytes });

/** [MS-OXMSG] 2.4: the header, then one 16-byte entry per property. */
function propertyStream(header: Uint8Array, props: Prop[]): Uint8Array {
  const out = new Uint8Array(header.length + props.length * 16);
  out.set(header);
  const view = new DataView(out.buffer);
  props.forEach((p, i) => {
    const at = header.length + i * 16;
    view.setUint32(at, tagOf(p), true);
    view.setUint32(at + 4, PROPATTR_READABLE | PROPATTR_WRITABLE, true);
    if (p.fixed) out.set(p.fixed, at + 8);
    // Variable size: Size then 4 reserved bytes. Strings count their missing terminator;
    // an embedded message storage has no size at all.
    else if (p.type === PT_OBJECT) view.setUint32(at + 8, 0xffffffff, true);
    else view.setUint32(at + 8, p.stream!.length + (p.type === PT_UNICODE ? 2 : 0), true);
  });
  return out;
}

/** Writes one object's property stream and value streams into the storage at `dir`. */
function writeObject(cfb: CFB.CFB$Container, dir: string, header: Uint8Array, props: Prop[]): void {
  CFB.utils.cfb_add(
    cfb,
    `${dir}/__properties_version1.0`,
    Buffer.from(propertyStream(header, props)),
  );
  for (const p of props) {
    if (p.stream)
      CFB.utils.cfb_add(cfb, `${dir}/__substg1.0_${hex8(tagOf(p))}`, Buffer.from(p.stream));
  }
}

/** 8.3 form of a file name for PR_ATTACH_FILENAME, the way Windows shortens long names. */
function shortName(fileName: string): string {
  const dot = fileName.lastIndexOf('.');
  const clean = (s: string): string => s.toUpperCase().replace(/[^A-Z0-9_-]/g, '');
  const base = clean(dot > 0 ? fileName.slice(0, dot) : fileName);
  const ext = dot > 0 ? clean(fileName.slice(dot + 1)).slice(0, 3) : '';
  const short = base.length > 8 ? `${base.slice(0, 6)}~1` : base;
  return ext ? `${short}.${ext}` : short;
}

const extensionOf = (fileName: string): string => /\.[^.]+$/.exec(fileName)?.[0] ?? '';

function recipientProps(r: MsgAddress, type: number, row: number): Prop[] {
  return [
    long(0x0c15, type), // PR_RECIPIENT_TYPE
    long(0x3000, row), // PR_ROWID
    long(0x0ffe, 6), // PR_OBJECT_TYPE = MAPI_MAILUSER
    long(0x3900, 0), // PR_DISPLAY_TYPE = DT_MAILUSER
    unicode(0x3001, r.name), // PR_DISPLAY_NAME
    unicode(0x3002, 'SMTP'), // PR_ADDRTYPE
    unicode(0x3003, r.email), // PR_EMAIL_ADDRESS
    unicode(0x39fe, r.email), // PR_SMTP_ADDRESS
  ];
}

function attachmentProps(a: MsgAttachment, index: number): Prop[] {
  const common = [
    long(0x0e21, index), // PR_ATTACH_NUM
    long(0x0ffe, 7), // PR_OBJECT_TYPE = MAPI_ATTACH
    long(0x370b, -1), // PR_RENDERING_POSITION: not rendered inline
  ];
  if ('message' in a) {
    return [
      ...common,
      long(0x3705, ATTACH_EMBEDDED_MSG), // PR_ATTACH_METHOD
      unicode(0x3001, a.message.subject), // PR_DISPLAY_NAME
      { id: 0x3701, type: PT_OBJECT }, // PR_ATTACH_DATA_OBJ: the __substg1.0_3701000D storage
    ];
  }
  const names = [
    unicode(0x3001, a.fileName), // PR_DISPLAY_NAME
    unicode(0x3707, a.fileName), // PR_ATTACH_LONG_FILENAME
    unicode(0x3704, shortName(a.fileName)), // PR_ATTACH_FILENAME
    unicode(0x3703, extensionOf(a.fileName)), // PR_ATTACH_EXTENSION
  ];
  if ('url' in a) {
    return [
      ...common,
      ...names,
      long(0x3705, ATTACH_BY_WEB_REFERENCE),
      unicode(0x370d, a.url), // PR_ATTACH_LONG_PATHNAME: where the file lives
    ];
  }
  return [
    ...common,
    ...names,
    long(0x3705, ATTACH_BY_VALUE),
    long(0x0e20, a.bytes.length), // PR_ATTACH_SIZE
    unicode(0x370e, a.contentType), // PR_ATTACH_MIME_TAG
    binary(0x3701, a.bytes), // PR_ATTACH_DATA_BIN
  ];
}

function messageProps(m: MsgMessage, topLevel: boolean): Prop[] {
  const sender = m.from.exchangeDn
    ? [unicode(0x0c1e, 'EX'), unicode(0x0c1f, m.from.exchangeDn)]
    : [unicode(0x0c1e, 'SMTP'), unicode(0x0c1f, m.from.email)];
  const display = (list: MsgAddress[] | undefined): string =>
    (list ?? []).map((r) => r.name).join('; ');
  const attachments = m.attachments ?? [];
  return [
    unicode(0x001a, 'IPM.Note'), // PR_MESSAGE_CLASS
    unicode(0x0037, m.subject), // PR_SUBJECT
    unicode(0x0e1d, m.subject), // PR_NORMALIZED_SUBJECT (no RE:/FW: prefix here)
    unicode(0x0070, m.subject), // PR_CONVERSATION_TOPIC
    long(0x0017, 1), // PR_IMPORTANCE = normal
    time(0x0039, m.sent), // PR_CLIENT_SUBMIT_TIME
    ...(m.received ? [time(0x0e06, m.received)] : []), // PR_MESSAGE_DELIVERY_TIME
    time(0x3007, m.sent), // PR_CREATION_TIME
    time(0x3008, m.received ?? m.sent), // PR_LAST_MODIFICATION_TIME
    unicode(0x0c1a, m.from.name), // PR_SENDER_NAME
    ...sender, // PR_SENDER_ADDRTYPE, PR_SENDER_EMAIL_ADDRESS
    unicode(0x5d01, m.from.email), // PR_SENDER_SMTP_ADDRESS
    unicode(0x0042, m.from.name), // PR_SENT_REPRESENTING_NAME
    unicode(0x5d02, m.from.email), // PR_SENT_REPRESENTING_SMTP_ADDRESS
    unicode(0x0e04, display(m.to)), // PR_DISPLAY_TO
    unicode(0x0e03, display(m.cc)), // PR_DISPLAY_CC
    ...(m.messageId ? [unicode(0x1035, m.messageId)] : []), // PR_INTERNET_MESSAGE_ID
    ...(m.body !== undefined ? [unicode(0x1000, m.body)] : []), // PR_BODY
    ...(m.html !== undefined ? [binary(0x1013, Buffer.from(m.html, 'utf8'))] : []), // PR_HTML
    long(0x3fde, CP_UTF8), // PR_INTERNET_CPID: the HTML body's charset
    long(0x0e07, MSGFLAG_READ | (attachments.length ? MSGFLAG_HASATTACH : 0)), // PR_MESSAGE_FLAGS
    bool(0x0e1b, attachments.length > 0), // PR_HASATTACH
    // Only the top level says its strings are Unicode (PR_STORE_SUPPORT_MASK).
    ...(topLevel ? [long(0x340d, STORE_UNICODE_OK)] : []),
  ];
}

/**
 * Writes a message, its recipients and attachments under `dir`. The header is 32 bytes
 * at the top level and 24 for an embedded message ([MS-OXMSG] 2.4.1).
 */
function writeMessage(cfb: CFB.CFB$Container, dir: string, m: MsgMessage, topLevel: boolean): void {
  const recipients = [
    ...m.to.map((r) => ({ r, type: MAPI_TO })),
    ...(m.cc ?? []).map((r) => ({ r, type: MAPI_CC })),
  ];
  const attachments = m.attachments ?? [];
  const header = new Uint8Array(topLevel ? 32 : 24);
  const view = new DataView(header.buffer);
  view.setUint32(8, recipients.length, true); // next recipient ID
  view.setUint32(12, attachments.length, true); // next attachment ID
  view.setUint32(16, recipients.length, true); // recipient count
  view.setUint32(20, attachments.length, true); // attachment count
  writeObject(cfb, dir, header, messageProps(m, topLevel));

  recipients.forEach(({ r, type }, i) => {
    const storage = `${dir}/__recip_version1.0_#${hex8(i)}`;
    writeObject(cfb, storage, new Uint8Array(8), recipientProps(r, type, i));
  });
  attachments.forEach((a, i) => {
    const storage = `${dir}/__attach_version1.0_#${hex8(i)}`;
    writeObject(cfb, storage, new Uint8Array(8), attachmentProps(a, i));
    if ('message' in a) {
      const inner = `${storage}/__substg1.0_3701000D`;
      writeMessage(cfb, inner, a.message, false);
      CFB.find(cfb, `${inner}/`)!.clsid = CLSID_MAIL_MESSAGE;
    }
  });
}

/** An Outlook .msg file (Unicode, [MS-OXMSG]) holding the message. */
export function msg(message: MsgMessage): Uint8Array {
  const cfb = CFB.utils.cfb_new({ CLSID: CLSID_MAIL_MESSAGE });
  const root = cfb.FullPaths[0]!.replace(/\/$/, '');
  writeMessage(cfb, root, message, true);
  // Named property mapping ([MS-OXMSG] 2.2.3): required even with no named properties.
  for (const stream of ['00020102', '00030102', '00040102']) {
    CFB.utils.cfb_add(cfb, `${root}/__nameid_version1.0/__substg1.0_${stream}`, Buffer.alloc(0));
  }
  return endEmptyStreams(new Uint8Array(CFB.write(cfb, { type: 'buffer' }) as Buffer));
}

const SECTOR = 512; // cfb writes version 3 files
const ENDOFCHAIN = 0xfffffffe;

/**
 * [MS-CFB] 2.6.3: a stream of size 0 starts at ENDOFCHAIN, but cfb writes sector 0 there,
 * which strict readers (olefile) reject. Walks the directory chain through the FAT and
 * fixes those entries in place.
 */
function endEmptyStreams(file: Uint8Array): Uint8Array {
  const view = new DataView(file.buffer, file.byteOffset, file.byteLength);
  const at = (sector: number): number => (sector + 1) * SECTOR;
  // cfb puts the directory before all stream data, so the header's 109 FAT sectors map it.
  const fatSectors = Array.from({ length: Math.min(view.getUint32(0x2c, true), 109) }, (_, i) =>
    view.getUint32(0x4c + i * 4, true),
  );
  const next = (sector: number): number => {
    const perSector = SECTOR / 4;
    const fat = fatSectors[Math.floor(sector / perSector)]!;
    return view.getUint32(at(fat) + (sector % perSector) * 4, true);
  };
  for (let s = view.getUint32(0x30, true); s !== ENDOFCHAIN; s = next(s)) {
    for (let entry = at(s); entry < at(s) + SECTOR; entry += 128) {
      const isStream = view.getUint8(entry + 0x42) === 2;
      if (isStream && view.getUint32(entry + 0x78, true) === 0) {
        view.setUint32(entry + 0x74, ENDOFCHAIN, true);
      }
    }
  }
  return file;
}

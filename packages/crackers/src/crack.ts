// The one entry point the pipeline calls: checks the cheap limits, sniffs the real
// type, runs the format's cracker and turns every failure into a result, so a bad
// file can never take the worker down with it.
import { CrackFailed, formatBytes } from './failure.ts';
import { crackDocx } from './formats/docx.ts';
import { crackEml } from './formats/eml.ts';
import { crackHtml } from './formats/html.ts';
import { crackJson } from './formats/json.ts';
import { crackMsg } from './formats/msg.ts';
import { crackOdf } from './formats/odf.ts';
import { crackPdf } from './formats/pdf.ts';
import { crackPptx } from './formats/pptx.ts';
import { crackRtf } from './formats/rtf.ts';
import { crackText } from './formats/text.ts';
import { crackXlsx } from './formats/xlsx.ts';
import { crackZip } from './formats/zip.ts';
import { isMislabelled, kindFromFileName, sniff } from './sniff.ts';
import { DEFAULT_LIMITS } from './types.ts';
import type { CrackInput, CrackLimits, CrackResult, Extracted, FormatKind } from './types.ts';

const FORMAT_NAMES: Record<FormatKind, string> = {
  pdf: 'PDF',
  docx: 'Word document',
  pptx: 'PowerPoint presentation',
  xlsx: 'Excel spreadsheet',
  odt: 'OpenDocument text',
  ods: 'OpenDocument spreadsheet',
  odp: 'OpenDocument presentation',
  rtf: 'RTF document',
  html: 'HTML page',
  eml: 'email message',
  msg: 'Outlook message',
  txt: 'text file',
  md: 'Markdown file',
  csv: 'CSV file',
  json: 'JSON file',
  zip: 'ZIP archive',
  'encrypted-office': 'Office document',
  unknown: 'file',
};

function extract(
  kind: FormatKind,
  bytes: Uint8Array,
  limits: CrackLimits,
): Promise<Extracted> | Extracted {
  switch (kind) {
    case 'pdf':
      return crackPdf(bytes);
    case 'docx':
      return crackDocx(bytes, limits);
    case 'pptx':
      return crackPptx(bytes, limits);
    case 'xlsx':
      return crackXlsx(bytes, limits);
    case 'odt':
    case 'ods':
    case 'odp':
      return crackOdf(bytes, limits);
    case 'rtf':
      return crackRtf(bytes);
    case 'html':
      return crackHtml(bytes);
    case 'eml':
      return crackEml(bytes);
    case 'msg':
      return crackMsg(bytes);
    case 'txt':
    case 'md':
    case 'csv':
      return crackText(bytes, kind);
    case 'json':
      return crackJson(bytes);
    case 'zip':
      return crackZip(bytes, limits);
    case 'encrypted-office':
      throw new CrackFailed(
        'encrypted',
        'This Office document is password-protected; Quarry cannot read it without the password.',
      );
    case 'unknown':
      throw new CrackFailed('unsupported', 'Quarry cannot read this kind of file.');
  }
}

export async function crack(
  input: CrackInput,
  limits: Partial<CrackLimits> = {},
  depth = 0,
): Promise<CrackResult> {
  const effective: CrackLimits = { ...DEFAULT_LIMITS, ...limits };
  const { bytes, fileName } = input;
  if (depth > effective.maxDepth) {
    return {
      ok: false,
      reason: 'too-deep',
      message: `This file is nested ${depth} levels deep inside archives or messages, more than the limit of ${effective.maxDepth}.`,
    };
  }
  if (bytes.byteLength === 0) {
    return {
      ok: false,
      reason: 'empty',
      message: 'This file is empty (0 bytes); there is nothing to read.',
    };
  }
  if (bytes.byteLength > effective.maxBytes) {
    return {
      ok: false,
      reason: 'too-large',
      message: `This file is ${formatBytes(bytes.byteLength)}, more than the ${formatBytes(effective.maxBytes)} limit for one file.`,
    };
  }

  let kind: FormatKind = 'unknown';
  try {
    const sniffed = await sniff(bytes, fileName);
    kind = sniffed.kind;
    if (kind === 'unknown') {
      return {
        ok: false,
        reason: 'unsupported',
        message: `Quarry cannot read this kind of file (its content is ${sniffed.mediaType === 'application/octet-stream' ? 'unrecognised binary data' : sniffed.mediaType}).`,
      };
    }
    const extracted = await extract(kind, bytes, effective);
    const mislabelled = isMislabelled(kind, fileName);
    const warnings = [...extracted.warnings];
    if (mislabelled) {
      const claimed = kindFromFileName(fileName)!;
      warnings.unshift(
        `The name says ${FORMAT_NAMES[claimed]} but the content is a ${FORMAT_NAMES[kind]}; it was read as what it is.`,
      );
    }
    let text = extracted.text;
    if (text.length > effective.maxTextChars) {
      text = text.slice(0, effective.maxTextChars);
      warnings.push(`The text was cut off after ${effective.maxTextChars} characters.`);
    }
    const pages = extracted.pages
      ?.filter((p) => p.start < text.length)
      .map((p) => ({ ...p, end: Math.min(p.end, text.length) }));
    return {
      ok: true,
      mediaType: sniffed.mediaType,
      kind,
      mislabelled,
      ...(extracted.title ? { title: extracted.title } : {}),
      text,
      metadata: extracted.metadata,
      ...(pages ? { pages } : {}),
      children: extracted.children,
      warnings,
    };
  } catch (err) {
    if (err instanceof CrackFailed) return { ok: false, reason: err.reason, message: err.message };
    const detail = err instanceof Error ? err.message : String(err);
    return {
      ok: false,
      reason: 'corrupt',
      message: `This ${FORMAT_NAMES[kind]} is damaged or incomplete, so Quarry could not read it (${detail}).`,
    };
  }
}

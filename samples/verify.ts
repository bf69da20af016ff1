// Cracks every generated sample the way the pipeline will, so a sample that Quarry cannot
// read (or that reads as the wrong language) fails the generator instead of a demo.
import { crack } from '@quarry/crackers';
import type { CrackInput } from '@quarry/crackers';
import { detectLanguage } from '@quarry/skills';

/** Less text than this would make a poor search demo (and hints at a broken writer). */
export const MIN_CHARS = 500;

export interface Checked {
  kind: string;
  title: string;
  chars: number;
  language: string;
  children: number;
}

/**
 * Cracks a file and, one level at a time, its children (ZIP members, attachments). Every file
 * must crack and hold MIN_CHARS of text in `language`; an archive's own text is only its member
 * list, so for archives the rule applies to the members.
 */
export async function check(input: CrackInput, language: string, depth = 0): Promise<Checked> {
  const where = input.fileName;
  const result = await crack(input, {}, depth);
  if (!result.ok) throw new Error(`${where}: ${result.reason}: ${result.message}`);
  for (const child of result.children) await check(child, language, depth + 1);
  const isArchive = result.kind === 'zip';
  if (isArchive && result.children.length === 0) throw new Error(`${where}: empty archive`);
  const chars = result.text.trim().length;
  if (!isArchive && chars < MIN_CHARS)
    throw new Error(`${where}: only ${chars} characters of text (at least ${MIN_CHARS} wanted)`);
  const detected = isArchive ? language : (detectLanguage(result.text).language ?? 'unknown');
  if (detected !== language)
    throw new Error(`${where}: text reads as "${detected}", expected "${language}"`);
  return {
    kind: result.kind,
    title: result.title ?? '',
    chars,
    language: detected,
    children: result.children.length,
  };
}

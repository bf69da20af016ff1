// ZIP archives: members become child files for the caller to crack (one level at a
// time, so nesting depth stays the caller's decision). Unsafe paths and encrypted
// members are skipped with a warning; only an archive with nothing safe left fails.
import { openArchive } from '../archive.ts';
import { CrackFailed, formatBytes } from '../failure.ts';
import type { ChildFile, CrackLimits, Extracted } from '../types.ts';

export async function crackZip(bytes: Uint8Array, limits: CrackLimits): Promise<Extracted> {
  const archive = await openArchive(bytes, limits);
  try {
    const files = archive.members.filter((m) => !m.isDirectory);
    if (files.length === 0)
      throw new CrackFailed('empty', 'This archive contains no files; there is nothing to read.');
    const warnings: string[] = [];
    const children: ChildFile[] = [];
    const unsafe = files.filter((m) => m.unsafe);
    const encrypted = files.filter((m) => !m.unsafe && m.encrypted);
    for (const m of unsafe)
      warnings.push(`Skipped ${JSON.stringify(m.path)}: its path ${m.unsafe}.`);
    for (const m of encrypted) warnings.push(`Skipped ${m.path}: it is password-protected.`);
    for (const m of files) {
      if (m.unsafe || m.encrypted) continue;
      if (m.size > limits.maxBytes) {
        warnings.push(
          `Skipped ${m.path}: it is ${formatBytes(m.size)}, more than the ${formatBytes(limits.maxBytes)} limit for one file.`,
        );
        continue;
      }
      const name = m.path.split('/').pop() ?? m.path;
      children.push({
        fileName: name,
        bytes: await archive.read(m, limits.maxBytes),
        path: m.path,
      });
    }
    if (files.length > 0 && children.length === 0) {
      if (unsafe.length > 0) {
        throw new CrackFailed(
          'unsafe-path',
          `Every member of this archive has an unsafe path (for example ${JSON.stringify(unsafe[0]!.path)}, which ${unsafe[0]!.unsafe}); Quarry refuses to unpack it.`,
        );
      }
      if (encrypted.length > 0) {
        throw new CrackFailed(
          'encrypted',
          'This archive is password-protected; Quarry cannot read it without the password.',
        );
      }
    }
    // The member list is the archive's own text: it makes archives findable by content names.
    const text = children.map((c) => c.path).join('\n');
    return {
      text,
      metadata: { entryCount: files.length, extractedCount: children.length },
      children,
      warnings,
    };
  } finally {
    archive.close();
  }
}

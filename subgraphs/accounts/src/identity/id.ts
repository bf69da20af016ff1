import { randomBytes } from 'node:crypto';

/**
 * A new row id chosen before the insert (the token text embeds it). Lower-case letters and digits
 * only, like Prisma's cuids, so `qk_<id>_<secret>` stays unambiguous; 'c' first, like a cuid.
 */
export function createId(): string {
  const alphabet = 'abcdefghijklmnopqrstuvwxyz0123456789';
  const bytes = randomBytes(24);
  let id = 'c';
  for (const byte of bytes) id += alphabet[byte % alphabet.length];
  return id;
}

import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { z } from 'zod';

const secretsSchema = z.object({
  neo4jPassword: z.string().min(16),
  redisPassword: z.string().min(16),
  corenlpPassword: z.string().min(16),
  postgresPassword: z.string().min(16),
  jwtSecret: z.string().min(32),
  nextauthSecret: z.string().min(32),
});
export type StackSecrets = z.infer<typeof secretsSchema>;

const fresh = () => randomBytes(32).toString('base64url');

/**
 * Generated once per data folder and kept there (mode 600): the local stack has no default
 * passwords, and restarting keeps the same credentials so stored data stays reachable.
 */
export function loadOrCreateSecrets(dataDir: string): StackSecrets {
  const file = join(dataDir, 'secrets.json');
  const generated: StackSecrets = {
    neo4jPassword: fresh(),
    redisPassword: fresh(),
    corenlpPassword: fresh(),
    postgresPassword: fresh(),
    jwtSecret: fresh(),
    nextauthSecret: fresh(),
  };
  const stored: unknown = existsSync(file) ? JSON.parse(readFileSync(file, 'utf8')) : {};
  // Secrets added by a newer version are generated and added; existing ones are never replaced.
  const parsed = secretsSchema.safeParse({ ...generated, ...(stored as object) });
  if (!parsed.success) {
    throw new Error(
      `${file} is damaged (${parsed.error.issues[0]?.message}); delete it to generate new secrets`,
    );
  }
  const secrets = parsed.data;
  mkdirSync(dataDir, { recursive: true });
  writeFileSync(file, `${JSON.stringify(secrets, null, 2)}\n`, { mode: 0o600 });
  return secrets;
}

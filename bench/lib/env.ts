// The only place the benchmarks read the environment: the connection settings of a running stack.
// Taken from process.env when ELASTICSEARCH_URL is set there (`set -a; . stack.env`), otherwise from
// `.quarry/<QUARRY_PROFILE or dev>/stack.env`, which `./quarry up` writes.
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

export const REPO_ROOT = resolve(import.meta.dirname, '../..');

function parseEnvFile(text: string): Record<string, string> {
  const values: Record<string, string> = {};
  for (const line of text.split('\n')) {
    const match = /^\s*([A-Z][A-Z0-9_]*)=(.*)$/.exec(line);
    if (match) values[match[1]!] = match[2]!.trim().replace(/^(['"])(.*)\1$/, '$2');
  }
  return values;
}

export function stackEnv(): Record<string, string | undefined> {
  if (process.env.ELASTICSEARCH_URL) return { ...process.env };
  const profile = process.env.QUARRY_PROFILE ?? 'dev';
  const file = resolve(REPO_ROOT, '.quarry', profile, 'stack.env');
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch {
    throw new Error(`no stack settings: set ELASTICSEARCH_URL etc. or run ./quarry up (${file})`);
  }
  return { ...parseEnvFile(text), ...process.env };
}

/** A value the benchmark cannot run without. */
export function required(env: Record<string, string | undefined>, name: string): string {
  const value = env[name];
  if (!value) throw new Error(`${name} is not set (see bench/README.md)`);
  return value;
}

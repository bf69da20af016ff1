import { execFileSync } from 'node:child_process';
import { realpathSync } from 'node:fs';
import { dirname } from 'node:path';

export class PrerequisiteError extends Error {}

function which(command: string, searchPath?: string): string | null {
  try {
    const env = searchPath === undefined ? undefined : { PATH: searchPath };
    return (
      execFileSync('/bin/sh', ['-c', `command -v ${command}`], { encoding: 'utf8', env }).trim() ||
      null
    );
  } catch {
    return null;
  }
}

/** Fails with an instruction, not a stack trace, when a command the stack needs is missing. */
export function requireCommand(command: string, hint: string, searchPath?: string): string {
  const path = which(command, searchPath);
  if (!path) throw new PrerequisiteError(`${command} was not found on PATH. ${hint}`);
  return path;
}

/** The JDK home for Java services: JAVA_HOME if set, else the one behind `java` on PATH (needs 17+). */
export function javaHome(configured?: string): string {
  if (configured) return configured;
  const java = requireCommand(
    'java',
    'Install a JDK 17 or newer (Debian: apt-get install openjdk-17-jdk-headless).',
  );
  const output = execFileSync('sh', ['-c', `"${java}" -version 2>&1`], { encoding: 'utf8' });
  const major = Number(/version "(\d+)/.exec(output)?.[1] ?? 0);
  if (major < 17)
    throw new PrerequisiteError(
      `Java ${major} found at ${java}; Elasticsearch 8 and Neo4j 5 need Java 17 or newer.`,
    );
  return dirname(dirname(realpathSync(java)));
}

export function requireMaven(): string {
  return requireCommand(
    'mvn',
    'Install Maven 3.8+ (Debian: apt-get install maven); it fetches the Java services from Maven Central.',
  );
}

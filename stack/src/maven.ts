import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { requireMaven } from './prerequisites.ts';

const run = promisify(execFile);

/**
 * Runs Maven in batch mode. Artifacts land in Maven's local repository (~/.m2), which is the
 * download cache shared by every clone on the machine.
 */
export async function maven(cwd: string, args: string[]): Promise<void> {
  const mvn = requireMaven();
  try {
    await run(mvn, ['-B', '-q', ...args], { cwd, maxBuffer: 64 * 1024 * 1024 });
  } catch (error) {
    const output = error as { stdout?: string; stderr?: string };
    const tail = `${output.stdout ?? ''}${output.stderr ?? ''}`
      .trim()
      .split('\n')
      .slice(-25)
      .join('\n');
    throw new Error(`Maven failed in ${cwd} (mvn ${args.join(' ')}):\n${tail}`);
  }
}

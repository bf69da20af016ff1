import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { repoRoot } from '../env.ts';
import { maven } from '../maven.ts';

function listFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));
}

/**
 * A Java service described by a small Maven project under stack/<name>: `mvn package` resolves its
 * jars into Maven's local repository and writes target/classpath.txt pointing at them.
 */
export function javaProject(name: string) {
  const dir = join(repoRoot, 'stack', name);
  const classpathFile = join(dir, 'target', 'classpath.txt');
  return {
    dir,
    async build(): Promise<void> {
      // Rebuild when the pom changed or a jar it points to is gone (a cleared Maven repository).
      const built = existsSync(classpathFile) ? statSync(classpathFile).mtimeMs : 0;
      const sources = [join(dir, 'pom.xml'), ...listFiles(join(dir, 'src'))];
      const stale =
        built === 0 ||
        sources.some((file) => statSync(file).mtimeMs > built) ||
        readFileSync(classpathFile, 'utf8')
          .trim()
          .split(':')
          .some((jar) => !existsSync(jar));
      if (stale) await maven(dir, ['package']);
    },
    classpath(): string {
      return readFileSync(classpathFile, 'utf8').trim();
    },
  };
}

// JSON: the searchable text is its string values, each labelled with its key, so a
// record like {"name": "Paris"} reads "name: Paris". Walked with an explicit stack
// because deeply nested input must not overflow the call stack.
import { decodeText } from '../charset.ts';
import { CrackFailed } from '../failure.ts';
import type { Extracted } from '../types.ts';

export function jsonText(value: unknown): string {
  const lines: string[] = [];
  const stack: { key: string | undefined; value: unknown }[] = [{ key: undefined, value }];
  while (stack.length > 0) {
    const { key, value: current } = stack.pop()!;
    if (typeof current === 'string') {
      if (current.trim()) lines.push(key ? `${key}: ${current}` : current);
    } else if (Array.isArray(current)) {
      for (let i = current.length - 1; i >= 0; i -= 1) stack.push({ key, value: current[i] });
    } else if (current && typeof current === 'object') {
      const entries = Object.entries(current as Record<string, unknown>);
      for (let i = entries.length - 1; i >= 0; i -= 1)
        stack.push({ key: entries[i]![0], value: entries[i]![1] });
    }
  }
  return lines.join('\n');
}

export function crackJson(bytes: Uint8Array): Extracted {
  const { text, charset } = decodeText(bytes);
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (err) {
    throw new CrackFailed(
      'corrupt',
      `This JSON file is not valid JSON (${(err as Error).message}).`,
    );
  }
  const title =
    parsed &&
    typeof parsed === 'object' &&
    !Array.isArray(parsed) &&
    typeof (parsed as { title?: unknown }).title === 'string'
      ? (parsed as { title: string }).title
      : undefined;
  return { title, text: jsonText(parsed), metadata: { charset }, children: [], warnings: [] };
}

/**
 * Turning a set of tokens into the text of a triple's part: arguments are one contiguous stretch of
 * the sentence (the run of tokens around their head, punctuation trimmed from both ends), so their
 * offsets point at exactly what is written; a relation may skip words ("supplies ... to").
 */
import type { TripleArgument } from '../types.ts';
import type { DependencyTree } from './dependency-tree.ts';
import { isPunctuation } from './word-classes.ts';

/** The contiguous run of `tokens` (sorted indexes) that contains `anchor`, edge punctuation trimmed. */
export function contiguousRun(
  tree: DependencyTree,
  tokens: readonly number[],
  anchor: number,
): number[] {
  const set = new Set(tokens);
  if (!set.has(anchor)) return [];
  let first = anchor;
  let last = anchor;
  while (set.has(first - 1)) first -= 1;
  while (set.has(last + 1)) last += 1;
  const isPunct = (index: number): boolean => {
    const token = tree.token(index);
    return token === undefined || isPunctuation(token);
  };
  while (first < last && isPunct(first)) first += 1;
  while (last > first && isPunct(last)) last -= 1;
  const run: number[] = [];
  for (let index = first; index <= last; index += 1) run.push(index);
  return run;
}

/** The argument covering `run` (contiguous, sorted token indexes); undefined for an empty run. */
export function argumentOf(
  text: string,
  tree: DependencyTree,
  run: readonly number[],
): TripleArgument | undefined {
  const first = tree.token(run[0] ?? -1);
  const last = tree.token(run.at(-1) ?? -1);
  if (!first || !last) return undefined;
  return { start: first.start, end: last.end, text: text.slice(first.start, last.end) };
}

/** The relation's words in sentence order, with offsets when they are one stretch of the text. */
export function relationOf(
  text: string,
  tree: DependencyTree,
  tokens: readonly number[],
  prefix?: string,
): { text: string; start?: number; end?: number } {
  const words = tokens.flatMap((index) => {
    const token = tree.token(index);
    return token ? [text.slice(token.start, token.end)] : [];
  });
  const phrase = [prefix, ...words].filter((w) => w !== undefined && w !== '').join(' ');
  const contiguous = tokens.every((index, k) => k === 0 || index === (tokens[k - 1] ?? 0) + 1);
  const first = tree.token(tokens[0] ?? -1);
  const last = tree.token(tokens.at(-1) ?? -1);
  if (prefix === undefined && contiguous && first && last) {
    return { text: text.slice(first.start, last.end), start: first.start, end: last.end };
  }
  return { text: phrase };
}

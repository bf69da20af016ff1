/** Email addresses: a conventional local part, a domain of labels and a letter TLD. */
import type { PatternMatch } from './types.ts';

const EMAIL =
  /(?<![\p{L}\p{N}._%+-])[A-Za-z0-9](?:[A-Za-z0-9._%+-]{0,62}[A-Za-z0-9_%+-])?@(?:[\p{L}\p{N}](?:[\p{L}\p{N}-]{0,61}[\p{L}\p{N}])?\.)+\p{L}{2,24}(?![\p{L}\p{N}-]|\.[\p{L}\p{N}])/gu;

export function findEmails(text: string): PatternMatch[] {
  return [...text.matchAll(EMAIL)]
    .filter((match) => !match[0].includes('..'))
    .map((match) => ({
      start: match.index,
      end: match.index + match[0].length,
      text: match[0],
      type: 'EMAIL' as const,
      confidence: 0.98,
      normalized: match[0].toLowerCase(),
    }));
}

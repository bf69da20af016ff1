/**
 * Quarry's search syntax is Elasticsearch's `simple_query_string` (never `query_string`: no field
 * access, no regular expressions, no errors on bad syntax), plus the words AND, OR and NOT. The
 * scanning rules below mirror Lucene's SimpleQueryParser, so what counts as a word, a phrase or a
 * group here is exactly what Elasticsearch will see.
 */

const WORD_OPERATORS: Record<string, string> = { AND: '+', OR: '|', NOT: '-' };

function isSpace(char: string | undefined): boolean {
  return char === ' ' || char === '\t' || char === '\n' || char === '\r';
}

/** Characters that end a term (SimpleQueryParser's tokenFinished). */
function endsToken(char: string | undefined): boolean {
  return (
    char === '"' || char === '|' || char === '+' || char === '(' || char === ')' || isSpace(char)
  );
}

/** Index of the quote closing the phrase opened at `open`, or -1 (an unclosed quote is ignored). */
function closingQuote(query: string, open: number): number {
  for (let i = open + 1; i < query.length; i++) {
    if (query[i] === '\\') i++;
    else if (query[i] === '"') return i;
  }
  return -1;
}

/** Index of the parenthesis closing the group opened at `open`, or -1. */
function closingParen(query: string, open: number): number {
  let depth = 1;
  for (let i = open + 1; i < query.length; i++) {
    if (query[i] === '\\') i++;
    else if (query[i] === '(') depth++;
    else if (query[i] === ')' && --depth === 0) return i;
  }
  return -1;
}

/** End (exclusive) of the term starting at `start`: backslash escapes the next character. */
function termEnd(query: string, start: number): number {
  let i = start;
  while (i < query.length && !endsToken(query[i])) i += query[i] === '\\' ? 2 : 1;
  return Math.min(i, query.length);
}

/**
 * Replaces the words AND, OR and NOT (upper case, outside phrases) by `+`, `|` and `-`. NOT's `-`
 * is glued to what follows: Lucene drops a `-` that is followed by a space.
 */
export function translateOperators(query: string): string {
  let out = '';
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (char === '"') {
      const close = closingQuote(query, i);
      const end = close === -1 ? i + 1 : close + 1;
      out += query.slice(i, end);
      i = end;
    } else if (endsToken(char)) {
      out += char;
      i++;
    } else {
      const end = termEnd(query, i);
      const word = query.slice(i, end);
      const operator = WORD_OPERATORS[word];
      if (operator === '-') {
        out += '-';
        i = end;
        while (isSpace(query[i])) i++;
      } else {
        out += operator ?? word;
        i = end;
      }
    }
  }
  return out;
}

/**
 * The clauses a query excludes at its top level (`-word`, `-"a phrase"`, `-(a group)`), each as a
 * query of its own without the minus. Empty when the top level has an OR: Lucene evaluates left to
 * right, so in `a -b | c` the exclusion of b does not apply to the whole document set.
 */
export function topLevelExclusions(query: string): string[] {
  const excluded: string[] = [];
  let hasOr = false;
  let not = 0;
  let i = 0;
  while (i < query.length) {
    const char = query[i]!;
    if (char === '-') {
      not++;
      i++;
      continue;
    }
    const start = i;
    if (char === '(' || char === '"') {
      const close = char === '(' ? closingParen(query, i) : closingQuote(query, i);
      if (close === -1) {
        // Lucene skips an unclosed quote or parenthesis and reads on.
        i++;
        not = 0;
        continue;
      }
      i = close + 1;
      if (char === '"' && query[i] === '~') i = termEnd(query, i);
    } else if (endsToken(char)) {
      if (char === '|') hasOr = true;
      i++;
      not = 0;
      continue;
    } else {
      i = termEnd(query, i);
    }
    if (not % 2 === 1) excluded.push(query.slice(start, i));
    not = 0;
  }
  return hasOr ? [] : excluded;
}

/** Where a predicate's subject comes from: its own, shared through a conjunction, or a relative word's noun. */
import { AUXILIARIES, SUBJECTS, isNominal, type ClauseContext } from './clause-model.ts';
import { nounPhrase } from './noun-phrase.ts';
import { isPunctuation, isRelativeWord } from './word-classes.ts';

/** Heads of predicates that have a subject of their own. */
export function ownSubject(ctx: ClauseContext, head: number): number | undefined {
  return ctx.tree.child(head, ...SUBJECTS);
}

/** The subject a predicate without one shares: a conjoined verb's first conjunct's subject. */
export function sharedSubject(ctx: ClauseContext, head: number): number | undefined {
  let current = head;
  for (let depth = 0; depth < 10 && ctx.tree.relation(current) === 'conj'; depth += 1) {
    current = ctx.tree.head(current);
    const subject = ownSubject(ctx, current);
    if (subject !== undefined) return subject;
  }
  return undefined;
}

/**
 * "was opened and renamed": a participle or infinitive conjoined to a verb shares its auxiliaries;
 * a finite verb ("was opened and became") does not. UD tags (other languages) cannot tell: shared.
 */
export function sharedAuxiliaries(
  ctx: ClauseContext,
  verb: number,
  firstConjunct: number,
): number[] {
  const { tree } = ctx;
  if (tree.children(verb, (r) => AUXILIARIES.has(r)).length > 0) return [];
  if (/^VB[DZP]$/.test(tree.token(verb)?.pos ?? '')) return [];
  return tree.children(firstConjunct, (r) => AUXILIARIES.has(r));
}

/**
 * The subject's noun phrase. A relative word stands for the noun its clause modifies ("Jones, who
 * authored ..."), or, when the parser did not attach the clause as relative, the noun just before it.
 */
export function subjectPhrase(
  ctx: ClauseContext,
  subject: number,
): { tokens: number[]; head: number } | undefined {
  const { tree } = ctx;
  const phrase = (head: number) => ({ tokens: nounPhrase(ctx, head), head });
  const token = tree.token(subject);
  if (
    !token ||
    !isRelativeWord(token, ctx.language) ||
    !SUBJECTS.includes(tree.relation(subject))
  ) {
    return phrase(subject);
  }
  let clause = tree.head(subject);
  for (let depth = 0; depth < 10 && tree.relation(clause) === 'conj'; depth += 1)
    clause = tree.head(clause);
  if (tree.relation(clause) === 'acl:relcl') return phrase(tree.head(clause));
  for (let index = subject - 1; index > 0; index -= 1) {
    const before = tree.token(index);
    if (before && isPunctuation(before)) continue;
    return before && isNominal(ctx, index) ? phrase(index) : undefined;
  }
  return undefined;
}

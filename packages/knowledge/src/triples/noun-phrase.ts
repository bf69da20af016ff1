/** Argument noun phrases: the subtree of a noun without what states a fact of its own. */
import { SUBJECTS, type ClauseContext } from './clause-model.ts';

/** branches an argument noun phrase leaves out: they are clauses or statements of their own */
const NOT_IN_NOUN_PHRASE = new Set([
  'acl:relcl',
  'appos',
  // when the noun is a copula's predicate ("The champions were Kilmacud Crokes, who ..."), the
  // clause's parts hang from it too
  ...SUBJECTS,
  'cop',
  'aux',
  'aux:pass',
  'advcl',
  'parataxis',
]);

/**
 * The noun phrase headed by `head`, without its relative clauses, appositions and modifiers set off
 * by a comma after the head ("Siemens Energy AG, based in Munich,"): those are facts of their own.
 */
export function nounPhrase(
  { tree }: ClauseContext,
  head: number,
  without: ReadonlySet<number> = new Set(),
): number[] {
  const parenthetical = (child: number): boolean => {
    if (tree.head(child) !== head || child < head || tree.relation(child) === 'conj') return false;
    const before = tree.token(Math.min(...tree.subtree(child)) - 1);
    return before?.word === ',';
  };
  return tree.subtree(
    head,
    (child, relation) =>
      NOT_IN_NOUN_PHRASE.has(relation) ||
      without.has(child) ||
      parenthetical(child) ||
      // "by the river": the preposition belongs to the clause that took the phrase in
      (tree.head(child) === head && (relation === 'case' || relation === 'mark')),
  );
}

/**
 * "include A, B and C": one triple per conjunct of the object, beside the triple with the whole
 * list. The parser attaches B and C as `conj` of A.
 */
import type { Clause, ClauseContext } from './clause-model.ts';
import { nounPhrase } from './noun-phrase.ts';

export function splitConjoinedObject(ctx: ClauseContext, clause: Clause): Clause[] {
  const { tree } = ctx;
  const head = clause.objectHead;
  // conjoined verbs and clauses ("was a writer and attempted ...") are clauses of their own
  const conjuncts = tree
    .children(head, (r) => r === 'conj')
    .filter(
      (c) =>
        !/^(VB|VERB|AUX)/.test(tree.token(c)?.pos ?? '') &&
        tree.child(c, 'cop', 'nsubj', 'nsubj:pass') === undefined,
    );
  if (conjuncts.length === 0 || !clause.object.includes(head)) return [];
  const list = new Set([...conjuncts, ...tree.children(head, (r) => r === 'cc')]);
  return [head, ...conjuncts].map((conjunct) => ({
    ...clause,
    object: nounPhrase(ctx, conjunct, conjunct === head ? list : new Set()).filter(
      (t) =>
        !clause.relation.includes(t) &&
        !tree.children(conjunct, (r) => r === 'cc' || r === 'case').includes(t),
    ),
    objectHead: conjunct,
  }));
}

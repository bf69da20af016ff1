/**
 * The relation and object of a predicate whose subject is known: the verb group (auxiliaries,
 * negation, particle, "to"-infinitive chains, adverbs before the verb, the first complement's
 * preposition) and the complements after the verb.
 */
import { AUXILIARIES, SUBJECTS, isVerb, type Clause, type ClauseContext } from './clause-model.ts';
import { baseRelation } from './dependency-tree.ts';
import { isNegation } from './word-classes.ts';

/** relations whose subtree is the verb's complement: what the object is made of */
const COMPLEMENTS = new Set(['obj', 'iobj', 'obl', 'xcomp', 'ccomp', 'nmod', 'advmod', 'dep']);

function negations(ctx: ClauseContext, verb: number): number[] {
  return ctx.tree.children(verb).filter((c) => {
    const relation = ctx.tree.relation(c);
    const token = ctx.tree.token(c);
    return (
      (relation === 'advmod' || relation === 'neg') &&
      token !== undefined &&
      isNegation(token, ctx.language)
    );
  });
}

/** "attempted to popularize": an infinitive xcomp without its own subject continues the relation. */
export function nextInChain(ctx: ClauseContext, verb: number): number | undefined {
  const { tree } = ctx;
  if (tree.child(verb, 'obj') !== undefined) return undefined;
  const xcomp = tree.child(verb, 'xcomp');
  if (xcomp === undefined || !isVerb(ctx, xcomp)) return undefined;
  if (tree.children(xcomp, (r) => SUBJECTS.includes(r)).length > 0) return undefined;
  return xcomp;
}

/** Tokens of `verb` that belong to the relation phrase: auxiliaries, negation, particle, marker. */
export function verbGroup(ctx: ClauseContext, verb: number, withCopula: boolean): number[] {
  const { tree } = ctx;
  const group = tree.children(
    verb,
    (r) => AUXILIARIES.has(r) || r === 'compound:prt' || r === 'cop',
  );
  // the "to" of an infinitive in a chain
  if (tree.relation(verb) === 'xcomp') group.push(...tree.children(verb, (r) => r === 'mark'));
  group.push(...negations(ctx, verb));
  if (!withCopula || tree.child(verb, 'cop') === undefined) group.push(verb);
  return group;
}

interface Predicate {
  /** the verbs of the relation, first to last ("attempted", "popularize") */
  chain: number[];
  copula: boolean;
}

export function predicateOf(ctx: ClauseContext, head: number): Predicate {
  const chain = [head];
  const hasCopula = ctx.tree.child(head, 'cop') !== undefined;
  // "were able to reinforce the hotel": an adjective with an infinitive is a verb chain
  const adjectiveChain =
    hasCopula &&
    /^(JJ|ADJ)/.test(ctx.tree.token(head)?.pos ?? '') &&
    nextInChain(ctx, head) !== undefined;
  const copula = hasCopula && !adjectiveChain;
  if (!copula) {
    for (let next = nextInChain(ctx, head); next !== undefined; next = nextInChain(ctx, next)) {
      if (chain.includes(next)) break;
      chain.push(next);
    }
  }
  return { chain, copula };
}

/** The complements of the predicate's verbs, each a subtree, in sentence order. */
function complementsOf(
  ctx: ClauseContext,
  predicate: Predicate,
  exclude: ReadonlySet<number>,
): number[] {
  const { tree } = ctx;
  const inChain = new Set(predicate.chain);
  return predicate.chain
    .flatMap((verb) =>
      tree.children(verb, (r) => COMPLEMENTS.has(r) || COMPLEMENTS.has(baseRelation(r))),
    )
    .filter((c) => !inChain.has(c) && !exclude.has(c) && !negations(ctx, tree.head(c)).includes(c))
    .sort((a, b) => a - b);
}

/** Relative clauses, clauses side by side, and conjoined clauses are facts of their own. */
function inComplement(ctx: ClauseContext, child: number, relation: string): boolean {
  if (relation === 'acl:relcl' || relation === 'parataxis') return false;
  if (relation !== 'conj') return true;
  return !isVerb(ctx, child) && ctx.tree.child(child, 'cop', ...SUBJECTS) === undefined;
}

/**
 * Relation and object of a predicate whose subject is known. The object is the stretch from the
 * first complement after the verb to the end of the last; without one after the verb, the
 * complement nearest before it. A first complement with a preposition gives it to the relation.
 */
export function completeClause(
  ctx: ClauseContext,
  head: number,
  subject: number[],
  subjectHead: number,
  options: { exclude?: ReadonlySet<number>; confidence: number; sharedRelation?: number[] },
): Clause | undefined {
  const { tree } = ctx;
  const predicate = predicateOf(ctx, head);
  const exclude = new Set([...(options.exclude ?? []), subjectHead]);
  const relation = predicate.chain.flatMap((verb, k) =>
    verbGroup(ctx, verb, k === 0 && predicate.copula),
  );
  relation.push(...(options.sharedRelation ?? []));
  // "probably saw", "is usually caused by": a bare adverb between subject and verb qualifies the
  // relation
  const subjectEnd = Math.max(...subject);
  for (const verb of predicate.chain) {
    for (const adverb of tree.children(verb, (r) => r === 'advmod')) {
      if (adverb < verb && adverb > subjectEnd && tree.children(adverb).length === 0) {
        relation.push(adverb);
        exclude.add(adverb);
      }
    }
  }

  let object: number[];
  let objectHead: number;
  const last = predicate.chain.at(-1) ?? head;
  if (predicate.copula) {
    // "X is (on) Y": the predicate nominal is the object, without what belongs to the clause
    const clauseParts = new Set([
      ...SUBJECTS,
      'aux',
      'aux:pass',
      'cop',
      'mark',
      'punct',
      'cc',
      'conj',
      'advcl',
      'parataxis',
      'acl:relcl',
    ]);
    const cases = tree.children(head, (r) => r === 'case').filter((c) => c < head);
    relation.push(...cases);
    object = tree.subtree(
      head,
      (child, r) =>
        clauseParts.has(r) ||
        cases.includes(child) ||
        negations(ctx, head).includes(child) ||
        exclude.has(child),
    );
    objectHead = head;
  } else {
    const complements = complementsOf(ctx, predicate, exclude);
    let after = complements.filter((c) => c > last);
    // a bare adverb right after the verb ("knocked out of", "was later sold") is part of the relation
    const adverb = after[0];
    if (
      adverb !== undefined &&
      after.length > 1 &&
      tree.relation(adverb) === 'advmod' &&
      tree.children(adverb).length === 0 &&
      adverb === Math.max(last, ...relation) + 1
    ) {
      relation.push(adverb);
      after = after.slice(1);
    }
    const chosen = after.length > 0 ? after : complements.slice(-1);
    const first = chosen[0];
    if (first === undefined) return undefined;
    const tokens = chosen.flatMap((c) =>
      tree.subtree(c, (child, r) => exclude.has(child) || !inComplement(ctx, child, r)),
    );
    const from = Math.min(...tokens);
    const to = Math.max(...tokens);
    object = [];
    for (let index = from; index <= to; index += 1) object.push(index);
    // the leading preposition ("apologized to | Bond") moves into the relation
    const leadingCase = tree
      .children(first, (r) => r === 'case' || r === 'mark')
      .filter((c) => c === from);
    if (leadingCase.length > 0) {
      relation.push(...leadingCase);
      object = object.filter((index) => !leadingCase.includes(index));
    }
    objectHead = first;
  }
  if (object.length === 0 || subject.length === 0) return undefined;
  return {
    subject,
    subjectHead,
    relation: [...new Set(relation)].sort((a, b) => a - b),
    object,
    objectHead,
    confidence: options.confidence,
  };
}

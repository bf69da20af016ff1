/**
 * ClausIE-style clause detection over a basic Universal Dependencies parse (Del Corro and Gemulla,
 * "ClausIE: Clause-Based Open Information Extraction", WWW 2013, re-done for UD labels): every
 * predicate with a subject, its own or one it shares (conjoined verbs, relative and participial
 * clauses), becomes a clause of subject, relation (auxiliaries, negation, the verb, its particle,
 * "to"-infinitive chains, the preposition of the first complement) and object (the complements
 * after the verb). Copulas give "X is Y"; appositions are in appositions.ts.
 */
import type { NlpLanguage } from '../corenlp/types.ts';
import { CLAUSE_CONFIDENCE } from './confidence.ts';
import { baseRelation, type DependencyTree } from './dependency-tree.ts';
import { isNegation, isPunctuation, isRelativeWord } from './word-classes.ts';

export interface Clause {
  subject: number[];
  subjectHead: number;
  relation: number[];
  /** a word the sentence does not have there ("is" for an apposition) */
  relationPrefix?: string;
  object: number[];
  objectHead: number;
  confidence: number;
}

const SUBJECTS = ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass'];
const AUXILIARIES = new Set(['aux', 'aux:pass']);
/** relations whose subtree is the verb's complement: what the object is made of */
const COMPLEMENTS = new Set(['obj', 'iobj', 'obl', 'xcomp', 'ccomp', 'nmod', 'advmod', 'dep']);
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

export interface ClauseContext {
  tree: DependencyTree;
  language: NlpLanguage;
}

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

/** Nouns and proper nouns (PTB NN*, UD NOUN/PROPN). */
export function isNominal({ tree }: ClauseContext, index: number): boolean {
  const pos = tree.token(index)?.pos ?? '';
  return pos.startsWith('NN') || pos === 'NOUN' || pos === 'PROPN';
}

function isVerb(ctx: ClauseContext, index: number): boolean {
  const pos = ctx.tree.token(index)?.pos ?? '';
  return pos.startsWith('VB') || pos === 'VERB' || pos === 'AUX';
}

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
function nextInChain(ctx: ClauseContext, verb: number): number | undefined {
  const { tree } = ctx;
  if (tree.child(verb, 'obj') !== undefined) return undefined;
  const xcomp = tree.child(verb, 'xcomp');
  if (xcomp === undefined || !isVerb(ctx, xcomp)) return undefined;
  if (tree.children(xcomp, (r) => SUBJECTS.includes(r)).length > 0) return undefined;
  return xcomp;
}

/** Tokens of `verb` that belong to the relation phrase: auxiliaries, negation, particle, marker. */
function verbGroup(ctx: ClauseContext, verb: number, withCopula: boolean): number[] {
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

function predicateOf(ctx: ClauseContext, head: number): Predicate {
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

/** Heads of predicates that have a subject of their own. */
function ownSubject(ctx: ClauseContext, head: number): number | undefined {
  return ctx.tree.child(head, ...SUBJECTS);
}

/** The subject a predicate without one shares: a conjoined verb's first conjunct's subject. */
function sharedSubject(ctx: ClauseContext, head: number): number | undefined {
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
function sharedAuxiliaries(ctx: ClauseContext, verb: number, firstConjunct: number): number[] {
  const { tree } = ctx;
  if (tree.children(verb, (r) => AUXILIARIES.has(r)).length > 0) return [];
  if (/^VB[DZP]$/.test(tree.token(verb)?.pos ?? '')) return [];
  return tree.children(firstConjunct, (r) => AUXILIARIES.has(r));
}

/**
 * The subject's noun phrase. A relative word stands for the noun its clause modifies ("Jones, who
 * authored ..."), or, when the parser did not attach the clause as relative, the noun just before it.
 */
function subjectPhrase(
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

/** Verbs that are links of another verb's chain: their clause is that verb's. */
function chainedVerbs(ctx: ClauseContext): Set<number> {
  const chained = new Set<number>();
  for (const token of ctx.tree.tokens) {
    for (
      let next = nextInChain(ctx, token.index);
      next !== undefined && !chained.has(next);
      next = nextInChain(ctx, next)
    ) {
      chained.add(next);
    }
  }
  return chained;
}

export function findClauses(ctx: ClauseContext): Clause[] {
  const { tree } = ctx;
  const chained = chainedVerbs(ctx);
  const clauses: Clause[] = [];
  for (const token of tree.tokens) {
    const head = token.index;
    if (chained.has(head)) continue;
    const relation = tree.relation(head);
    const own = ownSubject(ctx, head);
    if (relation === 'acl:relcl') {
      const clause = relativeClause(ctx, head);
      if (clause) clauses.push(clause);
      continue;
    }
    if (own !== undefined) {
      const subject = subjectPhrase(ctx, own);
      const clause =
        subject &&
        completeClause(ctx, head, subject.tokens, subject.head, {
          confidence: CLAUSE_CONFIDENCE.ownSubject,
        });
      if (clause) clauses.push(clause);
      continue;
    }
    if (relation === 'conj' && chained.has(tree.head(head)) && isVerb(ctx, head)) {
      const clause = conjoinedInChain(ctx, head, chained);
      if (clause) clauses.push(clause);
      continue;
    }
    if (relation === 'conj' && (isVerb(ctx, head) || tree.child(head, 'cop') !== undefined)) {
      const shared = sharedSubject(ctx, head);
      const subject = shared === undefined ? undefined : subjectPhrase(ctx, shared);
      if (shared === undefined || subject === undefined) continue;
      const clause = completeClause(ctx, head, subject.tokens, subject.head, {
        confidence: CLAUSE_CONFIDENCE.sharedSubject,
        sharedRelation: sharedAuxiliaries(ctx, head, tree.head(shared)),
      });
      if (clause) clauses.push(clause);
      continue;
    }
    if (relation === 'acl' && isVerb(ctx, head)) {
      // "Siemens Energy AG, based in Munich": the participle's subject is the noun it modifies
      const noun = tree.head(head);
      const clause = completeClause(ctx, head, nounPhrase(ctx, noun, new Set([head])), noun, {
        confidence: CLAUSE_CONFIDENCE.participle,
      });
      if (clause) clauses.push(clause);
    }
  }
  return clauses;
}

/**
 * "were able to reinforce the hotel and defeat several attacks": a verb conjoined to a link of a
 * chain shares the chain before that link ("were able to") and its subject.
 */
function conjoinedInChain(
  ctx: ClauseContext,
  verb: number,
  chained: ReadonlySet<number>,
): Clause | undefined {
  const { tree } = ctx;
  const link = tree.head(verb);
  const before: number[] = [];
  let root = tree.head(link);
  for (let depth = 0; depth < 10 && chained.has(root); depth += 1) {
    before.unshift(root);
    root = tree.head(root);
  }
  before.unshift(root);
  const subjectHead = ownSubject(ctx, root) ?? sharedSubject(ctx, root);
  const subject = subjectHead === undefined ? undefined : subjectPhrase(ctx, subjectHead);
  if (subjectHead === undefined || subject === undefined) return undefined;
  const shared = [
    ...before.flatMap((v) => verbGroup(ctx, v, false)),
    ...tree.children(link, (r) => r === 'mark'),
  ];
  return completeClause(ctx, verb, subject.tokens, subject.head, {
    confidence: CLAUSE_CONFIDENCE.sharedSubject,
    sharedRelation: shared,
  });
}

/**
 * "the company that supplies turbines": the noun is the subject when the relative word is; "the
 * turbines that Siemens supplies": the noun is the object.
 */
function relativeClause(ctx: ClauseContext, head: number): Clause | undefined {
  const { tree } = ctx;
  const noun = tree.head(head);
  const nounTokens = nounPhrase(ctx, noun);
  const relativeWord = tree.children(head).find((c) => {
    const token = tree.token(c);
    return (
      token !== undefined &&
      isRelativeWord(token, ctx.language) &&
      ['nsubj', 'nsubj:pass', 'obj'].includes(tree.relation(c))
    );
  });
  const subject = ownSubject(ctx, head);
  if (subject === undefined || subject === relativeWord) {
    const exclude = relativeWord === undefined ? new Set<number>() : new Set([relativeWord]);
    return completeClause(ctx, head, nounTokens, noun, {
      confidence: CLAUSE_CONFIDENCE.relativeSubject,
      exclude,
    });
  }
  if (tree.child(head, 'obj') !== undefined && tree.child(head, 'obj') !== relativeWord)
    return undefined;
  // the verb group only: a complement's preposition ("opened in Unterlüß") is not the noun's
  const predicate = predicateOf(ctx, head);
  const relation = predicate.chain.flatMap((verb, k) =>
    verbGroup(ctx, verb, k === 0 && predicate.copula),
  );
  return {
    subject: nounPhrase(ctx, subject),
    subjectHead: subject,
    relation: relation.sort((a, b) => a - b),
    object: nounTokens,
    objectHead: noun,
    confidence: CLAUSE_CONFIDENCE.relativeObject,
  };
}

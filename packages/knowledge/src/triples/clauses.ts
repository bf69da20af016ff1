/**
 * ClausIE-style clause detection over a basic Universal Dependencies parse (Del Corro and Gemulla,
 * "ClausIE: Clause-Based Open Information Extraction", WWW 2013, re-done for UD labels): every
 * predicate with a subject, its own or one it shares (conjoined verbs, relative and participial
 * clauses), becomes a clause of subject, relation (auxiliaries, negation, the verb, its particle,
 * "to"-infinitive chains, the preposition of the first complement) and object (the complements
 * after the verb). Copulas give "X is Y"; facts inside noun phrases are in noun-modifiers.ts.
 */
import { CLAUSE_CONFIDENCE } from './confidence.ts';
import { isVerb, type Clause, type ClauseContext } from './clause-model.ts';
import { nounPhrase } from './noun-phrase.ts';
import { completeClause, nextInChain, predicateOf, verbGroup } from './predicate.ts';
import { ownSubject, sharedAuxiliaries, sharedSubject, subjectPhrase } from './subjects.ts';
import { isRelativeWord } from './word-classes.ts';

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

/**
 * Subject-relation-object triples of one parsed sentence (see clauses.ts for the rules). Offsets
 * are relative to `text`, the text the sentence was parsed from; the caller adds the sentence's
 * index in the document and links arguments to entities.
 */
import type { NlpLanguage, NlpSentence } from '../corenlp/types.ts';
import type { Triple } from '../types.ts';
import { nounModifierClauses } from './noun-modifiers.ts';
import { argumentOf, contiguousRun, relationOf } from './argument-span.ts';
import type { Clause, ClauseContext } from './clause-model.ts';
import { LONG_ARGUMENT_FACTOR, LONG_ARGUMENT_TOKENS } from './confidence.ts';
import { findClauses } from './clauses.ts';
import { splitConjoinedObject } from './conjunctions.ts';
import { buildDependencyTree } from './dependency-tree.ts';

/** A triple before it is placed in a document: no sentence index yet. */
export type SentenceTriple = Omit<Triple, 'sentence'>;

export function extractTriples(
  text: string,
  sentence: NlpSentence,
  language: NlpLanguage,
): SentenceTriple[] {
  if (sentence.dependencies.length === 0) return [];
  const tree = buildDependencyTree(sentence);
  const ctx: ClauseContext = { tree, language };
  const found = [...findClauses(ctx), ...nounModifierClauses(ctx)];
  const clauses = found.flatMap((clause) => {
    const split = splitConjoinedObject(ctx, clause);
    return split.length > 0 ? split : [clause];
  });
  const triples: SentenceTriple[] = [];
  const seen = new Set<string>();
  for (const clause of clauses) {
    const triple = toTriple(text, ctx, clause);
    if (!triple) continue;
    const key = `${triple.subject.start}:${triple.subject.end}|${triple.relation.text}|${triple.object.start}:${triple.object.end}`;
    if (seen.has(key)) continue;
    seen.add(key);
    triples.push(triple);
  }
  return triples;
}

/** Not an article, preposition, conjunction or punctuation ("these" and "that" can be arguments). */
function isContentWord(tree: ClauseContext['tree'], index: number): boolean {
  const token = tree.token(index);
  if (!token || /^(the|a|an)$/i.test(token.word)) return false;
  return !/^(IN|CC|TO|ADP|CCONJ|SCONJ|PUNCT|[^A-Z])/.test(token.pos);
}

function toTriple(
  text: string,
  { tree }: ClauseContext,
  clause: Clause,
): SentenceTriple | undefined {
  const relationTokens = new Set(clause.relation);
  const subjectRun = contiguousRun(
    tree,
    clause.subject.filter((t) => !relationTokens.has(t)),
    clause.subjectHead,
  );
  const objectTokens = clause.object.filter((t) => !relationTokens.has(t));
  const objectAnchor = objectTokens.includes(clause.objectHead)
    ? clause.objectHead
    : (objectTokens[0] ?? -1);
  const objectRun = contiguousRun(tree, objectTokens, objectAnchor);
  // "the ; Kill ; Van Kull": a misparse leaves an argument of function words only
  if (
    !subjectRun.some((t) => isContentWord(tree, t)) ||
    !objectRun.some((t) => isContentWord(tree, t))
  )
    return undefined;
  const subject = argumentOf(text, tree, subjectRun);
  const object = argumentOf(text, tree, objectRun);
  if (!subject || !object || (clause.relation.length === 0 && clause.relationPrefix === undefined))
    return undefined;
  const relation = relationOf(text, tree, clause.relation, clause.relationPrefix);
  const longest = Math.max(subjectRun.length, objectRun.length);
  const confidence =
    clause.confidence * (longest > LONG_ARGUMENT_TOKENS ? LONG_ARGUMENT_FACTOR : 1);
  return { subject, relation, object, confidence: Math.round(confidence * 1000) / 1000 };
}

/**
 * A sentence's basic Universal Dependencies parse as a tree the clause rules can walk: each token's
 * head and relation, its children in sentence order, and subtrees. Token indexes are CoreNLP's
 * 1-based positions; 0 is the root.
 */
import type { NlpSentence, NlpToken } from '../corenlp/types.ts';

export interface DependencyTree {
  tokens: readonly NlpToken[];
  /** the token at a 1-based index */
  token(index: number): NlpToken | undefined;
  /** the relation that attaches `index` to its head ('root' for the root) */
  relation(index: number): string;
  head(index: number): number;
  /** dependents of `index` in sentence order, optionally only those whose relation passes `accept` */
  children(index: number, accept?: (relation: string) => boolean): number[];
  /** the first dependent with exactly one of these relations */
  child(index: number, ...relations: string[]): number | undefined;
  /** `index` and everything below it, except the branches `prune` rejects, in sentence order */
  subtree(index: number, prune?: (child: number, relation: string) => boolean): number[];
  roots: number[];
}

/** The UD relation without its subtype: 'obl:tmod' -> 'obl'. */
export function baseRelation(relation: string): string {
  const colon = relation.indexOf(':');
  return colon < 0 ? relation : relation.slice(0, colon);
}

export function buildDependencyTree(sentence: NlpSentence): DependencyTree {
  const byIndex = new Map(sentence.tokens.map((t) => [t.index, t]));
  const heads = new Map<number, number>();
  const relations = new Map<number, string>();
  const childrenOf = new Map<number, number[]>();
  for (const dependency of sentence.dependencies) {
    heads.set(dependency.dependent, dependency.governor);
    relations.set(dependency.dependent, dependency.relation);
    const list = childrenOf.get(dependency.governor) ?? [];
    list.push(dependency.dependent);
    childrenOf.set(dependency.governor, list);
  }
  for (const list of childrenOf.values()) list.sort((a, b) => a - b);

  const tree: DependencyTree = {
    tokens: sentence.tokens,
    token: (index) => byIndex.get(index),
    relation: (index) => relations.get(index) ?? 'dep',
    head: (index) => heads.get(index) ?? 0,
    children(index, accept) {
      const all = childrenOf.get(index) ?? [];
      return accept ? all.filter((c) => accept(relations.get(c) ?? 'dep')) : all;
    },
    child(index, ...wanted) {
      return (childrenOf.get(index) ?? []).find((c) => wanted.includes(relations.get(c) ?? ''));
    },
    subtree(index, prune) {
      const collected = new Set<number>();
      const visit = (node: number): void => {
        collected.add(node);
        for (const c of childrenOf.get(node) ?? []) {
          if (prune?.(c, relations.get(c) ?? 'dep')) continue;
          // a malformed parse with a cycle must not hang the worker
          if (!collected.has(c)) visit(c);
        }
      };
      visit(index);
      return [...collected].sort((a, b) => a - b);
    },
    roots: childrenOf.get(0) ?? [],
  };
  return tree;
}

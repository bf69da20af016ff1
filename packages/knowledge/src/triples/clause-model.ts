/** What the clause rules build and share: a clause, the parse it is read from, word classes by tag. */
import type { NlpLanguage } from '../corenlp/types.ts';
import type { DependencyTree } from './dependency-tree.ts';

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

export interface ClauseContext {
  tree: DependencyTree;
  language: NlpLanguage;
}

export const SUBJECTS = ['nsubj', 'nsubj:pass', 'csubj', 'csubj:pass'];
export const AUXILIARIES = new Set(['aux', 'aux:pass']);

/** Nouns and proper nouns (PTB NN*, UD NOUN/PROPN). */
export function isNominal({ tree }: ClauseContext, index: number): boolean {
  const pos = tree.token(index)?.pos ?? '';
  return pos.startsWith('NN') || pos === 'NOUN' || pos === 'PROPN';
}

export function isVerb(ctx: ClauseContext, index: number): boolean {
  const pos = ctx.tree.token(index)?.pos ?? '';
  return pos.startsWith('VB') || pos === 'VERB' || pos === 'AUX';
}

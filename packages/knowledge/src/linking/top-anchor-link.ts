import type { KnowledgeBaseLink } from '../types.ts';
import type { KnowledgeBase } from './knowledge-base.ts';
import { displayTitle, normalizeName } from './normalize.ts';

/**
 * The stock baseline: the surface form's most probable WikiDict title, whatever the mention's type
 * or document, with no threshold (what CoreNLP's WikiDict lookup gives). Read from the same pruned,
 * case-folded table as the context linker.
 */
export function topAnchorLink(kb: KnowledgeBase, surface: string): KnowledgeBaseLink | null {
  const [best] = kb.anchorTitles(normalizeName(surface)).sort((a, b) => b.prob - a.prob);
  if (!best) return null;
  return { kb: 'wikipedia', id: best.title, title: displayTitle(best.title), score: best.prob };
}

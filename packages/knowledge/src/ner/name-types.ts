/**
 * Evidence for a name from the offline knowledge base: it is a known name when a Wikipedia title is
 * spelled exactly like it (case included: "Garage rock" and "Black pepper" are concepts, "Velvet
 * Revolver" and "Cold Spring Harbor Laboratory" are names) and the name links to that title with a
 * high anchor probability. WikiDict maps many anchors to unrelated pages ("Honolulu" ->
 * Eileen_Anderson), so a title named differently does not count. The type, when there is one, is
 * the linker's title type of the most linked such title (derived at build time from its wording:
 * "(band)", "Football Club", a GeoNames place); most titles have none.
 */
import type { KnowledgeBase } from '../linking/knowledge-base.ts';
import { normalizeName, titleParts } from '../linking/normalize.ts';
import type { NamedEntityType } from '../types.ts';

export interface KnownName {
  /** null: a known name of no clear type */
  type: NamedEntityType | null;
}

/** What the knowledge base knows about a surface form (words joined by single spaces). */
export type KnownNameLookup = (surface: string) => KnownName | null;

/** P(title | anchor) below which an anchor is too ambiguous to say what the name is. */
const MIN_ANCHOR_PROB = 0.5;
/** answers remembered per lookup; a long-lived lookup starts over beyond this */
const MAX_CACHED = 10_000;

export function knownNamesFrom(kb: KnowledgeBase): KnownNameLookup {
  const cache = new Map<string, KnownName | null>();
  return (surface) => {
    let known = cache.get(surface);
    if (known === undefined) {
      const norm = normalizeName(surface);
      const [best] = norm
        ? kb
            .anchorTitles(norm)
            .filter((t) => t.prob >= MIN_ANCHOR_PROB && titleParts(t.title).head === surface)
            .sort((a, b) => b.anchors - a.anchors)
        : [];
      known = best ? { type: best.type === 'SKIP' ? null : best.type } : null;
      if (cache.size >= MAX_CACHED) cache.clear();
      cache.set(surface, known);
    }
    return known;
  };
}

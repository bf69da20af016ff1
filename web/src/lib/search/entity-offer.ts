// "Did you mean the entity?": a search whose words name an entity offers its page above the
// results. The API's entity search is forgiving on purpose (prefixes, typos), so its best hit is
// offered only when the name it matched is close to the whole query; a query with search syntax
// (OR, -word, prefix*, fuzzy~, phrases next to other words) is a document search, not a name.

export interface EntityCandidate {
  /** The name or alias the API matched. */
  matched: string;
  entity: { key: string; name: string; type?: string | null };
}

/** Similarity (0..1) the matched name must reach. */
export const OFFER_THRESHOLD = 0.8;
/** Longest query taken for a name (longer is a sentence). */
const MAX_NAME_QUERY = 120;

/** The query as a name to look up, or null when it is not one. */
export function entityNameQuery(q: string): string | null {
  let name = q.trim();
  // One quoted phrase is still a name.
  const quoted = /^"([^"]+)"$/.exec(name);
  if (quoted) name = quoted[1]!.trim();
  if (!name || name.length > MAX_NAME_QUERY) return null;
  if (/["*~()]/.test(name) || /(^|\s)(OR|AND|NOT)(\s|$)/.test(name) || /(^|\s)-\S/.test(name)) {
    return null;
  }
  return name;
}

/** The candidate to offer: the most similar of the API's hits, if it is similar enough. */
export function entityOffer<C extends EntityCandidate>(
  q: string,
  candidates: readonly C[],
): C | null {
  const name = entityNameQuery(q);
  if (!name) return null;
  let best: { candidate: C; score: number } | null = null;
  for (const candidate of candidates) {
    const score = Math.max(
      nameSimilarity(name, candidate.matched),
      nameSimilarity(name, candidate.entity.name),
    );
    if (score >= OFFER_THRESHOLD && (!best || score > best.score)) best = { candidate, score };
  }
  return best?.candidate ?? null;
}

/** Case, accents, punctuation and spacing do not count. */
export function normaliseName(value: string): string {
  return value
    .normalize('NFKD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[_\p{P}\p{S}]+/gu, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** 1 − edit distance / longer length, over normalised names. */
export function nameSimilarity(a: string, b: string): number {
  const x = normaliseName(a);
  const y = normaliseName(b);
  if (!x || !y) return 0;
  if (x === y) return 1;
  return 1 - editDistance(x, y) / Math.max(x.length, y.length);
}

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      current[j] = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
    }
    previous = current;
  }
  return previous[b.length]!;
}

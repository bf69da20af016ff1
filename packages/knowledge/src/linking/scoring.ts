import type { NamedEntityType } from '../types.ts';
import type { AnchorRecord, PlaceRecord, TitleRecord } from './knowledge-base.ts';
import type { TitleType } from './title-types.ts';

/**
 * The linker's scores, kept apart from the lookups so they can be checked on hand-made records.
 * Weights were set by reasoning over a handful of examples (Paris, Georgia, Honolulu, Merkel), not
 * fitted to the labelled evaluation set.
 */

/** A Wikipedia title that one of the mention's surface forms could mean. */
export interface TitleCandidate extends TitleRecord {
  /** best P(title | anchor) over the surface forms, 0 when found only by its head name */
  prob: number;
  /** found because its name before the qualifier equals a surface form */
  headMatch: boolean;
}

export interface TitleContext {
  /** titles that other names in the document link to, by id */
  documentTitleIds: ReadonlySet<number>;
  /** normalized names of the other entities in the document */
  documentNames: ReadonlySet<string>;
}

export interface Scored<T> {
  item: T;
  score: number;
}

/** +1 when the title's kind is the mention's, 0 without evidence, negative when it disagrees. */
export function typeAgreement(mention: NamedEntityType, title: TitleType | null): number {
  if (title === 'SKIP') return -2;
  // MISC is a grab bag: a nationality adjective ("French") means the country or its people, an
  // event or a work means itself. Its type says nothing either way; matching it to MISC titles
  // sent "French" to the language page and "World" (cut out of World War I) to a song.
  if (title === null || mention === 'MISC') return 0;
  if (title === mention) return 1;
  const pair = new Set([mention, title]);
  // NER taggers swap these two often ("Germany" the team, "Parliament" the building): mild doubt.
  if (pair.has('LOCATION') && pair.has('ORGANIZATION')) return -0.4;
  if (title === 'MISC') return -0.5;
  return -1;
}

/** Merges per-form lookups into one candidate per title. */
export function mergeTitleCandidates(
  anchors: AnchorRecord[],
  heads: TitleRecord[],
): TitleCandidate[] {
  const byId = new Map<number, TitleCandidate>();
  for (const record of anchors) {
    const known = byId.get(record.id);
    if (!known || known.prob < record.prob)
      byId.set(record.id, { ...record, headMatch: known?.headMatch ?? false });
  }
  for (const record of heads) {
    const known = byId.get(record.id);
    if (known) known.headMatch = true;
    else byId.set(record.id, { ...record, prob: 0, headMatch: true });
  }
  return [...byId.values()];
}

/** How strongly the rest of the document points at this title (0..1). */
export function titleContextScore(
  candidate: TitleCandidate,
  qualifier: string | null,
  context: TitleContext,
): number {
  let score = 0;
  if (context.documentTitleIds.has(candidate.id)) score += 0.6;
  if (qualifier !== null && context.documentNames.has(qualifier)) score += 0.6;
  return Math.min(1, score);
}

/** Anchor texts per title at which a title counts as fully popular (Paris has about 900). */
const POPULAR_ANCHORS = 1_000;

/**
 * Whether the title's own name fits the mention's surface forms: 1 equal, 0.5 sharing a word or
 * being its acronym, 0 unrelated. WikiDict maps some anchors to unrelated pages (the anchors of
 * "Honolulu" point at Eileen_Anderson); an unrelated name needs other evidence, except for MISC
 * mentions, whose adjectives name their referent differently ("French" -> France).
 */
export function nameFit(forms: readonly string[], normalizedHead: string): number {
  if (forms.includes(normalizedHead)) return 1;
  const headWords = normalizedHead.split(' ');
  const acronym = headWords.map((word) => word[0]).join('');
  for (const form of forms) {
    if (headWords.length > 1 && form.replace(/[ .]/g, '') === acronym) return 0.5;
    if (form.split(' ').some((word) => word.length >= 3 && headWords.includes(word))) return 0.5;
  }
  return 0;
}

export function scoreTitle(
  candidate: TitleCandidate,
  mentionType: NamedEntityType,
  contextScore: number,
  fit: number,
): number {
  const popularity = Math.min(1, Math.log1p(candidate.anchors) / Math.log1p(POPULAR_ANCHORS));
  return (
    0.45 * candidate.prob +
    0.15 * popularity +
    0.25 * typeAgreement(mentionType, candidate.type) +
    0.3 * contextScore +
    (fit === 1 ? 0.1 : fit > 0 ? 0.05 : mentionType === 'MISC' ? 0 : -0.15)
  );
}

export interface PlaceContext {
  /** ISO codes of countries the document's other names point to */
  countries: ReadonlySet<string>;
  /** `US/TX`-style codes of first-level regions the document's other names point to */
  regions: ReadonlySet<string>;
  /** countries where the document's language is spoken */
  languageCountries: ReadonlySet<string>;
}

/** How likely a place is the referent of a bare name, before context: size and rank. */
export function placePrior(place: PlaceRecord): number {
  if (place.kind === 'country') return 1;
  if (place.kind === 'region') return 0.8;
  return Math.min(1, Math.log10(place.population + 1) / 7);
}

export function scorePlace(place: PlaceRecord, exactName: boolean, context: PlaceContext): number {
  let score = 0.6 * placePrior(place);
  if (exactName) score += 0.1;
  if (context.countries.has(place.country) && place.kind !== 'country') score += 0.3;
  if (
    place.admin1 !== null &&
    context.regions.has(`${place.country}/${place.admin1}`) &&
    place.kind === 'city'
  )
    score += 0.3;
  if (context.languageCountries.has(place.country)) score += 0.1;
  return score;
}

/** The best item when it clears `minimum` and leads the runner-up by `margin`; else null. */
export function decide<T>(scored: Scored<T>[], minimum: number, margin: number): Scored<T> | null {
  const ranked = [...scored].sort((a, b) => b.score - a.score);
  const [best, second] = ranked;
  if (!best || best.score < minimum) return null;
  if (second && best.score - second.score < margin) return null;
  return best;
}

/** Maps an internal score onto the 0..1 confidence a link carries. */
export function confidence(score: number): number {
  return Math.round(Math.min(1, Math.max(0, score)) * 1000) / 1000;
}

import type { EntityLinker, LinkCandidate } from '../extract/services.ts';
import type { KnowledgeBaseLink, NamedEntityType } from '../types.ts';
import { NAMED_ENTITY_TYPES } from '../types.ts';
import type { KnowledgeBase, PlaceRecord } from './knowledge-base.ts';
import { LANGUAGE_COUNTRIES } from './language-countries.ts';
import { displayTitle, normalizeName, titleParts } from './normalize.ts';
import {
  confidence,
  decide,
  mergeTitleCandidates,
  nameFit,
  scorePlace,
  scoreTitle,
  titleContextScore,
  type PlaceContext,
  type Scored,
  type TitleCandidate,
  type TitleContext,
} from './scoring.ts';

export interface LinkerOptions {
  /** below this score nothing is linked */
  minimumTitleScore: number;
  /** the best title must lead the next by this much */
  titleMargin: number;
  minimumPlaceScore: number;
  placeMargin: number;
  /** titles found by their head name alone, most linked first */
  headCandidates: number;
}

/** Fixed before the evaluation sample was labelled (docs/knowledge-quality.md). */
export const DEFAULT_LINKER_OPTIONS: LinkerOptions = {
  minimumTitleScore: 0.55,
  titleMargin: 0.05,
  minimumPlaceScore: 0.45,
  placeMargin: 0.03,
  headCandidates: 25,
};

interface DocumentEvidence {
  titles: TitleContext;
  places: PlaceContext;
}

const isNamed = (type: string): type is NamedEntityType =>
  (NAMED_ENTITY_TYPES as readonly string[]).includes(type);

/**
 * Links entity clusters to Wikipedia titles (WikiDict) and, for locations, to GeoNames places,
 * re-scoring the raw anchor probabilities with the mention's type, the document's other names and
 * its language.
 */
export function createEntityLinker(
  kb: KnowledgeBase,
  options: LinkerOptions = DEFAULT_LINKER_OPTIONS,
): EntityLinker {
  return {
    link(candidates, context) {
      // What each of the document's names points to is looked up once; each candidate then sees
      // the evidence of every name but its own.
      const names = nameEvidence(kb, context.names);
      const languageCountries = new Set(
        context.language ? (LANGUAGE_COUNTRIES[context.language] ?? []) : [],
      );
      return Promise.resolve(
        candidates.map((candidate) =>
          linkCandidate(kb, candidate, names, languageCountries, options),
        ),
      );
    },
  };
}

function linkCandidate(
  kb: KnowledgeBase,
  candidate: LinkCandidate,
  names: Map<string, NameEvidence>,
  languageCountries: ReadonlySet<string>,
  options: LinkerOptions,
): KnowledgeBaseLink | null {
  if (!isNamed(candidate.type)) return null;
  const forms = surfaceForms(candidate);
  if (forms.length === 0) return null;
  const evidence = documentEvidence(names, new Set(forms), languageCountries);
  if (candidate.type === 'LOCATION') {
    const place = bestPlace(kb, forms, evidence.places, options);
    if (place) return place;
  }
  return bestTitle(kb, forms, candidate.type, evidence.titles, options);
}

/** A legal form at the end of a company name, which anchor texts usually leave out. */
const LEGAL_FORM =
  / (ag|gmbh|se|kgaa|kg|inc|ltd|llc|plc|corp|co|s ?a|n ?v|b ?v|s ?p ?a|sas|sarl|s ?l|oy|ab|asa)$/;

/** Normalized surface forms, the canonical name first, then the same without a legal form. */
export function surfaceForms(candidate: LinkCandidate): string[] {
  const forms = [candidate.name, ...candidate.aliases].map(normalizeName);
  const withoutLegalForm = forms.map((form) => form.replace(LEGAL_FORM, ''));
  return [...new Set([...forms, ...withoutLegalForm])].filter((form) => form.length >= 2);
}

interface NameEvidence {
  titleIds: number[];
  place: PlaceRecord | undefined;
}

function nameEvidence(kb: KnowledgeBase, names: string[]): Map<string, NameEvidence> {
  const evidence = new Map<string, NameEvidence>();
  for (const name of names) {
    const norm = normalizeName(name);
    if (norm.length < 2 || evidence.has(norm)) continue;
    evidence.set(norm, {
      titleIds: kb.anchorTitles(norm).map((anchor) => anchor.id),
      place: largestPlace(kb.placesByName(norm).filter(isContextPlace)),
    });
  }
  return evidence;
}

function documentEvidence(
  names: Map<string, NameEvidence>,
  own: Set<string>,
  languageCountries: ReadonlySet<string>,
): DocumentEvidence {
  const documentNames = new Set<string>();
  const documentTitleIds = new Set<number>();
  const countries = new Set<string>();
  const regions = new Set<string>();
  for (const [norm, { titleIds, place }] of names) {
    if (own.has(norm)) continue;
    documentNames.add(norm);
    for (const id of titleIds) documentTitleIds.add(id);
    if (!place) continue;
    countries.add(place.country);
    if (place.kind !== 'country' && place.admin1 !== null)
      regions.add(`${place.country}/${place.admin1}`);
  }
  return {
    titles: { documentNames, documentTitleIds },
    places: { countries, regions, languageCountries },
  };
}

/** Small places share names with people and things ("Merkel" is a village): they say nothing. */
const isContextPlace = (place: PlaceRecord) => place.kind !== 'city' || place.population >= 50_000;

/** Countries first, then regions, then the most populous city. */
function largestPlace(places: PlaceRecord[]): PlaceRecord | undefined {
  const rank = { country: 2, region: 1, city: 0 } as const;
  return [...places].sort((a, b) => rank[b.kind] - rank[a.kind] || b.population - a.population)[0];
}

function bestPlace(
  kb: KnowledgeBase,
  forms: string[],
  context: PlaceContext,
  options: LinkerOptions,
): KnowledgeBaseLink | null {
  const scored = new Map<number, Scored<PlaceRecord>>();
  for (const form of forms) {
    for (const place of kb.placesByName(form)) {
      const score = scorePlace(place, normalizeName(place.name) === form, context);
      const known = scored.get(place.id);
      if (!known || known.score < score) scored.set(place.id, { item: place, score });
    }
  }
  const best = decide([...scored.values()], options.minimumPlaceScore, options.placeMargin);
  if (!best) return null;
  const place = best.item;
  const where = place.kind === 'country' ? null : kb.regionName(place.country, null);
  return {
    kb: 'geonames',
    id: String(place.id),
    title: where ? `${place.name}, ${where}` : place.name,
    score: confidence(best.score),
    ...(place.latitude !== null && place.longitude !== null
      ? { latitude: place.latitude, longitude: place.longitude }
      : {}),
  };
}

function bestTitle(
  kb: KnowledgeBase,
  forms: string[],
  type: NamedEntityType,
  context: TitleContext,
  options: LinkerOptions,
): KnowledgeBaseLink | null {
  const candidates: TitleCandidate[] = mergeTitleCandidates(
    forms.flatMap((form) => kb.anchorTitles(form)),
    forms.flatMap((form) => kb.titlesByHead(form, options.headCandidates)),
  ).filter((candidate) => candidate.type !== 'SKIP');
  const scored = candidates.map((candidate) => {
    const { head, qualifier } = titleParts(candidate.title);
    const contextScore = titleContextScore(
      candidate,
      qualifier === null ? null : normalizeName(qualifier),
      context,
    );
    const fit = nameFit(forms, normalizeName(head));
    return { item: candidate, score: scoreTitle(candidate, type, contextScore, fit) };
  });
  const best = decide(scored, options.minimumTitleScore, options.titleMargin);
  if (!best) return null;
  return {
    kb: 'wikipedia',
    id: best.item.title,
    title: displayTitle(best.item.title),
    score: confidence(best.score),
  };
}

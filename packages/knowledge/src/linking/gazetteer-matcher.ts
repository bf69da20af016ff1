import type { GazetteerMatch, GazetteerMatcher } from '../extract/services.ts';
import type { KnowledgeBase, PlaceRecord } from './knowledge-base.ts';
import { normalizeName } from './normalize.ts';
import { scorePlace } from './scoring.ts';

/** A single capitalised word is taken for a city only when the city is at least this big. */
const SINGLE_WORD_CITY_POPULATION = 100_000;
/** Cities named by two or more words ("San Jose", "Frankfurt am Main"). */
const MULTI_WORD_CITY_POPULATION = 15_000;
const MAX_WORDS = 4;

/**
 * Capitalised words that are place names but far more often something else: a person's first
 * name, a common word at a sentence start, a brand. They are never matched on their own.
 */
const AMBIGUOUS = new Set([
  // common words
  'Bath',
  'Nice',
  'Mobile',
  'Reading',
  'Split',
  'Male',
  'Police',
  'Van',
  'Orange',
  'Independence',
  'Concord',
  'Temple',
  'Eagle',
  'Union',
  'Liberty',
  'Providence',
  'Hope',
  'Paradise',
  'Sale',
  'Deal',
  'Gap',
  'Man',
  'Of',
  'Wells',
  'March',
  'Mark',
  'May',
  'Said',
  'Best',
  'Most',
  'Real',
  'Bay',
  'Harbour',
  'Opportunity',
  'Marine',
  'Tours',
  'Angers',
  'Lens',
  'Sens',
  'Bar',
  'Central',
  'General',
  'Along',
  'Sur',
  'Santa',
  'San',
  'Saint',
  'Green',
  'Brown',
  'Young',
  'Long',
  'Gold',
  'Coral',
  // capitalised German nouns
  'Essen',
  'Halle',
  'Bergen',
  'Hamm',
  'Kiel',
  'Gera',
  // first names and surnames used alone
  'Florence',
  'Victoria',
  'Charlotte',
  'Regina',
  'Aurora',
  'Carmen',
  'Mercedes',
  'Nancy',
  'Troy',
  'Eugene',
  'Norman',
  'Irving',
  'Marion',
  'Madison',
  'Austin',
  'Jackson',
  'Lincoln',
  'Hamilton',
  'Nelson',
  'Douglas',
  'Chester',
  'Colón',
  'Salem',
  'Garland',
]);

/** Capitalised words that start sentences or link names and break a run of name words. */
const FUNCTION_WORDS = new Set(
  (
    'The A An In At On To From For By With Of And Or But As If When While After Before Since Until ' +
    'This That These Those Its His Her Their Our It He She They We I You Der Die Das Den Dem Des Ein Eine ' +
    'Im Am Aus Nach Von Vom Zum Zur Bei Mit Und Oder In Le La Les Un Une Des Du Au Aux Dans Sur Pour Par ' +
    'Et Ou El Los Las Una Unos Del En Con Por Para Desde Y O Between Under Over Near North South East West'
  ).split(' '),
);
/** Lower-case words allowed inside a place name. */
const CONNECTORS = new Set([
  'of',
  'de',
  'del',
  'la',
  'le',
  'du',
  'am',
  'an',
  'der',
  'upon',
  'on',
  'sur',
  'y',
  'da',
  'do',
  'dos',
  'das',
  'di',
]);

interface Token {
  start: number;
  end: number;
  text: string;
}

const WORD = /\p{L}[\p{L}\p{M}]*(?:[-'’.]\p{L}[\p{L}\p{M}]*)*\.?/gu;

function tokens(text: string): Token[] {
  return [...text.matchAll(WORD)].map((m) => {
    // A trailing full stop belongs to the word only for abbreviations ("U.S.", "St.").
    const word = /^(?:\p{Lu}\.)+$|^St\.$/u.test(m[0]) ? m[0] : m[0].replace(/\.$/, '');
    return { start: m.index, end: m.index + word.length, text: word };
  });
}

const isCapitalised = (word: string) => /^\p{Lu}/u.test(word);

/** Runs of capitalised words (with connectors inside), the spans a place name can take. */
function nameRuns(all: Token[], text: string): Token[][] {
  const runs: Token[][] = [];
  let run: Token[] = [];
  const close = () => {
    while (run.length > 0 && !isCapitalised(run.at(-1)!.text)) run.pop();
    if (run.length > 0) runs.push(run);
    run = [];
  };
  for (const token of all) {
    const previous = run.at(-1);
    // Only spaces may separate the words of one name; a comma or full stop ends it.
    const adjacent = previous !== undefined && /^ +$/.test(text.slice(previous.end, token.start));
    if (!adjacent) close();
    if (isCapitalised(token.text) && !FUNCTION_WORDS.has(token.text)) run.push(token);
    else if (run.length > 0 && CONNECTORS.has(token.text)) run.push(token);
    else close();
  }
  close();
  return runs;
}

function acceptable(place: PlaceRecord, words: number): boolean {
  if (place.kind !== 'city') return true;
  return place.population >= (words > 1 ? MULTI_WORD_CITY_POPULATION : SINGLE_WORD_CITY_POPULATION);
}

const NO_CONTEXT = {
  countries: new Set<string>(),
  regions: new Set<string>(),
  languageCountries: new Set<string>(),
};
const CONFIDENCE = { country: 0.9, region: 0.85, city: 0.7 } as const;

/**
 * Finds countries, US states and cities in plain text, for the fallback when the NLP service is not
 * there. A match must be a whole run of capitalised words ("Berlin" in "Berlin Wall" is not a
 * city), big enough for its length, and not one of the ambiguous names.
 */
export function createGazetteerMatcher(kb: KnowledgeBase): GazetteerMatcher {
  return {
    find(text) {
      const matches: GazetteerMatch[] = [];
      for (const run of nameRuns(tokens(text), text)) {
        if (run.length > MAX_WORDS) continue;
        const surface = text.slice(run[0]!.start, run.at(-1)!.end);
        if (run.length === 1 && AMBIGUOUS.has(surface)) continue;
        const norm = normalizeName(surface);
        // The linker's own ranking without document context: size and rank, the exact name first.
        const place = kb
          .placesByName(norm)
          .filter((candidate) => acceptable(candidate, run.length))
          .map((candidate) => ({
            candidate,
            score: scorePlace(candidate, normalizeName(candidate.name) === norm, NO_CONTEXT),
          }))
          .sort((a, b) => b.score - a.score)[0]?.candidate;
        if (!place) continue;
        matches.push({
          start: run[0]!.start,
          end: run.at(-1)!.end,
          text: surface,
          type: 'LOCATION',
          confidence: CONFIDENCE[place.kind],
          link: {
            kb: 'geonames',
            id: String(place.id),
            title: place.name,
            score: CONFIDENCE[place.kind],
            ...(place.latitude !== null && place.longitude !== null
              ? { latitude: place.latitude, longitude: place.longitude }
              : {}),
          },
        });
      }
      return matches;
    },
  };
}

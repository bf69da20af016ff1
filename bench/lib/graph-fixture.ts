// A synthetic knowledge graph for the graph API benchmark (issue 14): DocumentKnowledge objects as
// the pipeline's knowledge stage would produce them, in the shape of a news or leak corpus rather
// than a uniform random graph:
//
// - entity popularity is Zipf-Mandelbrot (P(rank r) ~ 1 / (r + 10)): the first ranks are hubs that
//   a third of all documents mention, the tail appears once or twice;
// - documents have 20-200 mentions (uniform), in sentences of 1-5 mentions, and an entity a
//   document already named is likely to be named again (bursts);
// - every entity appears at least once: a share of the new picks walks the tail in order, so the
//   graph really has `entities` entities;
// - co-occurrence edges come from entities sharing a sentence (count = sentences shared), exactly
//   as @quarry/knowledge computes them; a few triples between entities of one sentence;
// - several collections of uneven size, document dates over ten years, a few undated documents;
// - 40 % of the entities are Wikipedia-linked (LOCATIONs with coordinates), the rest `name:` keys.
//
// Every key, document id and collection id carries the run's tag, so the fixture never touches an
// entity of the dev data and can be deleted exactly. Ids have the length and alphabet of real ones
// (32 hex digits for documents, 25-character cuids for collections): Neo4j stores short strings
// inline and longer ones in another file, so id lengths change what a query reads. Seeded: the same
// graph on every run.
import type {
  CoOccurrence,
  DocumentKnowledge,
  EntityType,
  Mention,
  ResolvedEntity,
  Sentence,
  Triple,
} from '@quarry/knowledge';
import type { DocumentFacts } from '@quarry/graph-store';
import { seededRandom } from './stats.ts';

export interface GraphFixtureOptions {
  /** 12 lower-case hex digits; starts every document id and key name, and is in every collection id */
  tag: string;
  entities: number;
  /** the documents stop once this many mentions were generated */
  mentions: number;
  seed?: number;
}

export interface FixtureDocument {
  knowledge: DocumentKnowledge;
  facts: DocumentFacts;
}

const COLLECTION_WEIGHTS = [30, 20, 15, 10, 10, 8, 5, 2];
const TYPE_WEIGHTS: Array<[EntityType, number]> = [
  ['PERSON', 35],
  ['ORGANIZATION', 25],
  ['LOCATION', 25],
  ['MISC', 15],
];
/** Zipf-Mandelbrot offset: without it rank 1 is in nearly every document. */
const ZIPF_OFFSET = 10;
/** Chance that a mention names an entity the document already named (weighted by its mentions). */
const REPEAT = 0.45;
/** Of the other mentions: the share that takes the next entity of the tail not seen yet. */
const COVERAGE = 0.25;
const TRIPLE_CHANCE = 0.15;
const UNDATED = 0.03;
const FIRST_DATE = Date.UTC(2015, 0, 1);
const DATE_SPAN = Date.UTC(2025, 0, 1) - FIRST_DATE;

/** Like the accounts service's cuids: 25 lower-case letters and digits. */
export function fixtureCollections(tag: string): string[] {
  return COLLECTION_WEIGHTS.map((_, i) => `c${tag}${String(i + 1).padStart(12, '0')}`);
}

/** 32 hex digits, like the pipeline's document ids. */
export function fixtureDocumentId(tag: string, index: number): string {
  return `${tag}${index.toString(16).padStart(20, '0')}`;
}

const SYLLABLES = [
  'ka',
  'ro',
  've',
  'lin',
  'da',
  'mor',
  'ti',
  'sa',
  'ne',
  'gra',
  'bel',
  'os',
  'tu',
  'mar',
  'el',
  'wen',
  'ha',
  'dor',
  'pi',
  'lu',
  'ser',
  'an',
  'qui',
  'zo',
  'fen',
  'ri',
  'ba',
  'nor',
  'cel',
  'ym',
];

function word(random: () => number, syllables: number): string {
  let text = '';
  for (let i = 0; i < syllables; i++) text += SYLLABLES[Math.floor(random() * SYLLABLES.length)];
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function pick<T>(random: () => number, choices: Array<[T, number]>): T {
  let r = random() * choices.reduce((sum, [, weight]) => sum + weight, 0);
  for (const [choice, weight] of choices) {
    r -= weight;
    if (r < 0) return choice;
  }
  return choices[choices.length - 1]![0];
}

interface FixtureEntity {
  key: string;
  type: EntityType;
  name: string;
  /** a shorter surface form documents also use */
  shortName: string;
  link?: ResolvedEntity['link'];
}

/** Entity of popularity rank `rank` (0 = most mentioned): a pure function of the tag and rank. */
export function fixtureEntity(tag: string, rank: number): FixtureEntity {
  const random = seededRandom(rank * 7919 + 17);
  const type = pick(random, TYPE_WEIGHTS);
  const first = word(random, 1 + Math.floor(random() * 2));
  const last = word(random, 2 + Math.floor(random() * 2));
  const name =
    type === 'PERSON'
      ? `${first} ${last} ${rank}`
      : type === 'ORGANIZATION'
        ? `${last} ${['Group', 'Bank', 'Ministry', 'Holdings', 'Institute'][rank % 5]} ${rank}`
        : `${first}${last.toLowerCase()} ${rank}`;
  const shortName = type === 'PERSON' ? `${last} ${rank}` : name;
  if (rank % 5 < 2) {
    const title = `${tag} ${name}`;
    const id = title.replaceAll(' ', '_');
    const link: NonNullable<FixtureEntity['link']> = {
      kb: 'wikipedia',
      id,
      title,
      score: 0.6 + random() * 0.4,
    };
    if (type === 'LOCATION') {
      link.latitude = Math.round((random() * 140 - 70) * 1e4) / 1e4;
      link.longitude = Math.round((random() * 360 - 180) * 1e4) / 1e4;
    }
    return { key: `wikipedia:${id}`, type, name: title, shortName, link };
  }
  return {
    key: `name:${type}:${tag} ${name.toLowerCase()}`,
    type,
    name,
    shortName,
  };
}

/** Every key the fixture can write (for the clean-up): ranks 0 .. entities-1. */
export function fixtureEntityKeys(tag: string, entities: number): string[] {
  return Array.from({ length: entities }, (_, rank) => fixtureEntity(tag, rank).key);
}

/** Cumulative Zipf-Mandelbrot weights of the ranks, for sampling by binary search. */
function zipfSampler(entities: number, random: () => number): () => number {
  const cumulative = new Float64Array(entities);
  let total = 0;
  for (let rank = 0; rank < entities; rank++) {
    total += 1 / (rank + 1 + ZIPF_OFFSET);
    cumulative[rank] = total;
  }
  return () => {
    const target = random() * total;
    let low = 0;
    let high = entities - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if (cumulative[middle]! < target) low = middle + 1;
      else high = middle;
    }
    return low;
  };
}

/** The documents of the fixture, generated lazily (a million mentions do not fit in one array). */
export function* fixtureDocuments(options: GraphFixtureOptions): Generator<FixtureDocument> {
  const random = seededRandom(options.seed ?? 14);
  const zipf = zipfSampler(options.entities, random);
  const collections = fixtureCollections(options.tag);
  const collectionChoices = collections.map((c, i): [string, number] => [
    c,
    COLLECTION_WEIGHTS[i]!,
  ]);
  const entityCache = new Map<number, FixtureEntity>();
  const entityOf = (rank: number) => {
    let entity = entityCache.get(rank);
    if (!entity) {
      entity = fixtureEntity(options.tag, rank);
      if (entityCache.size > 50_000) entityCache.clear();
      entityCache.set(rank, entity);
    }
    return entity;
  };
  const used = new Uint8Array(options.entities);
  // The tail is walked from the least popular rank up, so the hubs keep their Zipf share.
  let tailCursor = options.entities - 1;
  const nextUnused = (): number => {
    while (tailCursor >= 0 && used[tailCursor]) tailCursor--;
    return tailCursor >= 0 ? tailCursor : zipf();
  };

  let generated = 0;
  for (let index = 0; generated < options.mentions; index++) {
    const mentionCount = 20 + Math.floor(random() * 181);
    const documentId = fixtureDocumentId(options.tag, index);
    const ranks: number[] = [];
    for (let i = 0; i < mentionCount; i++) {
      const rank =
        ranks.length > 0 && random() < REPEAT
          ? ranks[Math.floor(random() * ranks.length)]!
          : random() < COVERAGE
            ? nextUnused()
            : zipf();
      used[rank] = 1;
      ranks.push(rank);
    }
    const date = random() < UNDATED ? null : new Date(FIRST_DATE + random() * DATE_SPAN);
    yield {
      knowledge: documentKnowledge(
        documentId,
        pick(random, collectionChoices),
        ranks.map(entityOf),
        random,
      ),
      facts: { title: `Fixture document ${index}`, date: date?.toISOString() ?? null },
    };
    generated += mentionCount;
  }
}

/** Lays the mentions out in sentences and derives entities, co-occurrences and triples. */
function documentKnowledge(
  documentId: string,
  collectionId: string,
  mentioned: FixtureEntity[],
  random: () => number,
): DocumentKnowledge {
  const sentences: Sentence[] = [];
  const mentions: Mention[] = [];
  const triples: Triple[] = [];
  const entities = new Map<string, ResolvedEntity>();
  const pairs = new Map<string, CoOccurrence>();
  let offset = 0;
  let next = 0;
  while (next < mentioned.length) {
    const size = Math.min(1 + Math.floor(random() * 5), mentioned.length - next);
    const sentenceIndex = sentences.length;
    const chunkSeq = Math.floor(sentenceIndex / 20);
    const start = offset;
    const inSentence: Mention[] = [];
    for (const entity of mentioned.slice(next, next + size)) {
      offset += 5 + Math.floor(random() * 40);
      const text = random() < 0.3 ? entity.shortName : entity.name;
      const mention: Mention = {
        start: offset,
        end: offset + text.length,
        text,
        type: entity.type,
        chunkSeq,
        sentence: sentenceIndex,
        confidence: 0.7 + random() * 0.29,
        source: 'ner',
      };
      offset = mention.end;
      const resolved = entities.get(entity.key) ?? {
        key: entity.key,
        type: entity.type,
        name: entity.name,
        aliases: [],
        ...(entity.link ? { link: entity.link } : {}),
        mentions: [],
      };
      if (!resolved.aliases.includes(text)) resolved.aliases.push(text);
      resolved.mentions.push(mentions.length);
      entities.set(entity.key, resolved);
      mentions.push(mention);
      inSentence.push(mention);
    }
    offset += 2 + Math.floor(random() * 30);
    sentences.push({ index: sentenceIndex, start, end: offset, chunkSeq });
    offset += 1;

    const keys = [...new Set(mentioned.slice(next, next + size).map((e) => e.key))].sort();
    for (let i = 0; i < keys.length; i++) {
      for (let j = i + 1; j < keys.length; j++) {
        const id = `${keys[i]}\n${keys[j]}`;
        const pair = pairs.get(id) ?? { a: keys[i]!, b: keys[j]!, count: 0 };
        pair.count++;
        pairs.set(id, pair);
      }
    }
    const [subject, object] = [inSentence[0], inSentence[inSentence.length - 1]];
    const [subjectKey, objectKey] = [mentioned[next]!.key, mentioned[next + size - 1]!.key];
    if (subject && object && subjectKey !== objectKey && random() < TRIPLE_CHANCE) {
      triples.push({
        subject: {
          start: subject.start,
          end: subject.end,
          text: subject.text,
          entityKey: subjectKey,
        },
        relation: { text: 'met with' },
        object: { start: object.start, end: object.end, text: object.text, entityKey: objectKey },
        sentence: sentenceIndex,
        confidence: 0.5 + random() * 0.5,
      });
    }
    next += size;
  }
  return {
    documentId,
    collectionId,
    quality: 'full',
    languages: ['en'],
    patternOnlyLanguages: [],
    sentences,
    mentions,
    entities: [...entities.values()],
    triples,
    cooccurrences: [...pairs.values()],
    skills: ['bench-graph-fixture@1'],
    cappedSentences: 0,
  };
}

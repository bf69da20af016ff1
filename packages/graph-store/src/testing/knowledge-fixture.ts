import type {
  DocumentKnowledge,
  EntityType,
  KnowledgeBaseLink,
  Mention,
  Sentence,
  Triple,
} from '@quarry/knowledge';

/** Each fixture sentence is this many characters long, so offsets follow from indexes. */
export const SENTENCE_LENGTH = 1_000;

export interface EntitySpec {
  key: string;
  type: EntityType;
  /** the surface forms, one per mention, with the sentence each is in */
  mentions: Array<{ text: string; sentence: number }>;
  link?: KnowledgeBaseLink;
}

export interface TripleSpec {
  subject: string;
  relation: string;
  object: string;
  sentence: number;
  /** entity keys the arguments attach to */
  subjectKey?: string;
  objectKey?: string;
}

export interface KnowledgeSpec {
  documentId: string;
  collectionId: string;
  sentences: number;
  entities: EntitySpec[];
  triples?: TripleSpec[];
}

/**
 * Consistent DocumentKnowledge from a short description, the way the extractors produce it:
 * mentions in document order, co-occurrences counted per sentence with the keys in order.
 */
export function buildKnowledge(spec: KnowledgeSpec): DocumentKnowledge {
  const sentences: Sentence[] = Array.from({ length: spec.sentences }, (_, index) => ({
    index,
    start: index * SENTENCE_LENGTH,
    end: (index + 1) * SENTENCE_LENGTH - 1,
    chunkSeq: Math.floor(index / 100),
  }));
  const used = new Map<number, number>();
  const placed = spec.entities.flatMap((entity) =>
    entity.mentions.map(({ text, sentence }) => {
      const offset = used.get(sentence) ?? 0;
      used.set(sentence, offset + text.length + 1);
      const start = sentence * SENTENCE_LENGTH + offset;
      const mention: Mention = {
        start,
        end: start + text.length,
        text,
        type: entity.type,
        chunkSeq: sentences[sentence]!.chunkSeq,
        sentence,
        confidence: 0.9,
        source: 'ner',
      };
      return { key: entity.key, mention };
    }),
  );
  placed.sort((x, y) => x.mention.start - y.mention.start);
  const mentions = placed.map((p) => p.mention);
  const indexesOf = new Map<string, number[]>();
  placed.forEach(({ key }, i) => indexesOf.set(key, [...(indexesOf.get(key) ?? []), i]));
  const entities = spec.entities.map((entity) => {
    const indexes = indexesOf.get(entity.key) ?? [];
    const aliases = [...new Set(entity.mentions.map((m) => m.text))];
    const longest = aliases.reduce((a, b) => (b.length > a.length ? b : a), '');
    return {
      key: entity.key,
      type: entity.type,
      name: entity.link?.title ?? longest,
      aliases,
      mentions: indexes,
      ...(entity.link ? { link: entity.link } : {}),
    };
  });
  return {
    documentId: spec.documentId,
    collectionId: spec.collectionId,
    quality: 'full',
    languages: ['en'],
    patternOnlyLanguages: [],
    sentences,
    mentions,
    entities,
    triples: (spec.triples ?? []).map((t) => triple(t)),
    cooccurrences: cooccurrences(placed),
    skills: ['fixture@1'],
    cappedSentences: 0,
  };
}

function triple(spec: TripleSpec): Triple {
  const at = spec.sentence * SENTENCE_LENGTH + SENTENCE_LENGTH / 2;
  const subjectEnd = at + spec.subject.length;
  const objectStart = subjectEnd + spec.relation.length + 2;
  return {
    subject: {
      start: at,
      end: subjectEnd,
      text: spec.subject,
      ...(spec.subjectKey ? { entityKey: spec.subjectKey } : {}),
    },
    relation: { text: spec.relation, start: subjectEnd + 1, end: objectStart - 1 },
    object: {
      start: objectStart,
      end: objectStart + spec.object.length,
      text: spec.object,
      ...(spec.objectKey ? { entityKey: spec.objectKey } : {}),
    },
    sentence: spec.sentence,
    confidence: 0.7,
  };
}

function cooccurrences(placed: Array<{ key: string; mention: Mention }>) {
  const keysBySentence = new Map<number, Set<string>>();
  for (const { key, mention } of placed) {
    const keys = keysBySentence.get(mention.sentence) ?? new Set<string>();
    keys.add(key);
    keysBySentence.set(mention.sentence, keys);
  }
  const counts = new Map<string, { a: string; b: string; count: number }>();
  for (const keys of keysBySentence.values()) {
    const sorted = [...keys].sort();
    sorted.forEach((a, i) =>
      sorted.slice(i + 1).forEach((b) => {
        const id = JSON.stringify([a, b]);
        const entry = counts.get(id) ?? { a, b, count: 0 };
        entry.count += 1;
        counts.set(id, entry);
      }),
    );
  }
  return [...counts.values()].sort((x, y) =>
    x.a + '\u0000' + x.b < y.a + '\u0000' + y.b ? -1 : 1,
  );
}

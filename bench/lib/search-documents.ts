// Realistic IndexedDocuments for the search benchmark, without running the pipeline: text
// recombined from World Factbook sentences (mostly one section's, some from anywhere), a few chunks
// each (makeChunk puts each in its language's field), several collections, formats and languages,
// key phrases from the Factbook's own field names, ingest dates across years. Seeded: the same
// documents on every run.
import { createHash } from 'node:crypto';
import { makeChunk, type IndexedDocument } from '@quarry/search-index';
import type { loadSections } from './factbook-files.ts';
import { seededRandom } from './stats.ts';

type Sections = Awaited<ReturnType<typeof loadSections>>;

export interface SearchCorpusOptions {
  collections: string[];
  seed?: number;
}

const FORMATS: Array<[format: string, mediaType: string, weight: number]> = [
  ['pdf', 'application/pdf', 0.3],
  ['docx', 'application/vnd.openxmlformats-officedocument.wordprocessingml.document', 0.18],
  ['html', 'text/html', 0.12],
  ['eml', 'message/rfc822', 0.1],
  ['txt', 'text/plain', 0.08],
  ['pptx', 'application/vnd.openxmlformats-officedocument.presentationml.presentation', 0.06],
  ['xlsx', 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet', 0.05],
  ['md', 'text/markdown', 0.04],
  ['csv', 'text/csv', 0.04],
  ['json', 'application/json', 0.03],
];

/** Mostly English (the Factbook is), with a share labelled as other languages. */
const LANGUAGES: Array<[language: string | null, weight: number]> = [
  ['en', 0.7],
  ['de', 0.08],
  ['fr', 0.08],
  ['es', 0.06],
  ['it', 0.03],
  ['sw', 0.02],
  [null, 0.03],
];

function weighted<T>(random: () => number, choices: Array<[T, ...unknown[]]>): [T, ...unknown[]] {
  const weights = choices.map((c) => c[c.length - 1] as number);
  let r = random() * weights.reduce((a, b) => a + b, 0);
  for (let i = 0; i < choices.length; i++) {
    r -= weights[i]!;
    if (r < 0) return choices[i]!;
  }
  return choices[choices.length - 1]!;
}

interface Material {
  heading: string;
  country: string;
  phrases: string[];
  sentences: string[];
}

/** Sentences by section, and the whole pool for the odd sentence from elsewhere. */
export function prepareMaterial(sections: Sections): { material: Material[]; pool: string[] } {
  const material = sections.map((s) => ({
    heading: s.heading,
    country: s.country,
    phrases: s.fields
      .map((f) => f.name.toLowerCase())
      .filter((name) => name.length > 3 && name.length < 40),
    sentences: s.fields.flatMap((f) =>
      `${f.name}: ${f.text}`
        .split(/(?<=[.;])\s+/)
        .map((t) => t.trim())
        .filter((t) => t.length > 20),
    ),
  }));
  return { material, pool: material.flatMap((m) => m.sentences) };
}

/** Chunk texts of 1,000–3,000 characters: about four in five sentences from the document's section. */
function chunkTexts(random: () => number, own: string[], pool: string[]): string[] {
  const count = 1 + Math.floor(random() * random() * 4.99);
  const texts: string[] = [];
  for (let c = 0; c < count; c++) {
    const target = 1_000 + Math.floor(random() * 2_000);
    const parts: string[] = [];
    let length = 0;
    while (length < target) {
      const from = own.length > 0 && random() < 0.8 ? own : pool;
      const sentence = from[Math.floor(random() * from.length)]!;
      parts.push(sentence);
      length += sentence.length + 1;
    }
    texts.push(parts.join(' '));
  }
  return texts;
}

export function makeDocuments(
  prepared: ReturnType<typeof prepareMaterial>,
  from: number,
  count: number,
  options: SearchCorpusOptions,
): IndexedDocument[] {
  const { material, pool } = prepared;
  const random = seededRandom((options.seed ?? 7) * 1_000_003 + from);
  const docs: IndexedDocument[] = [];
  for (let i = from; i < from + count; i++) {
    const m = material[Math.floor(random() * material.length)]!;
    const [format, mediaType] = weighted(random, FORMATS) as [string, string];
    const [language] = weighted(random, LANGUAGES) as [string | null];
    const collectionId =
      options.collections[Math.floor(random() * random() * options.collections.length)]!;
    const id = `bench-${String(i).padStart(7, '0')}`;
    const texts = chunkTexts(random, m.sentences, pool);
    let offset = 0;
    const chunks = texts.map((text, seq) => {
      const chunk = makeChunk(seq, offset, offset + text.length, language, text);
      offset += text.length;
      return chunk;
    });
    const phrases = [m.country.toLowerCase(), m.heading.toLowerCase()];
    for (let k = 0; k < 4 && m.phrases.length > 0; k++) {
      phrases.push(m.phrases[Math.floor(random() * m.phrases.length)]!);
    }
    const keyPhrases = [...new Set(phrases)];
    const ingestedAt = new Date(Date.UTC(2019, 0, 1) + random() * 7.9 * 365 * 86_400_000);
    const authoredAt = new Date(ingestedAt.getTime() - random() * 3 * 365 * 86_400_000);
    // One document in ten is an older version that a newer one replaced.
    const isLatest = random() >= 0.1;
    const title = `${m.country}: ${m.heading}${random() < 0.5 ? ` briefing ${2010 + (i % 16)}` : ''}`;
    const fileName = `${title.replace(/[^A-Za-z0-9]+/g, '-').slice(0, 60)}-${i}.${format}`;
    docs.push({
      id,
      collectionId,
      lineageId: id,
      version: isLatest ? 2 : 1,
      isLatest,
      parentId: null,
      rootId: id,
      title,
      fileName,
      sourcePath: `${m.country.toLowerCase().replace(/[^a-z0-9]+/g, '-')}/${fileName}`,
      format,
      mediaType,
      sizeBytes: Math.round(offset * (format === 'pdf' || format === 'docx' ? 2.5 : 1.1)),
      sha256: createHash('sha256').update(id).digest('hex'),
      mislabelled: false,
      language,
      languages: language ? [{ language, share: 1 }] : [],
      keyPhrases,
      keyPhraseScores: keyPhrases.map((phrase, k) => ({ phrase, score: 1 / (k + 1) })),
      metadata: { author: 'Quarry benchmark', subject: m.heading },
      authoredAt: random() < 0.7 ? authoredAt.toISOString() : null,
      ingestedAt: ingestedAt.toISOString(),
      textLength: offset,
      textTruncated: false,
      pageCount: format === 'pdf' ? chunks.length : null,
      pages: [],
      warnings: [],
      skills: ['language@1', 'keyphrases@1'],
      provenance: { jobId: 'bench', itemId: `item-${id}`, source: 'api', ingestedBy: null },
      chunks,
    });
  }
  return docs;
}

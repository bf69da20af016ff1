/**
 * A document's knowledge from its text and chunks: per chunk the NLP service (or, without it,
 * Intl sentences and the gazetteer) and the pattern finders, then for the whole document the
 * NER refinement (the ner area's recognizeEntities over all chunks at once), mention overlap
 * resolution, entity resolution and linking, co-occurrence
 * and triples. Chunks are analysed one after another: the NLP client bounds its own concurrency,
 * and a document taking turns with other documents is what keeps one huge document from starving
 * the rest. NlpUnavailableError from the service propagates: the caller decides that the document
 * waits for enrichment.
 */
import { recognizeEntities } from '../ner/index.ts';
import type { DocumentKnowledge } from '../types.ts';
import {
  asNlpLanguage,
  classifyChunk,
  dominantLanguage,
  primaryLanguage,
} from './chunk-classification.ts';
import { extractChunk, type ChunkExtraction, type ExtractionChunk } from './chunk-extraction.ts';
import { countCooccurrences } from './cooccurrence.ts';
import { assembleMentions } from './document-mentions.ts';
import { numberSentences } from './document-sentences.ts';
import { recognizeInDocument } from './document-recognition.ts';
import { documentTriples } from './document-triples.ts';
import { resolveEntities, type Resolution } from './resolve.ts';
import type { DocumentNamedMention, ExtractionServices } from './services.ts';

export interface ExtractionInput {
  documentId: string;
  collectionId: string;
  text: string;
  /** the document's chunks; they cover the text without overlapping */
  chunks: readonly ExtractionChunk[];
}

export interface ExtractionOptions {
  /**
   * The knowledge skills to run, `entities` and/or `triples`, each as `name@version` (recorded in
   * DocumentKnowledge.skills as given) or a bare name. Triples run only with a triple extractor.
   */
  skills: readonly string[];
  signal?: AbortSignal;
}

interface Wanted {
  entities: boolean;
  triples: boolean;
}

const skillName = (skill: string): string => skill.split('@')[0] ?? skill;
/** Whether the skill named by `skill` ran; unknown skills never do. */
function ran(wanted: Wanted, skill: string): boolean {
  const name = skillName(skill);
  return (name === 'entities' && wanted.entities) || (name === 'triples' && wanted.triples);
}

const unique = <T>(values: Iterable<T>): T[] => [...new Set(values)];

async function extractChunks(
  input: ExtractionInput,
  services: ExtractionServices,
  wanted: Wanted,
  signal: AbortSignal | undefined,
): Promise<ChunkExtraction[]> {
  const chunks = [...input.chunks].sort((a, b) => a.start - b.start);
  const documentLanguage = dominantLanguage(chunks);
  const extractions: ChunkExtraction[] = [];
  for (const chunk of chunks) {
    signal?.throwIfAborted();
    const chunkText = input.text.slice(chunk.start, chunk.end);
    const treatment = classifyChunk(
      chunkText,
      chunk.language,
      documentLanguage,
      services.nlp !== null,
    );
    extractions.push(
      await extractChunk({
        text: input.text,
        chunk,
        treatment,
        nlp: services.nlp,
        gazetteer: services.gazetteer,
        entities: wanted.entities,
        parse: wanted.triples,
        ...(signal === undefined ? {} : { signal }),
      }),
    );
  }
  return extractions;
}

function namedMentions(
  text: string,
  services: ExtractionServices,
  extractions: readonly ChunkExtraction[],
): DocumentNamedMention[] {
  return [
    ...recognizeInDocument(text, extractions, services.recognize ?? recognizeEntities),
    ...extractions.flatMap((extraction) => extraction.gazetteerNames),
  ];
}

async function resolveDocument(
  input: ExtractionInput,
  services: ExtractionServices,
  extractions: readonly ChunkExtraction[],
  languages: string[],
  sentences: DocumentKnowledge['sentences'],
): Promise<Resolution & { mentions: DocumentKnowledge['mentions'] }> {
  const { mentions, presetLinks } = assembleMentions(
    input.text,
    sentences,
    namedMentions(input.text, services, extractions),
    extractions.map((extraction) => ({
      chunkSeq: extraction.chunk.seq,
      matches: extraction.patterns,
    })),
  );
  const resolution = await resolveEntities({
    mentions,
    presetLinks,
    linker: services.linker,
    // the language most of the text is in tells the linker which places and titles are likelier
    language: primaryLanguage(dominantLanguage(input.chunks)),
    text: input.text,
  });
  return { mentions, ...resolution };
}

/** Languages of chunks that got patterns only because the service has no models for them. */
function patternOnlyLanguages(extractions: readonly ChunkExtraction[]): string[] {
  return unique(
    extractions.flatMap(({ treatment }) =>
      treatment.kind === 'patterns' &&
      treatment.language !== null &&
      asNlpLanguage(treatment.language) === null
        ? [treatment.language]
        : [],
    ),
  );
}

export async function extractDocumentKnowledge(
  input: ExtractionInput,
  services: ExtractionServices,
  options: ExtractionOptions,
): Promise<DocumentKnowledge> {
  const names = options.skills.map(skillName);
  const wanted: Wanted = {
    entities: names.includes('entities'),
    triples: names.includes('triples') && services.triples !== undefined,
  };
  const extractions =
    wanted.entities || wanted.triples
      ? await extractChunks(input, services, wanted, options.signal)
      : [];
  const sentences = numberSentences(
    extractions.map(({ chunk, sentences: spans }) => ({ seq: chunk.seq, sentences: spans })),
  );
  const languages = unique(
    extractions.flatMap(({ treatment }) => (treatment.kind === 'nlp' ? [treatment.language] : [])),
  );
  const resolved = wanted.entities
    ? await resolveDocument(input, services, extractions, languages, sentences)
    : { mentions: [], entities: [], keyOfMention: [] };
  const triples =
    wanted.triples && services.triples !== undefined
      ? documentTriples(extractions, services.triples, resolved)
      : [];
  return {
    documentId: input.documentId,
    collectionId: input.collectionId,
    quality: extractions.some(({ treatment }) => treatment.kind === 'fallback')
      ? 'fallback'
      : 'full',
    languages,
    patternOnlyLanguages: patternOnlyLanguages(extractions),
    sentences,
    mentions: resolved.mentions,
    entities: resolved.entities,
    triples,
    cooccurrences: wanted.entities
      ? countCooccurrences(resolved.mentions, resolved.keyOfMention)
      : [],
    skills: options.skills.filter((skill) => ran(wanted, skill)),
    cappedSentences: extractions.reduce((sum, extraction) => sum + extraction.capped, 0),
  };
}

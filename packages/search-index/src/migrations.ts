import { makeChunk, type IndexedDocument } from './document.ts';

/**
 * Turns a document stored under an older mapping version into the current shape. Each step lifts
 * one version; a missing step means an old index cannot be migrated and setup stops with an error
 * instead of silently dropping documents.
 */
type Step = (source: Record<string, unknown>) => Record<string, unknown>;

const steps: Record<number, Step> = {
  // v1 (the foundation): id, title, collectionId, mimeType, createdAt, text.
  1: (v1) => {
    const text = typeof v1.text === 'string' ? v1.text : '';
    const id = String(v1.id);
    const doc: IndexedDocument = {
      id,
      collectionId: String(v1.collectionId),
      lineageId: id,
      version: 1,
      isLatest: true,
      parentId: null,
      rootId: id,
      title: String(v1.title),
      fileName: String(v1.title),
      sourcePath: String(v1.title),
      format: 'unknown',
      mediaType: typeof v1.mimeType === 'string' ? v1.mimeType : 'application/octet-stream',
      sizeBytes: Buffer.byteLength(text),
      sha256: '',
      mislabelled: false,
      language: null,
      languages: [],
      keyPhrases: [],
      keyPhraseScores: [],
      metadata: {},
      authoredAt: null,
      ingestedAt: String(v1.createdAt),
      textLength: text.length,
      textTruncated: false,
      pageCount: null,
      pages: [],
      warnings: ['migrated from mapping v1: re-run skills to detect language and key phrases'],
      skills: [],
      provenance: { jobId: '', itemId: '', source: 'migration', ingestedBy: null },
      chunks: text ? [makeChunk(0, 0, text.length, null, text)] : [],
    };
    return doc as unknown as Record<string, unknown>;
  },
  // v3 adds the copy_to full-text field: the same source, indexed again.
  2: (v2) => v2,
  // v4 adds the knowledge stage's entity summary (entities, entityKeys, knowledgeQuality): absent
  // until the stage runs on the document, so the source stays as it was.
  3: (v3) => v3,
};

export function migrateSource(
  source: Record<string, unknown>,
  fromVersion: number,
  toVersion: number,
): Record<string, unknown> {
  let current = source;
  for (let version = fromVersion; version < toVersion; version++) {
    const step = steps[version];
    if (!step)
      throw new Error(`no migration from documents mapping v${version} to v${version + 1}`);
    current = step(current);
  }
  return current;
}

import { createHash, randomUUID } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeChunk, type IndexedDocument } from '@quarry/search-index';

/** Test-only helpers shared by the integration tests (not loaded by the service). */

export interface FixtureText {
  text: string;
  language: string | null;
}

export type FixtureInput = Partial<Omit<IndexedDocument, 'chunks'>> & {
  id: string;
  collectionId: string;
  title: string;
  /** One entry per chunk, in order; offsets follow from the lengths (chunks do not overlap). */
  texts?: FixtureText[];
};

/** A complete IndexedDocument as the pipeline writes it, with realistic defaults. */
export function buildDocument(input: FixtureInput): IndexedDocument {
  const { texts = [], ...fields } = input;
  let offset = 0;
  const chunks = texts.map((part, seq) => {
    const chunk = makeChunk(seq, offset, offset + part.text.length, part.language, part.text);
    offset += part.text.length;
    return chunk;
  });
  const byLanguage = new Map<string, number>();
  for (const part of texts) {
    if (part.language)
      byLanguage.set(part.language, (byLanguage.get(part.language) ?? 0) + part.text.length);
  }
  const languages = [...byLanguage]
    .map(([language, chars]) => ({ language, share: offset ? chars / offset : 0 }))
    .sort((a, b) => b.share - a.share);
  const fileName =
    fields.fileName ?? `${input.title.toLowerCase().replace(/[^a-z0-9]+/g, '-')}.txt`;
  const body = texts.map((t) => t.text).join('');
  return {
    lineageId: input.id,
    version: 1,
    isLatest: true,
    parentId: null,
    rootId: input.id,
    fileName,
    sourcePath: `inbox/${fileName}`,
    format: 'txt',
    mediaType: 'text/plain',
    sizeBytes: Buffer.byteLength(body),
    sha256: createHash('sha256').update(body).digest('hex'),
    mislabelled: false,
    language: languages[0]?.language ?? null,
    languages,
    keyPhrases: (fields.keyPhraseScores ?? []).map((k) => k.phrase),
    keyPhraseScores: [],
    metadata: {},
    authoredAt: null,
    ingestedAt: '2026-01-01T00:00:00.000Z',
    textLength: offset,
    textTruncated: false,
    pageCount: null,
    pages: [],
    warnings: [],
    skills: ['language@1', 'keyphrases@1'],
    provenance: {
      jobId: 'job-fixture',
      itemId: `item-${input.id}`,
      source: 'api',
      ingestedBy: 'u1',
    },
    ...fields,
    chunks,
  };
}

/** A unique prefix per run, so parallel runs and leftovers never collide. */
export function runId(): string {
  return randomUUID().slice(0, 8);
}

/** A temporary folder for a SQLite file; remove() deletes it. */
export function tempDir(prefix: string): {
  dir: string;
  url: (name?: string) => string;
  remove: () => void;
} {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  return {
    dir,
    url: (name = 'quarry.db') => `file:${join(dir, name)}`,
    remove: () => rmSync(dir, { recursive: true, force: true }),
  };
}

/** A loopback URL where nothing listens (a port that was free a moment ago). */
export async function closedPortUrl(): Promise<string> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as { port: number };
  await new Promise<void>((resolve) => server.close(() => resolve()));
  return `http://127.0.0.1:${port}`;
}

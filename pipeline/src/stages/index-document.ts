import type { Job } from 'bullmq';
import { resolveSkills, selectedKnowledgeSkills, skillTag } from '@quarry/skills';
import {
  makeChunk,
  type IndexedDocument,
  type KeyPhraseScore,
  type LanguageShare,
} from '@quarry/search-index';
import { findItemsWithJob, type ItemWithJob } from '@quarry/prisma/ingest-records';
import type { Logger } from '@quarry/service-kit';
import { markDone, markStatus } from '../ingest/status-writes.ts';
import type { IndexJob } from '../jobs.ts';
import type { StageContext } from './context.ts';
import type { CrackedDocument } from './cracked.ts';
import type { ChunkResultFile } from './enrich.ts';

function chunkLanguage(results: Record<string, unknown>): string | null {
  const language = results.language as { language?: unknown } | undefined;
  return typeof language?.language === 'string' ? language.language : null;
}

/** Folds every skill's chunk results into the document-level fields the index holds. */
function mergeSkills(skillNames: string[], chunks: ChunkResultFile[]) {
  const merged: {
    language: string | null;
    languages: LanguageShare[];
    keyPhraseScores: KeyPhraseScore[];
    skills: string[];
  } = { language: null, languages: [], keyPhraseScores: [], skills: [] };
  for (const skill of resolveSkills(skillNames)) {
    const result = skill.mergeDocument(
      chunks.map((chunk) => ({
        seq: chunk.seq,
        start: chunk.start,
        end: chunk.end,
        result: chunk.results[skill.name],
      })),
    ) as { language?: string | null; languages?: LanguageShare[]; keyPhrases?: KeyPhraseScore[] };
    if (skill.name === 'language') {
      merged.language = result.language ?? null;
      merged.languages = result.languages ?? [];
    }
    if (skill.name === 'keyphrases') merged.keyPhraseScores = result.keyPhrases ?? [];
    merged.skills.push(skillTag(skill));
  }
  return merged;
}

/**
 * The end of the search stage: the item is done (its document searchable) and, when its job has
 * knowledge skills, its knowledge stage is marked queued in the same statement and then queued.
 * Search never waits for knowledge.
 */
export async function finishSearchStage(
  ctx: StageContext,
  item: ItemWithJob,
  runId: string,
  extra: { chunks?: number; mediaType?: string } = {},
) {
  const knowledgeQueued = selectedKnowledgeSkills(item.job.skills).length > 0;
  await markDone(ctx.status, item.id, runId, { ...extra, knowledgeQueued });
  if (knowledgeQueued) await ctx.knowledge.enqueue([{ itemId: item.id, runId }]);
}

/**
 * Writes the whole document, chunks included, to Elasticsearch as ONE operation under its derived
 * id (batched with other jobs' documents: index-writer.ts), so a search never sees half a document
 * and a resumed job overwrites rather than duplicates; then marks the item done.
 */
export async function writeDocument(
  ctx: StageContext,
  item: ItemWithJob,
  runId: string,
  cracked: CrackedDocument,
  text: string,
  chunks: ChunkResultFile[],
  extra: { mediaType?: string } = {},
) {
  const skills = mergeSkills(item.job.skills, chunks);
  const { documentId, provenance, keptSkills = [], ...rest } = cracked;
  const document: Omit<IndexedDocument, 'isLatest'> = {
    ...rest,
    id: documentId,
    language: skills.language,
    languages: skills.languages,
    keyPhrases: skills.keyPhraseScores.map((k) => k.phrase),
    keyPhraseScores: skills.keyPhraseScores,
    // A search-only re-run keeps the knowledge skills' tags with their results (carried in `rest`).
    skills: [...skills.skills, ...keptSkills],
    // A re-run keeps the original ingest as provenance.
    provenance,
    pageCount: cracked.pages.length > 0 ? cracked.pages.length : null,
    chunks: chunks.map((chunk) =>
      makeChunk(
        chunk.seq,
        chunk.start,
        chunk.end,
        chunkLanguage(chunk.results),
        text.slice(chunk.start, chunk.end),
      ),
    ),
  };
  await ctx.indexer({ document, replacesDocumentId: item.replacesDocumentId });
  await finishSearchStage(ctx, item, runId, { chunks: chunks.length, ...extra });
  return { documentId, chunks: chunks.length };
}

/** The flow's parent: runs once every chunk of a multi-chunk document is enriched. */
export async function indexStage(ctx: StageContext, job: Job<IndexJob>, _logger: Logger) {
  const { itemId, runId } = job.data;
  const [item] = await findItemsWithJob(ctx.prisma, [itemId]);
  if (!item || item.runId !== runId) return { skipped: 'superseded' };
  await markStatus(ctx.status, itemId, runId, 'indexing');

  const cracked = await ctx.derived.readJson<CrackedDocument>(item.documentId, 'cracked');
  if (!cracked) throw new Error('the extracted text of this document is missing from storage');
  const text = await ctx.derived.readText(item.documentId);
  const chunks: ChunkResultFile[] = [];
  for (let seq = 0; seq < item.chunksTotal; seq++) {
    const file = await ctx.derived.readJson<ChunkResultFile>(
      item.documentId,
      ctx.derived.chunkResultName(runId, seq),
    );
    if (!file) throw new Error(`chunk ${seq + 1} of ${item.chunksTotal} has no result`);
    chunks.push(file);
  }
  const result = await writeDocument(ctx, item, runId, cracked, text, chunks);
  await ctx.derived.pruneRuns(item.documentId, runId);
  return result;
}

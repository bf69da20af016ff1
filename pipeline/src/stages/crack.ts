import type { Job } from 'bullmq';
import { DEFAULT_LIMITS } from '@quarry/crackers';
import { isKnowledgeSkill, resolveSkills } from '@quarry/skills';
import {
  chunkText as indexedChunkText,
  MAX_CHUNKS,
  type IndexedDocument,
} from '@quarry/search-index';
import type { IngestItem } from '@quarry/prisma';
import type { Logger } from '@quarry/service-kit';
import { chunkText, type ChunkSpan } from '../chunking.ts';
import { enqueueItems } from '../ingest/enqueue.ts';
import { findItemsWithJob, registerChild, type ItemWithJob } from '@quarry/prisma/ingest-records';
import { markFailed, markStatus } from '../ingest/status-writes.ts';
import { JOB_OPTIONS } from '../queue.ts';
import { jobIds, type CrackJob, type EnrichJob, type IndexJob } from '../jobs.ts';
import type { StageContext } from './context.ts';
import { authoredAtFrom, type CrackedDocument } from './cracked.ts';
import { runChunkSkills, type ChunkResultFile } from './enrich.ts';
import { finishSearchStage, writeDocument } from './index-document.ts';

interface Loaded {
  cracked: CrackedDocument;
  text: string;
}

function stringMetadata(metadata: Record<string, string | number | boolean>) {
  return Object.fromEntries(Object.entries(metadata).map(([key, value]) => [key, String(value)]));
}

async function rootDocumentId(ctx: StageContext, item: IngestItem): Promise<string> {
  let current = item;
  while (current.parentItemId) {
    const parent = await ctx.prisma.ingestItem.findUnique({ where: { id: current.parentItemId } });
    if (!parent) break;
    current = parent;
  }
  return current.documentId;
}

/** Cracks the original; returns null (item failed with its reason) when the file cannot be read. */
async function crackOriginal(
  ctx: StageContext,
  item: ItemWithJob,
  logger: Logger,
): Promise<Loaded | null> {
  const fail = async (reason: string, message: string) => {
    logger.info({ itemId: item.id, reason }, message);
    await markFailed(ctx.status, item.id, item.runId, reason, message);
    return null;
  };
  if (item.depth > DEFAULT_LIMITS.maxDepth) {
    return fail('too-deep', `nested more than ${DEFAULT_LIMITS.maxDepth} levels deep`);
  }
  const bytes = await ctx.blobs.read(item.sha256).catch(() => null);
  if (!bytes) return fail('internal', 'the original file is missing from storage');
  const result = await ctx.cracker.crack(
    { bytes, fileName: item.name },
    { ...DEFAULT_LIMITS, maxBytes: ctx.env.PIPELINE_MAX_FILE_BYTES },
  );
  if (!result.ok) return fail(result.reason, result.message);

  const warnings = [...result.warnings];
  if (result.mislabelled) warnings.push(`the content is ${result.kind}, not what the name says`);
  let text = result.text;
  const cap = ctx.env.PIPELINE_MAX_INDEXED_CHARS;
  const textTruncated = text.length > cap;
  if (textTruncated) {
    warnings.push(
      `only the first ${cap.toLocaleString('en')} of ${text.length.toLocaleString('en')} characters are indexed`,
    );
    text = text.slice(0, cap);
  }
  const metadata = stringMetadata(result.metadata);
  const cracked: CrackedDocument = {
    documentId: item.documentId,
    collectionId: item.collectionId,
    lineageId: item.lineageId || item.documentId,
    version: item.version,
    parentId: item.parentItemId
      ? ((await ctx.prisma.ingestItem.findUnique({ where: { id: item.parentItemId } }))
          ?.documentId ?? null)
      : null,
    rootId: await rootDocumentId(ctx, item),
    title: result.title?.trim() || item.name,
    fileName: item.name,
    sourcePath: item.path,
    format: result.kind,
    mediaType: result.mediaType,
    sizeBytes: item.sizeBytes,
    sha256: item.sha256,
    mislabelled: result.mislabelled,
    metadata,
    authoredAt: authoredAtFrom(result.metadata),
    ingestedAt: new Date().toISOString(),
    textLength: text.length,
    textTruncated,
    pages: (result.pages ?? []).filter((page) => page.start < text.length),
    warnings,
    provenance: {
      jobId: item.jobId,
      itemId: item.id,
      source: item.job.source,
      ingestedBy: item.job.createdById,
    },
  };
  // Members and attachments become items of their own, cracked by any worker (small ones batched).
  const queued: IngestItem[] = [];
  for (const child of result.children) {
    const blob = await ctx.blobs.putBytes(child.bytes);
    const { item: childItem } = await registerChild(ctx.prisma, {
      parent: item,
      path: `${item.path}/${child.path}`,
      name: child.fileName,
      blob,
    });
    if (childItem.status === 'queued') queued.push(childItem);
  }
  await enqueueItems(ctx.queue, queued);
  return { cracked, text };
}

/**
 * A skills re-run starts from what was indexed, not from the original: the indexed document holds
 * everything cracking found, and its chunks hold exactly the text.
 */
async function reloadIndexed(ctx: StageContext, item: ItemWithJob): Promise<Loaded | null> {
  const found = await ctx.elasticsearch
    .get<IndexedDocument>({ index: ctx.env.DOCUMENTS_INDEX, id: item.documentId })
    .catch((error: unknown) => {
      if ((error as { meta?: { statusCode?: number } }).meta?.statusCode === 404) return null;
      throw error;
    });
  if (!found?._source) {
    await markFailed(
      ctx.status,
      item.id,
      item.runId,
      'internal',
      'this document is no longer in the search index; ingest the file again',
    );
    return null;
  }
  const {
    id,
    isLatest: _isLatest,
    language: _language,
    languages: _languages,
    keyPhrases: _keyPhrases,
    keyPhraseScores: _keyPhraseScores,
    skills,
    pageCount: _pageCount,
    chunks,
    ...cracked
  } = found._source;
  const text = [...chunks]
    .sort((a, b) => a.seq - b.seq)
    .map(indexedChunkText)
    .join('');
  const keptSkills = skills.filter((tag) => isKnowledgeSkill(tag.split('@')[0] ?? tag));
  return { cracked: { ...cracked, documentId: id, keptSkills }, text };
}

function spansFor(ctx: StageContext, text: string): ChunkSpan[] {
  // Keep within the index's nested-document limit even if the chunk size is set very small.
  const size = Math.max(ctx.env.PIPELINE_CHUNK_CHARS, Math.ceil(text.length / MAX_CHUNKS));
  return chunkText(text, size);
}

export async function crackStage(ctx: StageContext, job: Job<CrackJob>, logger: Logger) {
  const { itemId, runId } = job.data;
  const [item] = await findItemsWithJob(ctx.prisma, [itemId]);
  return crackItem(ctx, item ?? null, runId, logger);
}

/**
 * The crack stage for one item of the given run, loaded with its job (null: gone). Small documents
 * end here, indexed; larger ones leave a flow of enrich jobs behind.
 */
export async function crackItem(
  ctx: StageContext,
  item: ItemWithJob | null,
  runId: string,
  logger: Logger,
) {
  // Gone, or a newer run (retry, re-run) owns the item now.
  if (!item || item.runId !== runId) return { skipped: 'superseded' };
  const itemId = item.id;
  // A repeated job of a run that already ended (a stalled job handed out again).
  if (item.status === 'done' || item.status === 'failed') return { skipped: item.status };
  // Resumed after this run's flow was already queued (the item says so before the flow is added):
  // the flow carries on by itself.
  const flowMayExist = item.status === 'enriching' || item.status === 'indexing';
  if (flowMayExist && (await ctx.queue.queue.getJob(jobIds.index(itemId, runId)))) {
    return { skipped: 'flow exists' };
  }

  // Not waited for: only people watching the monitor need it, and it is committed before this
  // item's next status change (the writer keeps the order), so it never lands after `done`.
  markStatus(ctx.status, item.id, runId, 'cracking').catch((error: unknown) =>
    logger.warn({ err: error, itemId }, 'could not record that cracking started'),
  );
  if (item.job.source === 'rerun' && resolveSkills(item.job.skills).length === 0) {
    // Only knowledge skills to re-run: the indexed document stays as it is; the knowledge stage
    // reads it from the index.
    await finishSearchStage(ctx, item, runId);
    return { knowledgeOnly: true };
  }
  const loaded =
    item.job.source === 'rerun'
      ? await reloadIndexed(ctx, item)
      : await crackOriginal(ctx, item, logger);
  if (!loaded) return { failed: true };

  const skills = item.job.skills;
  const spans = spansFor(ctx, loaded.text);
  if (loaded.text.length <= ctx.env.PIPELINE_INLINE_CHARS) {
    // Most files are this small: enrich and index right here. A queue hop per stage costs more
    // than the work; a crash simply re-runs this job, which rewrites the same document.
    const chunks: ChunkResultFile[] = [];
    for (const span of spans) {
      chunks.push(await runChunkSkills(skills, loaded.text.slice(span.start, span.end), span));
    }
    return writeDocument(ctx, item, runId, loaded.cracked, loaded.text, chunks, {
      mediaType: loaded.cracked.mediaType,
    });
  }
  // Enrich jobs read their chunk of the text, the index job the rest, from the derived store.
  await Promise.all([
    ctx.derived.writeText(item.documentId, loaded.text),
    ctx.derived.writeJson(item.documentId, 'cracked', loaded.cracked),
  ]);
  await markStatus(ctx.status, item.id, runId, 'enriching', {
    chunksTotal: spans.length,
    mediaType: loaded.cracked.mediaType,
  });
  const indexData: IndexJob = { itemId, runId };
  await ctx.queue.flows.add({
    name: 'index',
    queueName: ctx.env.PIPELINE_QUEUE,
    data: indexData,
    opts: { ...JOB_OPTIONS, jobId: jobIds.index(itemId, runId) },
    children: spans.map((span) => {
      const data: EnrichJob = { itemId, runId, documentId: item.documentId, skills, ...span };
      return {
        name: 'enrich',
        queueName: ctx.env.PIPELINE_QUEUE,
        data,
        // A chunk that keeps failing fails its document (the index job), not just itself.
        opts: {
          ...JOB_OPTIONS,
          jobId: jobIds.enrich(itemId, runId, span.seq),
          failParentOnFailure: true,
        },
      };
    }),
  });
  return { chunks: spans.length };
}

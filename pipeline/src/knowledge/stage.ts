import { DelayedError, type Job } from 'bullmq';
import {
  extractDocumentKnowledge,
  NlpUnavailableError,
  type DocumentKnowledge,
  type ExtractionServices,
} from '@quarry/knowledge';
import type { PrismaClient } from '@quarry/prisma';
import { findItemsWithJob, OPEN_KNOWLEDGE_STATUSES } from '@quarry/prisma/ingest-records';
import type { Logger } from '@quarry/service-kit';
import { selectedKnowledgeSkills, skillTag } from '@quarry/skills';
import type { PipelineEnv } from '../env.ts';
import { markKnowledge, type StatusWriter } from '../ingest/status-writes.ts';
import type { KnowledgeJob } from '../jobs.ts';
import { capSource, loadIndexedDocument, type KnowledgeSource } from './source.ts';
import { storeKnowledge, type KnowledgeStores } from './store.ts';
import { nextWaitMs } from './wait.ts';

/** What the knowledge stage needs; built once per process (worker.ts). */
export interface KnowledgeContext {
  env: PipelineEnv;
  prisma: () => PrismaClient;
  status: StatusWriter;
  stores: KnowledgeStores;
  /** `nlp` is null when the NLP service is not deployed (CORENLP_URL empty). */
  services: ExtractionServices;
  /** Aborted when the process shuts down: work in flight goes back to the queue. */
  closing: AbortSignal;
}

const isOpen = (status: string) => (OPEN_KNOWLEDGE_STATUSES as readonly string[]).includes(status);

/** What the item's monitor line says about a finished result beside its quality. */
function describe(knowledge: DocumentKnowledge, cut: boolean, deployed: boolean, cap: number) {
  const notes: string[] = [];
  if (!deployed) notes.push('the NLP service is not deployed: pattern and gazetteer entities only');
  if (knowledge.patternOnlyLanguages.length > 0) {
    notes.push(`pattern entities only for ${knowledge.patternOnlyLanguages.join(', ')}`);
  }
  if (knowledge.cappedSentences > 0) {
    notes.push(
      `${knowledge.cappedSentences} sentence(s) longer than the NLP service takes were cut`,
    );
  }
  if (cut) notes.push(`only the first ${cap.toLocaleString('en')} characters were analysed`);
  return notes.length > 0 ? notes.join('; ') : null;
}

/**
 * Puts the job back in the queue to run again after `delayMs`, without using an attempt: a
 * document waiting for the NLP service, or one interrupted by a shutdown, has not failed.
 */
async function runAgainLater(job: Job<KnowledgeJob>, token: string | undefined, delayMs: number) {
  await job.updateData({ ...job.data, waits: (job.data.waits ?? 0) + 1 });
  await job.moveToDelayed(Date.now() + delayMs, token);
  throw new DelayedError();
}

function waitDelay(ctx: KnowledgeContext, job: Job<KnowledgeJob>) {
  const { PIPELINE_KNOWLEDGE_RETRY_MS: first, PIPELINE_KNOWLEDGE_RETRY_MAX_MS: max } = ctx.env;
  return nextWaitMs(job.data.waits ?? 0, first, max);
}

async function extract(
  ctx: KnowledgeContext,
  source: KnowledgeSource,
  skills: string[],
  nlp: ExtractionServices['nlp'],
) {
  const { text, chunks, cut } = capSource(source, ctx.env.PIPELINE_KNOWLEDGE_MAX_CHARS);
  const knowledge = await extractDocumentKnowledge(
    { documentId: source.documentId, collectionId: source.collectionId, text, chunks },
    { ...ctx.services, nlp },
    { skills, signal: ctx.closing },
  );
  return { knowledge, cut };
}

/** Documents of earlier versions of the item's file, from the ingest records. */
async function olderVersionIds(
  prisma: PrismaClient,
  item: { lineageId: string; version: number; documentId: string },
) {
  if (!item.lineageId) return [];
  const rows = await prisma.ingestItem.findMany({
    where: {
      lineageId: item.lineageId,
      version: { lt: item.version },
      documentId: { not: item.documentId },
    },
    select: { documentId: true },
    distinct: ['documentId'],
  });
  return rows.map((row) => row.documentId);
}

/**
 * The knowledge stage of one item: reads the indexed document, extracts its knowledge through the
 * NLP service, stores it (graph and search summary) and marks the stage done. When the service is
 * down or not ready, the fallback (patterns and gazetteer) is stored meanwhile, the item is marked
 * 'waiting' and the job comes back later by itself, first asking the service whether it is ready.
 * Other errors throw: the job's attempts and backoff, then 'failed' (worker.ts).
 */
export async function knowledgeStage(
  ctx: KnowledgeContext,
  job: Job<KnowledgeJob>,
  token: string | undefined,
  logger: Logger,
) {
  const { itemId, runId } = job.data;
  const [item] = await findItemsWithJob(ctx.prisma(), [itemId]);
  if (!item || item.runId !== runId) return { skipped: 'superseded' };
  if (!isOpen(item.knowledgeStatus)) return { skipped: item.knowledgeStatus };
  const { nlp } = ctx.services;
  if (item.knowledgeStatus === 'waiting' && nlp && !(await nlp.ready().catch(() => false))) {
    // Still away: wait again without redoing the fallback that is already stored.
    return runAgainLater(job, token, waitDelay(ctx, job));
  }
  await markKnowledge(ctx.status, itemId, runId, { status: 'running' });
  const source = await loadIndexedDocument(
    ctx.stores.elasticsearch,
    ctx.env.DOCUMENTS_INDEX,
    item.documentId,
  );
  if (!source) {
    await markKnowledge(ctx.status, itemId, runId, {
      status: 'failed',
      message: 'the document is no longer in the search index',
    });
    return { failed: 'not indexed' };
  }
  const skills = selectedKnowledgeSkills(item.job.skills).map(skillTag);
  const older = await olderVersionIds(ctx.prisma(), item);
  const cap = ctx.env.PIPELINE_KNOWLEDGE_MAX_CHARS;
  try {
    const { knowledge, cut } = await extract(ctx, source, skills, nlp);
    if (!(await storeKnowledge(ctx.stores, source, knowledge, older)))
      return { skipped: 'deleted' };
    await markKnowledge(ctx.status, itemId, runId, {
      status: 'done',
      quality: knowledge.quality,
      message: describe(knowledge, cut, nlp !== null, cap),
    });
    return { quality: knowledge.quality, entities: knowledge.entities.length };
  } catch (error) {
    if (ctx.closing.aborted) return runAgainLater(job, token, 1_000);
    if (!(error instanceof NlpUnavailableError)) throw error;
    logger.warn({ itemId, err: error.message }, 'NLP service unavailable; storing the fallback');
    const { knowledge } = await extract(ctx, source, skills, null);
    if (!(await storeKnowledge(ctx.stores, source, knowledge, older)))
      return { skipped: 'deleted' };
    await markKnowledge(ctx.status, itemId, runId, {
      status: 'waiting',
      message: `waiting for the NLP service (${error.message}); pattern and gazetteer entities meanwhile`,
    });
    return runAgainLater(job, token, waitDelay(ctx, job));
  }
}

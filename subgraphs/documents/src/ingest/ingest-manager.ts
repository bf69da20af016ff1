import type { Viewer } from '@quarry/auth';
import { appendAuditEvent, type AuditOutcome, type PrismaClient } from '@quarry/prisma';
import {
  createJob,
  createRerunItems,
  isRetryable,
  markForRetry,
  RETRYABLE,
  type JobRecord,
  type JobSource,
} from '@quarry/prisma/ingest-records';
import { BadUserInputError, ForbiddenError } from '@quarry/service-kit';
import { GraphQLError } from 'graphql';
import type {
  CreateIngestJobInput,
  MutationRerunSkillsArgs,
} from '../../generated/resolvers-types.ts';
import { NotFoundError, PipelineUnavailableError } from '../errors.ts';
import { assertCanWrite, readableCollections, scopedWhere } from '../policy.ts';
import type { DocumentsStore, RerunSource } from '../store/documents-store.ts';
import type { PipelineClient } from './pipeline-client.ts';
import { checkSkillNames } from './skill-names.ts';

/** Sources a client may open a job for; 'folder' and 'rerun' jobs are made by Quarry itself. */
export const CLIENT_JOB_SOURCES = ['upload', 'api'] as const satisfies readonly JobSource[];
type ClientJobSource = (typeof CLIENT_JOB_SOURCES)[number];

const isClientSource = (source: string): source is ClientJobSource =>
  (CLIENT_JOB_SOURCES as readonly string[]).includes(source);
export const MAX_LABEL_LENGTH = 200;
export const MAX_IDS_PER_CALL = 1_000;

export interface Caller {
  viewer: Viewer;
  /** The caller's bearer token, passed on to the pipeline so it can check the caller itself. */
  token: string;
  ip: string | null;
}

function checkIdCount(ids: readonly string[], argument: string): void {
  if (ids.length > MAX_IDS_PER_CALL) {
    throw new BadUserInputError(`At most ${MAX_IDS_PER_CALL} ids per call.`, argument);
  }
}

/**
 * The ingest mutations: the write checks (policy.assertCanWrite on every collection touched),
 * the SQL records, the hand-over to the pipeline, and an audit event for each: refusals and bad
 * input included (outcome `denied` or `failure`, target = what was asked for).
 */
export class IngestManager {
  // Errors already audited where they happened (the pipeline hand-over), so not audited twice.
  readonly #audited = new WeakSet<object>();

  readonly prisma: PrismaClient;
  readonly documents: DocumentsStore;
  readonly pipeline: PipelineClient;

  constructor(prisma: PrismaClient, documents: DocumentsStore, pipeline: PipelineClient) {
    this.prisma = prisma;
    this.documents = documents;
    this.pipeline = pipeline;
  }

  createJob(caller: Caller, input: CreateIngestJobInput): Promise<JobRecord> {
    return this.refusalsAudited(
      caller,
      'ingest.job.create',
      `collection:${input.collectionId}`,
      () => this.#createJob(caller, input),
    );
  }

  async #createJob(caller: Caller, input: CreateIngestJobInput): Promise<JobRecord> {
    assertCanWrite(caller.viewer, input.collectionId);
    const source = input.source ?? 'api';
    if (!isClientSource(source)) {
      throw new BadUserInputError(
        `source must be one of: ${CLIENT_JOB_SOURCES.join(', ')}`,
        'input.source',
      );
    }
    const label = (input.label ?? '').trim();
    if (label.length > MAX_LABEL_LENGTH) {
      throw new BadUserInputError(
        `label must be at most ${MAX_LABEL_LENGTH} characters`,
        'input.label',
      );
    }
    const skills = await checkSkillNames(input.skills, 'input.skills', true);
    const job = await createJob(this.prisma, {
      collectionId: input.collectionId,
      source,
      label,
      skills,
      createdById: caller.viewer.id,
    });
    await this.audit(caller, 'ingest.job.create', `ingest-job:${job.id}`, { source, skills });
    return job;
  }

  /**
   * Retryable failed items among `ids` (retry.ts in the records module); ids outside the viewer's
   * collections are skipped as unknown.
   */
  retryItems(caller: Caller, ids: readonly string[]): Promise<number> {
    return this.refusalsAudited(caller, 'ingest.retry', `ingest-items:${ids.length}`, () =>
      this.#retryItems(caller, ids),
    );
  }

  async #retryItems(caller: Caller, ids: readonly string[]): Promise<number> {
    checkIdCount(ids, 'ids');
    const items = await this.prisma.ingestItem.findMany({
      where: scopedWhere(caller.viewer, { id: { in: [...new Set(ids)] } }),
      select: { id: true, collectionId: true, status: true, duplicate: true, sha256: true },
    });
    for (const collectionId of new Set(items.map((item) => item.collectionId))) {
      assertCanWrite(caller.viewer, collectionId);
    }
    const failed = items.filter(isRetryable).map((item) => item.id);
    return this.requeue(caller, failed, 'ingest.retry', `ingest-items:${failed.length}`);
  }

  retryFailedOfJob(caller: Caller, jobId: string): Promise<number> {
    return this.refusalsAudited(caller, 'ingest.retry', `ingest-job:${jobId}`, () =>
      this.#retryFailedOfJob(caller, jobId),
    );
  }

  async #retryFailedOfJob(caller: Caller, jobId: string): Promise<number> {
    const job = await this.prisma.ingestJob.findFirst({
      where: scopedWhere(caller.viewer, { id: jobId }),
    });
    if (!job) throw new NotFoundError('No ingest job with this id.', 'jobId');
    assertCanWrite(caller.viewer, job.collectionId);
    const failed = await this.prisma.ingestItem.findMany({
      where: scopedWhere(caller.viewer, { jobId, ...RETRYABLE }),
      select: { id: true },
    });
    return this.requeue(
      caller,
      failed.map((item) => item.id),
      'ingest.retry',
      `ingest-job:${jobId}`,
    );
  }

  /**
   * Puts retryable failed items back to `queued` (reason and message cleared), then asks the
   * pipeline to start them. If it cannot be reached they stay queued in SQL and the caller gets
   * PIPELINE_UNAVAILABLE.
   */
  private async requeue(
    caller: Caller,
    ids: string[],
    action: string,
    target: string,
  ): Promise<number> {
    if (ids.length === 0) return 0;
    await markForRetry(this.prisma, scopedWhere(caller.viewer, { id: { in: ids } }));
    return this.enqueue(caller, ids, action, target, { items: ids.length });
  }

  /** Hands items to the pipeline; the audit event says whether it took them. */
  private async enqueue(
    caller: Caller,
    ids: string[],
    action: string,
    target: string,
    details: Record<string, unknown>,
  ): Promise<number> {
    try {
      const queued = await this.pipeline.enqueue(ids, caller.token);
      await this.audit(caller, action, target, { ...details, queued });
      return queued;
    } catch (error) {
      const outcome = error instanceof PipelineUnavailableError ? 'pipeline-unavailable' : 'error';
      await this.audit(caller, action, target, details, outcome);
      if (typeof error === 'object' && error !== null) this.#audited.add(error);
      throw error;
    }
  }

  rerunSkills(caller: Caller, args: MutationRerunSkillsArgs): Promise<JobRecord> {
    const target =
      args.documentIds != null
        ? `documents:${args.documentIds.length}`
        : `collection:${args.collectionId ?? ''}`;
    return this.refusalsAudited(caller, 'ingest.rerun', target, () =>
      this.#rerunSkills(caller, args),
    );
  }

  async #rerunSkills(caller: Caller, args: MutationRerunSkillsArgs): Promise<JobRecord> {
    const byIds = args.documentIds != null;
    if (byIds === (args.collectionId != null)) {
      throw new BadUserInputError('Pass either documentIds or collectionId.', 'documentIds');
    }
    const skills = await checkSkillNames(args.skills, 'skills', false);
    const batches = byIds
      ? await this.documentsById(caller.viewer, args.documentIds ?? [])
      : this.documentsOfCollection(caller.viewer, args.collectionId!);

    let job: JobRecord | null = null;
    const itemIds: string[] = [];
    for await (const batch of batches) {
      job ??= await createJob(this.prisma, {
        collectionId: batch[0]!.collectionId,
        source: 'rerun',
        skills,
        label: `Re-run: ${skills.join(', ')}`,
        createdById: caller.viewer.id,
      });
      itemIds.push(...(await createRerunItems(this.prisma, job, batch)));
    }
    if (!job)
      throw new BadUserInputError('The collection has no documents to re-run.', 'collectionId');
    await this.enqueue(caller, itemIds, 'ingest.rerun', `ingest-job:${job.id}`, {
      skills,
      items: itemIds.length,
    });
    return job;
  }

  /** All ids must be readable documents of ONE collection the caller can write. */
  private async documentsById(viewer: Viewer, ids: readonly string[]): Promise<RerunSource[][]> {
    checkIdCount(ids, 'documentIds');
    const unique = [...new Set(ids)];
    if (unique.length === 0) throw new BadUserInputError('documentIds is empty.', 'documentIds');
    const found = await this.documents.findByIds(unique, readableCollections(viewer));
    const missing = unique.filter((id) => !found.has(id));
    if (missing.length > 0) {
      throw new BadUserInputError(
        `Documents not found: ${missing.slice(0, 10).join(', ')}${missing.length > 10 ? ', …' : ''}`,
        'documentIds',
      );
    }
    const collections = new Set([...found.values()].map((doc) => doc.collectionId));
    if (collections.size > 1) {
      throw new BadUserInputError(
        'All documents of one re-run must be in one collection.',
        'documentIds',
      );
    }
    assertCanWrite(viewer, [...collections][0]!);
    return [unique.map((id) => found.get(id)!)];
  }

  private documentsOfCollection(
    viewer: Viewer,
    collectionId: string,
  ): AsyncGenerator<RerunSource[]> {
    assertCanWrite(viewer, collectionId);
    return this.documents.latestForRerun(collectionId, readableCollections(viewer));
  }

  /** Runs a mutation; if it throws before its own audit event, records the refusal, then rethrows. */
  private async refusalsAudited<T>(
    caller: Caller,
    action: string,
    target: string,
    run: () => Promise<T>,
  ): Promise<T> {
    try {
      return await run();
    } catch (error) {
      if (typeof error === 'object' && error !== null && !this.#audited.has(error)) {
        const code = error instanceof GraphQLError ? String(error.extensions.code) : 'INTERNAL';
        const outcome = error instanceof ForbiddenError ? 'denied' : 'failure';
        await this.audit(caller, action, target, { code }, outcome);
      }
      throw error;
    }
  }

  private async audit(
    caller: Caller,
    action: string,
    target: string,
    details: Record<string, unknown>,
    outcome: AuditOutcome = 'success',
  ): Promise<void> {
    await appendAuditEvent(this.prisma, {
      actorId: caller.viewer.id,
      action,
      target,
      outcome,
      ip: caller.ip,
      details,
    });
  }
}

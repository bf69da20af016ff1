import type { Job } from 'bullmq';
import { resolveSkills, runSkillsOnChunk } from '@quarry/skills';
import type { Logger } from '@quarry/service-kit';
import { markChunksDone } from '../ingest/status-writes.ts';
import type { EnrichJob } from '../jobs.ts';
import type { StageContext } from './context.ts';

/** What one enrich job leaves in the derived store for the index stage. */
export interface ChunkResultFile {
  seq: number;
  start: number;
  end: number;
  /** Skill results by skill name. */
  results: Record<string, unknown>;
}

/** Runs skills on one chunk of text; the result feeds the index stage. */
export async function runChunkSkills(
  skills: readonly string[],
  text: string,
  span: { seq: number; start: number; end: number },
): Promise<ChunkResultFile> {
  const results = await runSkillsOnChunk(resolveSkills(skills), {
    text,
    start: span.start,
    seq: span.seq,
  });
  return { seq: span.seq, start: span.start, end: span.end, results };
}

/** Runs the job's skills on one chunk; chunks of one document run on any worker, in parallel. */
export async function enrichStage(ctx: StageContext, job: Job<EnrichJob>, _logger: Logger) {
  const { itemId, runId, documentId, seq, start, end } = job.data;
  const item = await ctx.prisma.ingestItem.findUnique({ where: { id: itemId } });
  if (!item || item.runId !== runId) return { skipped: 'superseded' };

  const text = await ctx.derived.readTextBytes(documentId, job.data.byteStart, job.data.byteEnd);
  const file = await runChunkSkills(job.data.skills, text, { seq, start, end });
  await ctx.derived.writeJson(documentId, ctx.derived.chunkResultName(runId, seq), file);
  // Counted from the files, not incremented: a chunk retried after a crash is not counted twice.
  await markChunksDone(
    ctx.status,
    itemId,
    runId,
    await ctx.derived.countChunkResults(documentId, runId),
  );
  return { seq };
}

import { z } from 'zod';
import type { IngestItem, IngestJob } from '../../generated/sqlite/client.ts';
import { isRetryable } from './retry.ts';
import {
  itemStatusSchema,
  jobSourceSchema,
  knowledgeQualitySchema,
  knowledgeStatusSchema,
  type ItemStatus,
  type JobSource,
  type KnowledgeQuality,
  type KnowledgeStatus,
} from './statuses.ts';

/** Skill names as a job stores them (a JSON array of text); checked when written and when read. */
export const skillsSchema = z.array(z.string().min(1).max(100)).max(50);

/** A stored value that breaks the records' rules: a bug or a hand-edited row, never user input. */
export class IngestRecordError extends Error {
  constructor(what: string, id: string, detail: string) {
    super(`ingest ${what} ${id}: ${detail}`);
    this.name = 'IngestRecordError';
  }
}

function check<T>(schema: z.ZodType<T>, value: unknown, what: string, id: string): T {
  const parsed = schema.safeParse(value);
  if (!parsed.success) throw new IngestRecordError(what, id, z.prettifyError(parsed.error));
  return parsed.data;
}

/** The text stored in IngestJob.skills, checked. */
export function skillsJson(skills: readonly string[]): string {
  return JSON.stringify(check(skillsSchema, skills, 'job skills', '(new)'));
}

function parseJson(text: string, what: string, id: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    throw new IngestRecordError(what, id, 'not JSON');
  }
}

export type JobRecord = Omit<IngestJob, 'source' | 'skills'> & {
  source: JobSource;
  skills: string[];
};

/** A job row as the code uses it: source and skills checked. */
export function checkedJob(row: IngestJob): JobRecord {
  return {
    ...row,
    source: check(jobSourceSchema, row.source, 'job source', row.id),
    skills: check(skillsSchema, parseJson(row.skills, 'job skills', row.id), 'job skills', row.id),
  };
}

export type ItemRecord = Omit<IngestItem, 'status' | 'knowledgeStatus' | 'knowledgeQuality'> & {
  status: ItemStatus;
  knowledgeStatus: KnowledgeStatus;
  knowledgeQuality: KnowledgeQuality | null;
  /** Whether a retry can succeed (see retry.ts). */
  retryable: boolean;
};

/** An item row as the code uses it: status checked, retryability decided. */
export function checkedItem(row: IngestItem): ItemRecord {
  return {
    ...row,
    status: check(itemStatusSchema, row.status, 'item status', row.id),
    knowledgeStatus: check(knowledgeStatusSchema, row.knowledgeStatus, 'knowledge status', row.id),
    knowledgeQuality: check(
      knowledgeQualitySchema.nullable(),
      row.knowledgeQuality,
      'knowledge quality',
      row.id,
    ),
    retryable: isRetryable(row),
  };
}

import { z } from 'zod';
import { envFields } from '@quarry/service-kit';

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4004),
  LOG_LEVEL: envFields.logLevel(),
  REDIS_URL: z
    .url()
    .refine(
      (u) => u.startsWith('redis://') || u.startsWith('rediss://'),
      'must be a redis:// or rediss:// URL',
    ),
  ELASTICSEARCH_URL: envFields.url(),
  CORENLP_URL: envFields.url(),
  // CoreNLP's server listens on every interface, so annotation needs its basic-auth credentials.
  CORENLP_USER: z.string().min(1),
  CORENLP_PASSWORD: z.string().min(16),
  /** Documents a worker process cracks at once; replicas multiply it. */
  PIPELINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
});

export type PipelineEnv = z.infer<typeof envSchema>;

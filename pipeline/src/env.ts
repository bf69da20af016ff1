import { z } from 'zod';
import { DATABASE_URL_HINT, isDatabaseUrl } from '@quarry/prisma';
import { envFields } from '@quarry/service-kit';

const MiB = 1024 * 1024;

export const envSchema = z
  .object({
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
    /** Alias of the documents index (see @quarry/search-index). */
    DOCUMENTS_INDEX: z
      .string()
      .regex(/^[a-z][a-z0-9-]*$/, 'lower-case letters, digits and dashes')
      .default('quarry-documents'),
    /**
     * The NLP service (CoreNLP's server) the knowledge stage calls. Empty: not deployed, and the
     * knowledge skills store their lighter fallback (patterns and gazetteer) instead.
     */
    CORENLP_URL: z.union([z.literal(''), envFields.url()]).default(''),
    // CoreNLP's server listens on every interface, so annotation needs its basic-auth credentials
    // (required with CORENLP_URL, see the check below).
    CORENLP_USER: z.string().default(''),
    CORENLP_PASSWORD: z.string().default(''),
    /**
     * The offline knowledge base (WikiDict and GeoNames in one SQLite file) the stack builds: entity
     * linking, and the fallback's gazetteer. Empty: entities are not linked and the fallback has
     * pattern entities only.
     */
    KNOWLEDGE_BASE_DIR: z.string().default(''),
    /** Where the knowledge stage writes the graph (entities, mentions, triples, co-occurrence). */
    NEO4J_URI: z
      .string()
      .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI'),
    NEO4J_USER: z.string().min(1),
    NEO4J_PASSWORD: z.string().min(1),
    /** Ingest records (jobs, items, versions) live in SQL through Prisma. */
    DATABASE_URL: z.string().refine(isDatabaseUrl, DATABASE_URL_HINT),
    QUARRY_JWT_SECRET: z.string().min(32),
    /**
     * Originals (content-addressed) and what cracking derived from them. Every replica must see the
     * same folder (a shared volume in Kubernetes).
     */
    PIPELINE_DATA_DIR: z.string().min(1),
    /** A folder scanned for files to ingest: `<dir>/<collection name>/**`. Off when empty. */
    PIPELINE_INGEST_DIR: z.string().default(''),
    PIPELINE_SCAN_INTERVAL_MS: z.coerce.number().int().min(500).default(5_000),
    /** Queue name; tests use their own so they never meet another pipeline's jobs. */
    PIPELINE_QUEUE: z
      .string()
      .regex(/^[a-z0-9-]+$/)
      .default('quarry-ingest'),
    /** Worker processes on this machine (default: one per core, at most 4). */
    PIPELINE_PROCESSES: z.coerce.number().int().min(1).max(64).optional(),
    /** Documents a worker process works on at once; replicas multiply it. */
    PIPELINE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    /** Largest file accepted by upload or the ingest folder. */
    PIPELINE_MAX_FILE_BYTES: z.coerce
      .number()
      .int()
      .min(1)
      .default(200 * MiB),
    /** Characters per chunk: the unit of parallel enrichment and of text paging. */
    PIPELINE_CHUNK_CHARS: z.coerce.number().int().min(1_000).max(1_000_000).default(8_000),
    /**
     * Documents with at most this many characters of text are enriched and indexed inside their crack
     * job; longer ones are split into one enrich job per chunk, run in parallel by any worker.
     */
    PIPELINE_INLINE_CHARS: z.coerce.number().int().min(0).default(64_000),
    /**
     * Small files recorded together (one upload burst, one folder scan, one archive) are queued as
     * batch jobs of up to this many files, each at most PIPELINE_BATCH_MAX_BYTES: one queue job, one
     * item lookup and one bulk index request for all of them. 1 queues every file alone.
     */
    PIPELINE_BATCH_DOCS: z.coerce.number().int().min(1).max(500).default(50),
    PIPELINE_BATCH_MAX_BYTES: z.coerce.number().int().min(0).default(MiB),
    /** A batch job's files are in memory together: at most this many bytes of them. */
    PIPELINE_BATCH_TOTAL_BYTES: z.coerce
      .number()
      .int()
      .min(0)
      .default(8 * MiB),
    /** Text beyond this many characters is not indexed (the document says so in its warnings). */
    PIPELINE_MAX_INDEXED_CHARS: z.coerce.number().int().min(10_000).default(20_000_000),
    /**
     * How long a worker holds a job before another may take it over; a killed worker's jobs resume
     * after about this long.
     */
    PIPELINE_LOCK_MS: z.coerce.number().int().min(1_000).default(30_000),
    /**
     * Wall-clock limit for cracking one file: a parser still busy after this long is stopped and
     * the file fails with reason `timeout` (see @quarry/crackers' CrackPool).
     */
    PIPELINE_CRACK_TIMEOUT_MS: z.coerce.number().int().min(100).default(120_000),
    /** Heap one file's cracking may use; past it the file fails with reason `out-of-memory`. */
    PIPELINE_CRACK_MEMORY_MB: z.coerce.number().int().min(16).default(1_024),
    /**
     * Documents the knowledge stage (entities, triples) works on at once per process, on its own
     * queue and worker: a slow NLP service never holds up cracking and indexing.
     */
    PIPELINE_KNOWLEDGE_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(1),
    /** Characters of a document the knowledge stage analyses; the rest is left out (and said so). */
    PIPELINE_KNOWLEDGE_MAX_CHARS: z.coerce.number().int().min(1_000).default(2_000_000),
    /** Requests one process has in flight to the NLP service at most (its threads are shared). */
    PIPELINE_NLP_CONCURRENCY: z.coerce.number().int().min(1).max(64).default(2),
    /** Per NLP request; the first request for a language also loads its models. */
    PIPELINE_NLP_TIMEOUT_MS: z.coerce.number().int().min(1_000).default(120_000),
    /** Longer sentences are cut before they reach the NLP service (the document says how many). */
    PIPELINE_NLP_MAX_SENTENCE_TOKENS: z.coerce.number().int().min(10).max(500).default(150),
    /**
     * How long a document waits before its knowledge stage tries again while the NLP service is down
     * (a fallback is stored meanwhile); doubles on each try up to PIPELINE_KNOWLEDGE_RETRY_MAX_MS.
     */
    PIPELINE_KNOWLEDGE_RETRY_MS: z.coerce.number().int().min(100).default(10_000),
    PIPELINE_KNOWLEDGE_RETRY_MAX_MS: z.coerce.number().int().min(100).default(300_000),
  })
  .superRefine((env, problems) => {
    if (env.CORENLP_URL === '') return;
    if (env.CORENLP_USER === '') {
      problems.addIssue({
        code: 'custom',
        path: ['CORENLP_USER'],
        message: 'required with CORENLP_URL',
      });
    }
    if (env.CORENLP_PASSWORD.length < 16) {
      problems.addIssue({
        code: 'custom',
        path: ['CORENLP_PASSWORD'],
        message: 'at least 16 characters, required with CORENLP_URL',
      });
    }
  });

export type PipelineEnv = z.infer<typeof envSchema>;

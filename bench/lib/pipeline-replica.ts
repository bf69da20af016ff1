// One more pipeline process on the same queue, SQLite file, data dir and index as the benchmark's
// in-process pipeline: what a second `PIPELINE_PROCESSES` process adds on a multi-core machine.
//   node bench/lib/pipeline-replica.ts <env.json>
// Prints "ready <url>" once its worker and HTTP API run (the benchmark sends it uploads too, as
// node:cluster shares connections out between the processes); SIGTERM closes it.
import { readFileSync } from 'node:fs';
import { envSchema, start } from '@quarry/pipeline';

const env = envSchema.parse(JSON.parse(readFileSync(process.argv[2]!, 'utf8')));
const pipeline = await start(env);
process.once('SIGTERM', () => {
  void pipeline.close().then(() => process.exit(0));
});
process.stdout.write(`ready ${pipeline.url}\n`);

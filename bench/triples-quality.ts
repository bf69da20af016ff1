// Triple quality on CaRB (issue 13): Quarry's extractor (packages/knowledge/src/triples, over the NLP
// service's dependency parse) and stock CoreNLP OpenIE, both scored in the same run by Quarry's port
// of CaRB's default scorer (binary lenient tuple match; the F1 at the best confidence threshold and
// the area under the precision-recall curve, as carb.py prints them).
//
//   node bench/triples-quality.ts [--all] [--concurrency 2] [--limit N]
//
// Scored on the held-out part of CaRB's dev set (every third sentence, fixed in
// packages/knowledge/src/eval/carb-split.ts); the extractor's rules were only ever looked at on the
// other sentences. --all also scores the development part and the whole dev set, for reference.
// Beside CaRB's best-threshold figures: the F1 with every extraction kept (no threshold chosen on
// the scored data). Needs the NLP service (CORENLP_URL, CORENLP_USER, CORENLP_PASSWORD).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  carbSentences,
  createNlpClient,
  extractTriples,
  goldForSentences,
  parseCarbGold,
  scoreCarb,
  type CarbExtraction,
  type CarbExtractions,
  type CarbPart,
} from '@quarry/knowledge';
import { stockOpenIe, type CoreNlpConnection } from './lib/corenlp-openie.ts';
import { REPO_ROOT, required, stackEnv } from './lib/env.ts';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { fixed, mapLimit, table } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    all: { type: 'boolean', default: false },
    concurrency: { type: 'string', default: '2' },
    // a quick check of the script: only the first N sentences of each part
    limit: { type: 'string' },
  },
});
const CONCURRENCY = Number(args.concurrency);

const env = stackEnv();
const connection: CoreNlpConnection = {
  url: required(env, 'CORENLP_URL'),
  user: required(env, 'CORENLP_USER'),
  password: required(env, 'CORENLP_PASSWORD'),
};
const dataDir = join(REPO_ROOT, 'data', 'eval', 'oie');
const sentenceFile = readFileSync(join(dataDir, 'carb-dev-sentences.txt'), 'utf8');
const gold = parseCarbGold(readFileSync(join(dataDir, 'carb-dev-gold.tsv'), 'utf8'));
const parts: CarbPart[] = args.all ? ['held-out', 'development', 'all'] : ['held-out'];
const LIMIT = args.limit === undefined ? Infinity : Number(args.limit);
const partSentencesOf = (part: CarbPart) => carbSentences(sentenceFile, part).slice(0, LIMIT);
const sentences = [...new Set(parts.flatMap(partSentencesOf))];

const client = createNlpClient({ ...connection, maxConcurrent: CONCURRENCY, timeoutMs: 300_000 });

async function quarry(sentence: string): Promise<CarbExtraction[]> {
  const analysis = await client.analyse(sentence, 'en', { parse: true });
  return analysis.sentences.flatMap((parsed) =>
    extractTriples(sentence, parsed, 'en').map((t) => ({
      relation: t.relation.text,
      args: [t.subject.text, t.object.text],
      confidence: t.confidence,
    })),
  );
}

async function run(name: string, extract: (sentence: string) => Promise<CarbExtraction[]>) {
  const started = performance.now();
  const lists = await mapLimit(sentences, CONCURRENCY, extract);
  const seconds = (performance.now() - started) / 1000;
  const predicted: CarbExtractions = new Map(sentences.map((s, k) => [s, lists[k] ?? []]));
  return { name, predicted, seconds };
}

console.log(`CaRB dev triples: ${describeMachine()}`);
const systems = [
  await run('Quarry (clause rules over depparse)', quarry),
  await run('CoreNLP OpenIE (stock)', (s) => stockOpenIe(connection, s)),
];

const rows: (string | number)[][] = [];
for (const part of parts) {
  const partSentences = partSentencesOf(part);
  const partGold = goldForSentences(gold, partSentences);
  const goldTuples = [...partGold.values()].flat().length;
  for (const system of systems) {
    const predicted: CarbExtractions = new Map(
      partSentences.map((s) => [s, system.predicted.get(s) ?? []]),
    );
    const best = scoreCarb(partGold, predicted);
    const everyExtraction = new Map(
      [...predicted].map(([s, list]) => [s, list.map((e) => ({ ...e, confidence: 1 }))]),
    );
    const kept = scoreCarb(partGold, everyExtraction);
    rows.push([
      part === 'held-out'
        ? 'held-out (reported)'
        : part === 'all'
          ? 'whole dev set (reference)'
          : 'development (rules looked at)',
      `${partSentences.length} / ${goldTuples}`,
      system.name,
      [...predicted.values()].flat().length,
      fixed(best.precision, 3),
      fixed(best.recall, 3),
      fixed(best.f1, 3),
      fixed(best.auc, 3),
      fixed(kept.f1, 3),
    ]);
  }
}
console.log(
  table(
    ['part', 'sentences / gold', 'system', 'extractions', 'P', 'R', 'F1', 'AUC', 'F1 all kept'],
    rows,
  ),
);
for (const system of systems)
  console.log(`${system.name}: ${fixed(system.seconds, 1)} s for ${sentences.length} sentences`);
console.log(describeLoad());

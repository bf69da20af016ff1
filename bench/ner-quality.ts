// Named-entity quality on WikiGold (issue 13): stock CoreNLP and Quarry's NER side by side, measured
// from the same NLP-service answers in one run, scored by CoNLL exact-span matching (an entity counts
// only with the gold span and type) over PER, ORG, LOC and MISC.
//
//   node bench/ner-quality.ts [--part held-out|development|all] [--concurrency 2] [--kb DIR]
//
// Reported figures are on the held-out part: every third WikiGold document (index % 3 === 2, fixed
// in packages/knowledge/src/eval/conll-reader.ts); Quarry's rules were developed on the other two
// thirds only. Each document is sent as one text (tokens joined by spaces, sentences by a blank
// line); predictions map back to the gold tokens by character overlap (eval/conll-align.ts).
//   stock:  CoreNLP's token NER tags (default `ner`: 3/4/7-class CRFs + fine-grained regexner), fine
//           classes mapped to the four types (entity-types.ts), read as a CoNLL file.
//   quarry: recognizeEntities (packages/knowledge/src/ner) over the same analysis, with the known
//           names of the knowledge base when one is at hand (--kb DIR or KNOWLEDGE_BASE_DIR);
//           "Quarry without KB" is the same without them.
//   fallback: the gazetteer matcher the knowledge stage uses when the NLP service is not there
//           (places only), when a knowledge base is at hand.
// Needs the NLP service (CORENLP_URL, CORENLP_USER, CORENLP_PASSWORD).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import {
  conllPart,
  conllType,
  createGazetteerMatcher,
  createNlpClient,
  documentText,
  goldTokenSpans,
  knownNamesFrom,
  namedEntityTypeOf,
  openKnowledgeBase,
  parseConll,
  recognizeEntities,
  scoreConll,
  tokenSpansOf,
  tokenTagSpans,
  type CharSpan,
  type ConllPart,
  type ConllScore,
  type NlpAnalysis,
  type RecognizedEntity,
  type TokenSpan,
} from '@quarry/knowledge';
import { REPO_ROOT, required, stackEnv } from './lib/env.ts';
import { describeLoad, describeMachine } from './lib/machine.ts';
import { fixed, mapLimit, table } from './lib/stats.ts';

const { values: args } = parseArgs({
  options: {
    part: { type: 'string', default: 'held-out' },
    concurrency: { type: 'string', default: '2' },
    kb: { type: 'string' },
  },
});
const part = args.part as ConllPart;
if (!['held-out', 'development', 'all'].includes(part)) throw new Error(`--part ${part}?`);

const env = stackEnv();
const client = createNlpClient({
  url: required(env, 'CORENLP_URL'),
  user: required(env, 'CORENLP_USER'),
  password: required(env, 'CORENLP_PASSWORD'),
  maxConcurrent: Number(args.concurrency),
  timeoutMs: 600_000,
});
const kbDir = args.kb ?? env.KNOWLEDGE_BASE_DIR;
const kb = kbDir ? openKnowledgeBase(kbDir) : undefined;
const gazetteer = kb ? createGazetteerMatcher(kb) : undefined;
const file = readFileSync(join(REPO_ROOT, 'data', 'eval', 'ner', 'wikigold.conll.txt'), 'utf8');
const documents = conllPart(parseConll(file), part);

console.log(`NER quality on WikiGold, ${part} part: ${documents.length} documents`);
console.log(describeMachine());

function stockLabels(analysis: NlpAnalysis): CharSpan[] {
  return analysis.sentences.flatMap((s) =>
    s.tokens.flatMap((t) => {
      const type = namedEntityTypeOf(t.ner);
      return type ? [{ start: t.start, end: t.end, type: conllType(type) }] : [];
    }),
  );
}

const gold: TokenSpan[][] = [];
const stock: TokenSpan[][] = [];
const quarry: TokenSpan[][] = [];
const quarryWithoutKb: TokenSpan[][] = [];
const fallback: TokenSpan[][] = [];
let tokens = 0;
const started = performance.now();
const results = await mapLimit(documents, Number(args.concurrency), async (document) => {
  const layout = documentText(document);
  const analysis = await client.analyse(layout.text, 'en');
  const recognized = (entities: RecognizedEntity[]) =>
    tokenSpansOf(
      layout,
      entities.map((e) => ({ start: e.start, end: e.end, type: conllType(e.type) })),
    );
  // one lookup per document, as the knowledge stage would hold it
  const knownNames = kb ? knownNamesFrom(kb) : undefined;
  return {
    gold: goldTokenSpans(document),
    stock: tokenTagSpans(layout, stockLabels(analysis)),
    quarry: recognized(recognizeEntities(layout.text, analysis, knownNames ? { knownNames } : {})),
    quarryWithoutKb: recognized(recognizeEntities(layout.text, analysis)),
    fallback: tokenSpansOf(
      layout,
      (gazetteer?.find(layout.text, 'en') ?? []).map((m) => ({
        start: m.start,
        end: m.end,
        type: conllType(m.type),
      })),
    ),
    tokens: document.sentences.reduce((n, s) => n + s.tokens.length, 0),
  };
});
for (const r of results) {
  gold.push(...r.gold);
  stock.push(...r.stock);
  quarry.push(...r.quarry);
  quarryWithoutKb.push(...r.quarryWithoutKb);
  fallback.push(...r.fallback);
  tokens += r.tokens;
}
const seconds = (performance.now() - started) / 1000;

const scores: [string, ConllScore][] = [
  ['stock CoreNLP', scoreConll(gold, stock)],
  ['Quarry', scoreConll(gold, quarry)],
  ...(kb
    ? ([
        ['Quarry without KB', scoreConll(gold, quarryWithoutKb)],
        ['fallback', scoreConll(gold, fallback)],
      ] as [string, ConllScore][])
    : []),
];
if (!kb)
  console.log(
    'no knowledge base (--kb or KNOWLEDGE_BASE_DIR): Quarry without its known names, no fallback row',
  );
const rows: string[][] = [];
for (const type of ['overall', 'PER', 'ORG', 'LOC', 'MISC']) {
  for (const [name, score] of scores) {
    const s = type === 'overall' ? score.overall : score.byType[type];
    if (!s) continue;
    rows.push([
      type,
      name,
      fixed(s.precision, 3),
      fixed(s.recall, 3),
      fixed(s.f1, 3),
      String(s.truePositives),
      String(s.falsePositives),
      String(s.falseNegatives),
    ]);
  }
}
console.log(table(['type', 'system', 'P', 'R', 'F1', 'TP', 'FP', 'FN'], rows));
console.log(
  `${tokens} tokens in ${fixed(seconds, 1)} s (${fixed(tokens / seconds, 0)} tokens/s, ` +
    `NLP service with ${args.concurrency} requests in flight); ${describeLoad()}`,
);

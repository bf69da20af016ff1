// Entity-linking precision on hand-judged mentions from the sample corpus's source text (the World
// Factbook's Background paragraphs, data/factbook), for the context linker and, in the same run,
// the stock baseline: the WikiDict row of the exact surface form, read from CoreNLP's
// models-english-kbp jar itself (what CoreNLP's own WikiDict lookup gives; about a minute to
// stream). The judgements live in data/eval/linking/factbook-backgrounds.json; scoring needs the
// knowledge base and the jar, not the NLP service, so it repeats exactly. Method and figures:
// docs/knowledge-quality.md, "Entity linking".
//
//   node bench/linking-quality.ts [--sample a|b] [--kb DIR]   score the judged mentions of a
//        sample ('b', the default, is the held-out one; 'a' was used to improve the linker)
//   node bench/linking-quality.ts --propose [--kb DIR]   run NER (the stack's CoreNLP) on the
//        documents, link, and write the mentions into the fixture, keeping existing judgements;
//        new or changed proposals are left for a person to judge
//
// --kb defaults to KNOWLEDGE_BASE_DIR from the stack's settings (./quarry up builds it); --jar to
// the models-english-kbp jar the stack resolved (stack/knowledge-base/target/classpath.txt).
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { background, FACTBOOK, readProfile } from '@quarry/crackers/test-fixtures';
import {
  createEntityLinker,
  createNlpClient,
  linkKey,
  openKnowledgeBase,
  tallyLinks,
  wikiDictRows,
  type LinkJudgement,
  type NamedEntityType,
} from '@quarry/knowledge';
import { REPO_ROOT, required, stackEnv } from './lib/env.ts';
import { describeLoad } from './lib/machine.ts';
import { percent, table } from './lib/stats.ts';

/**
 * Two disjoint samples: 'a' (every third profile from the first) was judged for linker v1 and then
 * used to improve it (development); 'b' (every third from the second) was drawn and judged after
 * that, and is the held-out figure.
 */
const SAMPLES = { a: 0, b: 1 } as const;
/** The sample: Background paragraphs of every third profile in path order, until this many mentions. */
const MENTIONS_WANTED = 240;

interface JudgedMention extends LinkJudgement {
  start: number;
  end: number;
  text: string;
  type: NamedEntityType;
  /** what each linker proposed when the mention was judged */
  proposals: { context: string | null; baseline: string | null };
  note?: string;
}
interface FixtureDocument {
  /** `<factbook profile path>#background` */
  id: string;
  language: string;
  /** the named entities of the document, the linker's co-occurrence context */
  names: string[];
  mentions: JudgedMention[];
}
interface Fixture {
  about: string;
  documents: FixtureDocument[];
}

const { values: args } = parseArgs({
  options: {
    propose: { type: 'boolean', default: false },
    kb: { type: 'string' },
    jar: { type: 'string' },
    sample: { type: 'string', default: 'b' },
  },
});
if (args.sample !== 'a' && args.sample !== 'b') throw new Error('--sample is a or b');
const sample: keyof typeof SAMPLES = args.sample;
const FIXTURE = join(
  REPO_ROOT,
  'data',
  'eval',
  'linking',
  `factbook-backgrounds${sample === 'a' ? '' : `-${sample}`}.json`,
);
const jar =
  args.jar ??
  readFileSync(
    join(REPO_ROOT, 'stack', 'knowledge-base', 'target', 'classpath.txt'),
    'utf8',
  ).trim();
const kbDir = args.kb ?? required(stackEnv(), 'KNOWLEDGE_BASE_DIR');
const kb = openKnowledgeBase(kbDir);
const linker = createEntityLinker(kb);
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;

/** The stock baseline: each surface form's own WikiDict row (one title per anchor text). */
async function rawWikiDict(surfaces: Set<string>): Promise<Map<string, string>> {
  const titles = new Map<string, string>();
  for await (const row of wikiDictRows(jar)) {
    if (surfaces.has(row.mention)) titles.set(row.mention, row.title);
  }
  return titles;
}

async function proposals(document: FixtureDocument, raw: Map<string, string>) {
  const candidates = document.mentions.map((m) => ({
    name: m.text,
    type: m.type,
    aliases: [m.text],
  }));
  const context = await linker.link(candidates, {
    language: document.language,
    names: document.names,
  });
  return document.mentions.map((m, i) => ({
    context: linkKey(context[i]),
    baseline: raw.has(m.text) ? `wikipedia:${raw.get(m.text)}` : null,
  }));
}

if (args.propose) await propose();
else await score();

async function score(): Promise<void> {
  type Item = { judgement: LinkJudgement; proposal: string | null };
  const contextItems: Item[] = [];
  const baselineItems: Item[] = [];
  const raw = await rawWikiDict(
    new Set(fixture.documents.flatMap((d) => d.mentions.map((m) => m.text))),
  );
  const started = process.hrtime.bigint();
  for (const document of fixture.documents) {
    const proposed = await proposals(document, raw);
    document.mentions.forEach((judgement, i) => {
      contextItems.push({ judgement, proposal: proposed[i]!.context });
      baselineItems.push({ judgement, proposal: proposed[i]!.baseline });
    });
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rows = [
    ['context linker', tallyLinks(contextItems)],
    ['WikiDict row of the surface form (stock)', tallyLinks(baselineItems)],
  ] as const;
  const judged = contextItems.filter((item) => item.judgement.judged.length > 0).length;
  console.log(
    `${fixture.documents.length} documents, ${contextItems.length} mentions (${judged} judged); the context linker took ${ms.toFixed(0)} ms for all; ${describeLoad()}`,
  );
  console.log(
    table(
      [
        'linker',
        'linked',
        'correct',
        'wrong',
        'should not link',
        'unjudged',
        'precision',
        'coverage',
      ],
      rows.map(([name, t]) => [
        name,
        t.linked,
        t.correct,
        t.wrong,
        t.shouldNotLink,
        t.unjudged,
        percent(t.precision),
        percent(t.coverage),
      ]),
    ),
  );
}

async function propose(): Promise<void> {
  const env = stackEnv();
  const nlp = createNlpClient({
    url: required(env, 'CORENLP_URL'),
    user: required(env, 'CORENLP_USER'),
    password: required(env, 'CORENLP_PASSWORD'),
  });
  const previous = new Map(
    fixture.documents.flatMap((d) =>
      d.mentions.map((m) => [`${d.id}|${m.start}|${m.text}|${m.type}`, m] as const),
    ),
  );
  const documents: FixtureDocument[] = [];
  let count = 0;
  for (const path of profilePaths()) {
    if (count >= MENTIONS_WANTED) break;
    const text = background(await readProfile(path));
    if (!text) continue;
    const analysis = await nlp.analyse(text, 'en');
    // One judged mention per distinct surface form and type: its first occurrence.
    const seen = new Set<string>();
    const mentions = analysis.mentions.filter((m) => {
      const key = `${m.text}|${m.type}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    documents.push({
      id: `${path}#background`,
      language: 'en',
      names: [...new Set(analysis.mentions.map((m) => m.text))],
      mentions: mentions.map((m) => ({
        start: m.start,
        end: m.end,
        text: text.slice(m.start, m.end),
        type: m.type,
        proposals: { context: null, baseline: null },
        gold: [],
        judged: [],
      })),
    });
    count += mentions.length;
  }
  const raw = await rawWikiDict(new Set(documents.flatMap((d) => d.mentions.map((m) => m.text))));
  for (const document of documents) {
    const proposed = await proposals(document, raw);
    document.mentions = document.mentions.map((m, i) => {
      const old = previous.get(`${document.id}|${m.start}|${m.text}|${m.type}`);
      return { ...(old ?? m), proposals: proposed[i]! };
    });
  }
  fixture.documents = documents;
  writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`${documents.length} documents, ${count} mentions written to ${FIXTURE}`);
}

/** Every third Factbook profile in path order, from the sample's offset, so each region is in it. */
function profilePaths(): string[] {
  return readdirSync(FACTBOOK, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()
    .filter((_, i) => i % 3 === SAMPLES[sample]);
}

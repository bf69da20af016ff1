// Entity-linking precision on hand-judged mentions from the sample corpus's source text (the World
// Factbook's Background paragraphs, data/factbook), for the context linker and, in the same run,
// the stock baseline (each surface form's top WikiDict title). The judgements live in
// data/eval/linking/factbook-backgrounds.json; scoring needs only the knowledge base, so it repeats
// exactly. Method and figures: docs/knowledge-quality.md, "Entity linking".
//
//   node bench/linking-quality.ts [--kb DIR]             score the judged mentions
//   node bench/linking-quality.ts --propose [--kb DIR]   run NER (the stack's CoreNLP) on the
//        documents, link, and write the mentions into the fixture, keeping existing judgements;
//        new or changed proposals are left for a person to judge
//
// --kb defaults to KNOWLEDGE_BASE_DIR from the stack's settings (./quarry up builds it).
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
  topAnchorLink,
  type KnowledgeBase,
  type LinkJudgement,
  type NamedEntityType,
} from '@quarry/knowledge';
import { REPO_ROOT, required, stackEnv } from './lib/env.ts';
import { describeLoad } from './lib/machine.ts';
import { percent, table } from './lib/stats.ts';

const FIXTURE = join(REPO_ROOT, 'data', 'eval', 'linking', 'factbook-backgrounds.json');
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
  options: { propose: { type: 'boolean', default: false }, kb: { type: 'string' } },
});
const kbDir = args.kb ?? required(stackEnv(), 'KNOWLEDGE_BASE_DIR');
const kb = openKnowledgeBase(kbDir);
const linker = createEntityLinker(kb);
const fixture = JSON.parse(readFileSync(FIXTURE, 'utf8')) as Fixture;

async function proposals(document: FixtureDocument, kb: KnowledgeBase) {
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
    baseline: linkKey(topAnchorLink(kb, m.text)),
  }));
}

if (args.propose) await propose();
else await score();

async function score(): Promise<void> {
  type Item = { judgement: LinkJudgement; proposal: string | null };
  const contextItems: Item[] = [];
  const baselineItems: Item[] = [];
  const started = process.hrtime.bigint();
  for (const document of fixture.documents) {
    const proposed = await proposals(document, kb);
    document.mentions.forEach((judgement, i) => {
      contextItems.push({ judgement, proposal: proposed[i]!.context });
      baselineItems.push({ judgement, proposal: proposed[i]!.baseline });
    });
  }
  const ms = Number(process.hrtime.bigint() - started) / 1e6;
  const rows = [
    ['context linker', tallyLinks(contextItems)],
    ['top WikiDict title (stock)', tallyLinks(baselineItems)],
  ] as const;
  const judged = contextItems.filter((item) => item.judgement.judged.length > 0).length;
  console.log(
    `${fixture.documents.length} documents, ${contextItems.length} mentions (${judged} judged); linking both took ${ms.toFixed(0)} ms; ${describeLoad()}`,
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
      d.mentions.map((m) => [`${d.id}|${m.start}|${m.text}|${m.type}`, m]),
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
    const document: FixtureDocument = {
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
    };
    const proposed = await proposals(document, kb);
    document.mentions = document.mentions.map((m, i) => {
      const old = previous.get(`${document.id}|${m.start}|${m.text}|${m.type}`);
      return old ? { ...old, proposals: proposed[i]! } : { ...m, proposals: proposed[i]! };
    });
    documents.push(document);
    count += document.mentions.length;
  }
  fixture.documents = documents;
  writeFileSync(FIXTURE, `${JSON.stringify(fixture, null, 1)}\n`);
  console.log(`${documents.length} documents, ${count} mentions written to ${FIXTURE}`);
}

/** Every third Factbook profile in path order (`africa/ag`, ...), so each region is in the sample. */
function profilePaths(): string[] {
  return readdirSync(FACTBOOK, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.json'))
    .map((file) => file.replace(/\.json$/, ''))
    .sort()
    .filter((_, i) => i % 3 === 0);
}

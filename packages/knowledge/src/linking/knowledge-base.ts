import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { DatabaseSync, type StatementSync } from 'node:sqlite';
import { KNOWLEDGE_BASE_FILE, SCHEMA_VERSION, type PlaceKind } from './kb-schema.ts';
import type { TitleType } from './title-types.ts';

export interface TitleRecord {
  id: number;
  /** Wikipedia title with underscores */
  title: string;
  /** how many anchor texts link to it */
  anchors: number;
  type: TitleType | null;
}

export interface AnchorRecord extends TitleRecord {
  /** P(title | anchor text) */
  prob: number;
}

export interface PlaceRecord {
  id: number;
  name: string;
  kind: PlaceKind;
  country: string;
  admin1: string | null;
  population: number;
  latitude: number | null;
  longitude: number | null;
}

/**
 * Read-only lookups in the local knowledge base. Every lookup is an indexed query against the
 * SQLite file: nothing is loaded into memory beyond SQLite's page cache. Names are normalized with
 * `normalizeName` by the caller.
 */
export interface KnowledgeBase {
  /** titles that the normalized anchor text links to */
  anchorTitles(norm: string): AnchorRecord[];
  /** titles whose name before any qualifier is `norm` ("paris" -> Paris,_Texas), most linked first */
  titlesByHead(norm: string, limit: number): TitleRecord[];
  /** places with this name or alternate name */
  placesByName(norm: string): PlaceRecord[];
  /** a country's name by its ISO code, a US state's by its code */
  regionName(country: string, admin1: string | null): string | null;
  close(): void;
}

const TITLE_COLUMNS = 't.id AS id, t.title AS title, t.anchors AS anchors, t.type AS type';
const PLACE_COLUMNS =
  'p.id AS id, p.name AS name, p.kind AS kind, p.country AS country, p.admin1 AS admin1, p.population AS population, p.latitude AS latitude, p.longitude AS longitude';

export class KnowledgeBaseMissingError extends Error {}

/** Opens the knowledge base that the stack built into `dir` (read-only). */
export function openKnowledgeBase(dir: string): KnowledgeBase {
  const file = join(dir, KNOWLEDGE_BASE_FILE);
  if (!existsSync(file)) {
    throw new KnowledgeBaseMissingError(
      `No knowledge base at ${file}. The stack builds it ('./quarry up --stores' or './quarry test'); KNOWLEDGE_BASE_DIR names the folder.`,
    );
  }
  const db = new DatabaseSync(file, { readOnly: true });
  const schema = db.prepare("SELECT value FROM meta WHERE key = 'schema'").get() as
    { value: string } | undefined;
  if (schema?.value !== String(SCHEMA_VERSION)) {
    db.close();
    throw new KnowledgeBaseMissingError(
      `The knowledge base at ${file} has schema ${schema?.value ?? 'none'}, this code reads ${SCHEMA_VERSION}: rebuild it with the stack.`,
    );
  }
  return knowledgeBaseOn(db);
}

/** Lookups over an open database (tests pass an in-memory one). */
export function knowledgeBaseOn(db: DatabaseSync): KnowledgeBase {
  const anchors = db.prepare(
    `SELECT ${TITLE_COLUMNS}, m.prob AS prob FROM mentions m JOIN titles t ON t.id = m.title_id WHERE m.norm = ?`,
  );
  const heads = db.prepare(
    `SELECT ${TITLE_COLUMNS} FROM titles t WHERE t.head = ? ORDER BY t.anchors DESC LIMIT ?`,
  );
  const places = db.prepare(
    `SELECT ${PLACE_COLUMNS} FROM place_names n JOIN places p ON p.id = n.place_id WHERE n.norm = ?`,
  );
  // Countries and regions are a few hundred rows; the column has no index, so they are read once.
  let regionNames: Map<string, string> | undefined;
  const regionKey = (country: string, admin1: string | null) => `${country}/${admin1 ?? ''}`;
  const loadRegionNames = () =>
    new Map(
      (
        db
          .prepare("SELECT name, country, admin1 FROM places WHERE kind IN ('country', 'region')")
          .all() as Array<{ name: string; country: string; admin1: string | null }>
      ).map((row) => [regionKey(row.country, row.admin1), row.name]),
    );
  const all = <T>(statement: StatementSync, ...params: Array<string | number>) =>
    statement.all(...params) as unknown as T[];
  return {
    anchorTitles: (norm) => all<AnchorRecord>(anchors, norm),
    titlesByHead: (norm, limit) => all<TitleRecord>(heads, norm, limit),
    placesByName: (norm) => all<PlaceRecord>(places, norm),
    regionName(code, admin1) {
      regionNames ??= loadRegionNames();
      return regionNames.get(regionKey(code, admin1)) ?? null;
    },
    // Idempotent: a service shutting down may close twice (a test's explicit close and its hook).
    close: () => {
      if (db.isOpen) db.close();
    },
  };
}

/**
 * The knowledge base's SQLite layout, shared by its builder and its reader. Bump SCHEMA_VERSION when
 * the layout or the build's pruning changes: the stack then builds a new one beside the old.
 */
export const SCHEMA_VERSION = 1;
export const KNOWLEDGE_BASE_FILE = 'knowledge-base.sqlite';

export const SCHEMA = `
CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
-- One row per Wikipedia title. head: the normalized name before any qualifier ("paris" for
-- Paris,_Texas); anchors: how many surface forms link to it (its popularity); type: TitleType.
CREATE TABLE titles (
  id INTEGER PRIMARY KEY,
  title TEXT NOT NULL,
  head TEXT NOT NULL,
  anchors INTEGER NOT NULL,
  type TEXT
);
-- WikiDict after pruning: normalized surface form -> title, with P(title | surface form).
CREATE TABLE mentions (
  norm TEXT NOT NULL,
  title_id INTEGER NOT NULL,
  prob REAL NOT NULL,
  PRIMARY KEY (norm, title_id)
) WITHOUT ROWID;
-- GeoNames places: countries, US states ('region') and cities with at least 500 inhabitants.
CREATE TABLE places (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL,
  kind TEXT NOT NULL,
  country TEXT NOT NULL,
  admin1 TEXT,
  population INTEGER NOT NULL,
  latitude REAL,
  longitude REAL
);
CREATE TABLE place_names (
  norm TEXT NOT NULL,
  place_id INTEGER NOT NULL,
  PRIMARY KEY (norm, place_id)
) WITHOUT ROWID;
`;

/** Created after the bulk load: building an index once is faster than keeping it during inserts. */
export const INDEXES = `CREATE INDEX titles_head ON titles(head);`;

export type PlaceKind = 'country' | 'region' | 'city';

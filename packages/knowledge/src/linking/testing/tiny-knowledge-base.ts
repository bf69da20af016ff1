import { DatabaseSync } from 'node:sqlite';
import { INDEXES, SCHEMA, SCHEMA_VERSION, type PlaceKind } from '../kb-schema.ts';
import { knowledgeBaseOn, type KnowledgeBase } from '../knowledge-base.ts';
import { normalizeName, titleParts } from '../normalize.ts';
import type { TitleType } from '../title-types.ts';

export interface TinyTitle {
  title: string;
  anchors: number;
  type: TitleType | null;
  /** anchor text -> P(title | anchor) */
  links: Record<string, number>;
}

export interface TinyPlace {
  id: number;
  name: string;
  kind: PlaceKind;
  country: string;
  admin1?: string;
  population: number;
  names?: string[];
}

/** A knowledge base in memory with the real schema, for tests of the lookups and the scores. */
export function tinyKnowledgeBase(titles: TinyTitle[], places: TinyPlace[]): KnowledgeBase {
  const db = new DatabaseSync(':memory:');
  db.exec(SCHEMA);
  db.exec(INDEXES);
  db.prepare("INSERT INTO meta (key, value) VALUES ('schema', ?)").run(String(SCHEMA_VERSION));
  const title = db.prepare(
    'INSERT INTO titles (id, title, head, anchors, type) VALUES (?, ?, ?, ?, ?)',
  );
  const anchor = db.prepare(
    'INSERT INTO mentions (norm, title_id, prob) VALUES (?, ?, ?) ON CONFLICT DO UPDATE SET prob = max(prob, excluded.prob)',
  );
  titles.forEach((t, i) => {
    title.run(i + 1, t.title, normalizeName(titleParts(t.title).head), t.anchors, t.type);
    for (const [text, prob] of Object.entries(t.links))
      anchor.run(normalizeName(text), i + 1, prob);
  });
  const place = db.prepare(
    'INSERT INTO places (id, name, kind, country, admin1, population, latitude, longitude) VALUES (?, ?, ?, ?, ?, ?, ?, ?)',
  );
  const name = db.prepare('INSERT OR IGNORE INTO place_names (norm, place_id) VALUES (?, ?)');
  for (const p of places) {
    place.run(p.id, p.name, p.kind, p.country, p.admin1 ?? null, p.population, 1, 2);
    for (const alias of [p.name, ...(p.names ?? [])]) name.run(normalizeName(alias), p.id);
  }
  return knowledgeBaseOn(db);
}

/** A small world with the ambiguities the linker must get right. */
export const WORLD: { titles: TinyTitle[]; places: TinyPlace[] } = {
  titles: [
    // The raw WikiDict sends "Honolulu" to a person's page with p 0.97.
    { title: 'Eileen_Anderson', anchors: 40, type: null, links: { Honolulu: 0.97 } },
    { title: 'Paris', anchors: 900, type: 'LOCATION', links: { Paris: 0.94, PARIS: 0.8 } },
    { title: 'Paris,_Texas', anchors: 30, type: 'LOCATION', links: { 'Paris, Texas': 1 } },
    { title: 'Paris_Hilton', anchors: 200, type: 'PERSON', links: { 'Paris Hilton': 1 } },
    { title: 'Texas', anchors: 700, type: 'LOCATION', links: { Texas: 0.9 } },
    { title: 'France', anchors: 950, type: 'LOCATION', links: { France: 0.93 } },
    {
      title: 'Angela_Merkel',
      anchors: 300,
      type: 'PERSON',
      links: { 'Angela Merkel': 0.99, Merkel: 0.58 },
    },
    { title: 'Georgia_(U.S._state)', anchors: 500, type: 'LOCATION', links: { Georgia: 0.54 } },
    { title: 'Georgia_(country)', anchors: 450, type: 'LOCATION', links: { GEORGIA: 0.95 } },
    { title: 'Atlanta', anchors: 400, type: 'LOCATION', links: { Atlanta: 0.9 } },
    { title: 'Jaguar_Cars', anchors: 120, type: 'ORGANIZATION', links: { 'Jaguar Cars': 1 } },
    { title: 'Jaguar', anchors: 150, type: null, links: { Jaguar: 0.6 } },
    { title: 'List_of_jaguars', anchors: 2, type: 'SKIP', links: {} },
  ],
  places: [
    {
      id: 5856195,
      name: 'Honolulu',
      kind: 'city',
      country: 'US',
      admin1: 'HI',
      population: 371657,
    },
    { id: 2988507, name: 'Paris', kind: 'city', country: 'FR', admin1: '11', population: 2138551 },
    { id: 4717560, name: 'Paris', kind: 'city', country: 'US', admin1: 'TX', population: 25171 },
    { id: 3017382, name: 'France', kind: 'country', country: 'FR', population: 66987244 },
    { id: 6252001, name: 'United States', kind: 'country', country: 'US', population: 327167434 },
    { id: 4736286, name: 'Texas', kind: 'region', country: 'US', admin1: 'TX', population: 0 },
    { id: 4197000, name: 'Georgia', kind: 'region', country: 'US', admin1: 'GA', population: 0 },
    { id: 614540, name: 'Georgia', kind: 'country', country: 'GE', population: 3731000 },
    { id: 4180439, name: 'Atlanta', kind: 'city', country: 'US', admin1: 'GA', population: 463878 },
    { id: 2950159, name: 'Berlin', kind: 'city', country: 'DE', admin1: '16', population: 3426354 },
    {
      id: 5128581,
      name: 'New York City',
      kind: 'city',
      country: 'US',
      admin1: 'NY',
      population: 8175133,
      names: ['New York'],
    },
    { id: 2990440, name: 'Nice', kind: 'city', country: 'FR', admin1: '93', population: 338620 },
    { id: 2656173, name: 'Bath', kind: 'city', country: 'GB', admin1: 'ENG', population: 94782 },
    {
      id: 2867714,
      name: 'München',
      kind: 'city',
      country: 'DE',
      admin1: '02',
      population: 1260391,
      names: ['Munich'],
    },
    { id: 2951825, name: 'Bayreuth', kind: 'city', country: 'DE', admin1: '02', population: 72000 },
  ],
};

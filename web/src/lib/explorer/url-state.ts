// The view in the URL, so a view can be shared and reopened. Compact: lists are comma-separated and
// each entity key is encodeURIComponent-encoded, so a comma, colon or space inside a key can never
// be read as a separator (the parser therefore reads the raw query string, not URLSearchParams,
// which would decode them first). Validated: a bad link answers every problem in words.
//
//   /explore?keys=<k1>,<k2>            seeds (what "open in explorer" links send: exploreHref)
//           &x=<k>,...                 expanded since     &hide=<k>,...   hidden
//           &pin=<k>:<x>:<y>,...       pinned positions   &g=<n>:<label>:<k>:<k>,...  groups
//           &types=PERSON,LOCATION     &w=<min weight>    &from=YYYY-MM-DD&to=YYYY-MM-DD
//           &path=<from>,<to>          &cap=<node cap per neighbourhood, 1..2000>
import { ENTITY_TYPES, isEntityType, type KnownEntityType } from '../entity-types.ts';
import type { Position } from './model.ts';
import { DEFAULT_CAP, EMPTY_VIEW, MAX_CAP, type NodeGroup, type ViewState } from './view-state.ts';

/** The most entities a link may ask to load (seeds and expanded): the API reads each. */
export const MAX_LOADED_KEYS = 200;
/** The most hidden or pinned entities, and group members, a link may carry. */
export const MAX_LISTED_KEYS = 2000;
export const MAX_KEY_LENGTH = 500;
export const MAX_GROUPS = 100;
const MAX_WEIGHT = 1_000_000;

export type ParsedView = { ok: true; view: ViewState } | { ok: false; problems: string[] };

const enc = encodeURIComponent;
const list = (keys: readonly string[]) => keys.map(enc).join(',');
/** One decimal is far finer than a pixel at any zoom the explorer allows. */
const coordinate = (n: number) => String(Math.round(n * 10) / 10);

/** `/explore?keys=...`: the link other pages use to open entities in the explorer. */
export function exploreHref(keys: readonly string[]): string {
  return keys.length === 0 ? '/explore' : `/explore?keys=${list(keys)}`;
}

/** The query string (with its `?`, or empty) for a view; only what differs from the defaults. */
export function encodeView(view: ViewState): string {
  const parts: string[] = [];
  const add = (name: string, value: string) => {
    if (value) parts.push(`${name}=${value}`);
  };
  add('keys', list(view.seeds));
  add('x', list(view.expanded));
  add('hide', list(view.hidden));
  add(
    'pin',
    Object.entries(view.pinned)
      .map(([key, p]) => `${enc(key)}:${coordinate(p.x)}:${coordinate(p.y)}`)
      .join(','),
  );
  add(
    'g',
    view.groups
      .map((g) => [g.id.slice('group:'.length), enc(g.label), ...g.members.map(enc)].join(':'))
      .join(','),
  );
  add('types', view.filters.types.join(','));
  if (view.filters.minWeight !== 1) add('w', String(view.filters.minWeight));
  add('from', view.filters.from ?? '');
  add('to', view.filters.to ?? '');
  if (view.path) add('path', list([view.path.from, view.path.to]));
  if (view.cap !== DEFAULT_CAP) add('cap', String(view.cap));
  return parts.length === 0 ? '' : `?${parts.join('&')}`;
}

/** Raw (still encoded) values by name; a name given twice keeps its last value. */
function rawParams(search: string): Map<string, string> {
  const params = new Map<string, string>();
  for (const part of search.replace(/^\?/, '').split('&')) {
    if (!part) continue;
    const at = part.indexOf('=');
    const name = at === -1 ? part : part.slice(0, at);
    params.set(name, at === -1 ? '' : part.slice(at + 1).replace(/\+/g, '%20'));
  }
  return params;
}

function isoDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(value);
}

/** Reads a view from `location.search`; every problem is listed, none throws. */
export function parseView(search: string): ParsedView {
  const params = rawParams(search);
  const problems: string[] = [];

  const decode = (raw: string, what: string): string | null => {
    try {
      const value = decodeURIComponent(raw);
      if (value.length === 0 || value.length > MAX_KEY_LENGTH) {
        problems.push(`${what}: an entity key must be 1 to ${MAX_KEY_LENGTH} characters long.`);
        return null;
      }
      return value;
    } catch {
      problems.push(`${what}: “${raw.slice(0, 40)}” is not correctly encoded.`);
      return null;
    }
  };
  const keyList = (name: string, what: string, max: number): string[] => {
    const raw = params.get(name);
    if (!raw) return [];
    const parts = raw.split(',');
    if (parts.length > max) {
      problems.push(`${what}: at most ${max} entities (the link has ${parts.length}).`);
      return [];
    }
    const keys = parts.map((p) => decode(p, what)).filter((k): k is string => k !== null);
    return [...new Set(keys)];
  };
  const integer = (name: string, what: string, min: number, max: number, fallback: number) => {
    const raw = params.get(name);
    if (raw === undefined) return fallback;
    if (!/^\d+$/.test(raw) || Number(raw) < min || Number(raw) > max) {
      problems.push(`${what} must be a whole number from ${min} to ${max}.`);
      return fallback;
    }
    return Number(raw);
  };
  const date = (name: string, what: string): string | null => {
    const raw = params.get(name);
    if (!raw) return null;
    if (!isoDate(raw)) {
      problems.push(`${what} must be a date written YYYY-MM-DD.`);
      return null;
    }
    return raw;
  };

  const seeds = keyList('keys', 'Entities', MAX_LOADED_KEYS);
  const expanded = keyList('x', 'Expanded entities', MAX_LOADED_KEYS).filter(
    (k) => !seeds.includes(k),
  );
  if (seeds.length + expanded.length > MAX_LOADED_KEYS)
    problems.push(`A view may load at most ${MAX_LOADED_KEYS} entities’ neighbourhoods.`);
  const hidden = keyList('hide', 'Hidden entities', MAX_LISTED_KEYS);

  const pinned: Record<string, Position> = {};
  const pins = params.get('pin');
  if (pins) {
    const parts = pins.split(',');
    if (parts.length > MAX_LISTED_KEYS)
      problems.push(`Pinned entities: at most ${MAX_LISTED_KEYS}.`);
    else
      for (const part of parts) {
        const [rawKey = '', x, y, ...rest] = part.split(':');
        const key = decode(rawKey, 'Pinned entities');
        const position = { x: Number(x), y: Number(y) };
        if (
          rest.length > 0 ||
          x === undefined ||
          y === undefined ||
          x === '' ||
          y === '' ||
          !Number.isFinite(position.x) ||
          !Number.isFinite(position.y)
        ) {
          problems.push('Pinned entities: each is written <key>:<x>:<y> with two numbers.');
          break;
        }
        if (key !== null) pinned[key] = position;
      }
  }

  const groups: NodeGroup[] = [];
  const rawGroups = params.get('g');
  if (rawGroups) {
    const parts = rawGroups.split(',');
    if (parts.length > MAX_GROUPS) problems.push(`Groups: at most ${MAX_GROUPS}.`);
    else {
      const grouped = new Set<string>();
      for (const part of parts) {
        const [id = '', rawLabel = '', ...rawMembers] = part.split(':');
        const label = rawLabel ? decode(rawLabel, 'Group names') : null;
        const members = rawMembers
          .map((m) => decode(m, 'Group members'))
          .filter((m): m is string => m !== null);
        if (!/^\d{1,6}$/.test(id) || label === null || members.length < 2) {
          problems.push(
            'Groups: each is written <number>:<name>:<key>:<key>… with two members or more.',
          );
          break;
        }
        if (groups.some((g) => g.id === `group:${id}`) || members.some((m) => grouped.has(m))) {
          problems.push('Groups: a group number or an entity appears in two groups.');
          break;
        }
        members.forEach((m) => grouped.add(m));
        groups.push({ id: `group:${id}`, label, members });
      }
      if (grouped.size > MAX_LISTED_KEYS)
        problems.push(`Groups: at most ${MAX_LISTED_KEYS} members in all.`);
    }
  }

  const types: KnownEntityType[] = [];
  for (const type of (params.get('types') ?? '').split(',').filter(Boolean)) {
    if (isEntityType(type)) {
      if (!types.includes(type)) types.push(type);
    } else
      problems.push(
        `Type “${decodeSafely(type)}” is not an entity type (${ENTITY_TYPES.join(', ')}).`,
      );
  }
  const minWeight = integer('w', 'The minimum edge weight', 1, MAX_WEIGHT, 1);
  const from = date('from', 'The start date');
  const to = date('to', 'The end date');
  if (from && to && from > to) problems.push('The start date is after the end date.');

  let path: ViewState['path'] = null;
  const rawPath = params.get('path');
  if (rawPath) {
    const ends = rawPath.split(',').map((p) => decode(p, 'Path'));
    const [start, end] = ends;
    if (ends.length !== 2 || !start || !end || start === end)
      problems.push('Path: two different entities are needed, written <from>,<to>.');
    else path = { from: start, to: end };
  }
  const cap = integer('cap', 'The node cap', 1, MAX_CAP, DEFAULT_CAP);

  if (problems.length > 0) return { ok: false, problems: [...new Set(problems)] };
  return {
    ok: true,
    view: {
      ...EMPTY_VIEW,
      seeds,
      expanded,
      hidden,
      pinned,
      groups,
      filters: { types, minWeight, from, to },
      path,
      cap,
    },
  };
}

function decodeSafely(raw: string): string {
  try {
    return decodeURIComponent(raw).slice(0, 40);
  } catch {
    return raw.slice(0, 40);
  }
}

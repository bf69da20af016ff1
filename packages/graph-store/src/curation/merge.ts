/**
 * Merge and its undo (docs/graph-api.md, "Curation"). A merged entity has exactly one MERGED_INTO
 * edge, straight to its canonical root (chains are flattened, so reads need one hop). The edge's
 * `path` remembers the chain it stands for: merging M into A and then A into B leaves
 * `(M)-[:MERGED_INTO {path: [A]}]->(B)` and `(A)-[:MERGED_INTO {path: []}]->(B)`, so unmerging A
 * gives M back to A. Nothing a document wrote is touched: the reads apply merges, and an unmerge
 * answers exactly as before the merge.
 */
import type { ManagedTransaction } from 'neo4j-driver';
import type { GraphDriver } from '../graph-driver.ts';
import { plainValue } from '../plain-values.ts';
import { inWriteTransaction } from '../write.ts';
import { badInput, notFound } from './curation-error.ts';
import { curatedAt, MAX_MERGE_KEYS, type Curator } from './curation-input.ts';

/** Marks the entities curated (orphan removal keeps them, and their edges), write-locking them. */
export const LOCK_FOR_MERGE = `
UNWIND $keys AS key
MATCH (e:Entity {key: key})
SET e.curated = true
WITH e
OPTIONAL MATCH (e)-[r:MERGED_INTO]->(root:Entity)
RETURN e.key AS key, root.key AS root, coalesce(r.path, []) AS path`;

/** The edges into a root: its members, each with the chain it stands for. */
export const MEMBERS_OF = `
MATCH (member:Entity)-[r:MERGED_INTO]->(:Entity {key: $root})
RETURN member.key AS member, r.path AS path, r.at AS at, r.by AS by`;

export const DELETE_MERGE_EDGE = `
MATCH (:Entity {key: $key})-[r:MERGED_INTO]->()
DELETE r`;

/** Points each member at its (new) root, replacing the edge it had. */
export const SET_MERGE_EDGES = `
UNWIND $rows AS row
MATCH (member:Entity {key: row.member}), (root:Entity {key: row.root})
CALL (member) {
  MATCH (member)-[old:MERGED_INTO]->()
  DELETE old
}
CREATE (member)-[:MERGED_INTO {path: row.path, at: row.at, by: row.by}]->(root)`;

interface MergeEdge {
  member: string;
  root: string;
  path: string[];
  at: string;
  by: string;
}

interface MergeState {
  key: string;
  root: string | null;
  path: string[];
}

async function lockForMerge(
  tx: ManagedTransaction,
  keys: readonly string[],
): Promise<Map<string, MergeState>> {
  const result = await tx.run(LOCK_FOR_MERGE, { keys: [...keys].sort() });
  const states = result.records.map((record) => plainValue(record.toObject()) as MergeState);
  return new Map(states.map((state) => [state.key, state]));
}

async function membersOf(
  tx: ManagedTransaction,
  root: string,
): Promise<Array<Omit<MergeEdge, 'root'>>> {
  const result = await tx.run(MEMBERS_OF, { root });
  return result.records.map((record) => plainValue(record.toObject()) as Omit<MergeEdge, 'root'>);
}

async function setEdges(tx: ManagedTransaction, rows: MergeEdge[]): Promise<void> {
  if (rows.length > 0) await tx.run(SET_MERGE_EDGES, { rows });
}

/**
 * Takes `key` out of its merge: its own edge goes, and the members that reached the root through
 * it go back to it, with the chain up to it. Answers the root it was merged into, or null.
 */
async function detach(tx: ManagedTransaction, state: MergeState): Promise<string | null> {
  if (state.root === null) return null;
  const throughKey = (await membersOf(tx, state.root)).filter((edge) =>
    edge.path.includes(state.key),
  );
  await tx.run(DELETE_MERGE_EDGE, { key: state.key });
  await setEdges(
    tx,
    throughKey.map((edge) => ({
      ...edge,
      root: state.key,
      path: edge.path.slice(0, edge.path.indexOf(state.key)),
    })),
  );
  return state.root;
}

export interface MergeResult {
  /** the canonical entity every key now answers */
  root: string;
  /** key -> the root it was merged into before (null: it was its own) */
  before: Record<string, string | null>;
}

/**
 * Merges `keys` into `into`, or into the canonical root of `into` when that is merged itself.
 * An entity merged elsewhere before moves (with what was merged into it); merging an entity into
 * itself, or into one of its own members, is refused (BAD_USER_INPUT).
 */
export async function mergeEntities(
  driver: GraphDriver,
  keys: readonly string[],
  into: string,
  curator: Curator,
): Promise<MergeResult> {
  const sources = [...new Set(keys)];
  if (sources.length === 0) throw badInput('give at least one entity to merge');
  if (sources.length > MAX_MERGE_KEYS) throw badInput(`at most ${MAX_MERGE_KEYS} entities`);
  const at = curatedAt(curator);
  return inWriteTransaction(driver, async (tx) => {
    const states = await lockForMerge(tx, [...sources, into]);
    for (const key of [...sources, into]) if (!states.has(key)) throw notFound(key);
    const target = states.get(into)!;
    const root = target.root ?? into;
    const rootPath = target.root === null ? [] : [into, ...target.path];
    if (sources.includes(root) || sources.includes(into)) {
      throw badInput('an entity cannot be merged into itself or into an entity merged into it');
    }
    const before: Record<string, string | null> = {};
    for (const key of sources) {
      // read again: merging an earlier key may have moved this one (it was its member)
      const state = (await lockForMerge(tx, [key])).get(key)!;
      before[key] = states.get(key)!.root;
      await detach(tx, state);
      const members = await membersOf(tx, key);
      await setEdges(tx, [
        { member: key, root, path: rootPath, at, by: curator.by },
        ...members.map((edge) => ({ ...edge, root, path: [...edge.path, key, ...rootPath] })),
      ]);
    }
    return { root, before };
  });
}

/**
 * Undoes the merge of `key`: it answers for itself again, with what had been merged into it.
 * BAD_USER_INPUT when it is not merged. Answers the root it was merged into.
 */
export async function unmergeEntity(driver: GraphDriver, key: string): Promise<string> {
  return inWriteTransaction(driver, async (tx) => {
    const state = (await lockForMerge(tx, [key])).get(key);
    if (state === undefined) throw notFound(key);
    const root = await detach(tx, state);
    if (root === null) throw badInput(`${key} is not merged into another entity`);
    return root;
  });
}

/**
 * Split and "link wrong" (docs/graph-api.md, "Curation"): both store a rule
 * `(to)-[:SPLIT_FROM {aliases}]->(from)` and rebuild the documents that mention `from`; every
 * later write of a document applies the rules too (write.ts), so re-ingest keeps them. An alias
 * belongs to one place: a new rule takes its aliases away from the entity's older rules.
 */
import type { EntityType } from '@quarry/knowledge';
import type { ManagedTransaction } from 'neo4j-driver';
import { identityFromKey } from '../entity-key.ts';
import type { GraphDriver } from '../graph-driver.ts';
import { plainValue } from '../plain-values.ts';
import { inWriteTransaction } from '../write.ts';
import { newCuratedKey } from './curated-key.ts';
import { badInput, notFound } from './curation-error.ts';
import { checkAliases, checkName, checkType, curatedAt, type Curator } from './curation-input.ts';
import { countDocumentsMentioning, rebuildDocumentsMentioning } from './rebuild.ts';
import { aliasForm } from './split-rules.ts';

/**
 * Write-locks the entity and marks it curated (orphan removal must keep it, or its rules would go
 * with it), and answers what choosing alias types needs: its key-fixed type and knowledge base,
 * and each alias its documents use with the type they give it.
 */
export const LOCK_FOR_SPLIT = `
MATCH (e:Entity {key: $key})
SET e.curated = true
RETURN e.type AS type, e.kb AS kb,
  COLLECT {
    MATCH (e)<-[r:MENTIONS]-()
    UNWIND r.aliases AS alias
    WITH alias, r.type AS type, count(*) AS documents
    RETURN {alias: alias, type: type, documents: documents} AS row
  } AS aliases`;

/** Takes these alias forms away from the entity's existing rules (a rule left empty goes). */
export const RELEASE_ALIASES = `
MATCH (:Entity)-[s:SPLIT_FROM]->(:Entity {key: $from})
WHERE any(alias IN s.aliases WHERE alias IN $aliases)
SET s.aliases = [alias IN s.aliases WHERE NOT alias IN $aliases]
WITH s WHERE size(s.aliases) = 0
DELETE s`;

export const CREATE_SPLIT = `
MATCH (from:Entity {key: $from})
CREATE (n:Entity {key: $key, curated: true})
SET n += $properties
CREATE (n)-[:SPLIT_FROM {aliases: $aliases, reason: 'split', at: $at, by: $by}]->(from)`;

/** One rule per target `name:` entity, which exists (and stays: curated) from now on. */
export const CREATE_LINK_RULES = `
MATCH (from:Entity {key: $from})
UNWIND $targets AS target
MERGE (t:Entity {key: target.key})
ON CREATE SET t.name = target.name, t.type = target.type
SET t.curated = true
MERGE (t)-[s:SPLIT_FROM]->(from)
SET s.aliases = coalesce(s.aliases, []) + target.aliases, s.reason = 'link', s.at = $at, s.by = $by`;

interface SplitSubject {
  type: EntityType | null;
  kb: string | null;
  aliases: Array<{ alias: string; type: EntityType; documents: number }>;
}

async function lockForSplit(tx: ManagedTransaction, key: string): Promise<SplitSubject> {
  const result = await tx.run(LOCK_FOR_SPLIT, { key });
  const record = result.records[0];
  if (record === undefined) throw notFound(key);
  return plainValue(record.toObject()) as SplitSubject;
}

/** The type an alias is normalized with: the one documents give it most, else the entity's. */
function typeOfAlias(alias: string, subject: SplitSubject): EntityType {
  const votes = new Map<EntityType, number>();
  for (const row of subject.aliases) {
    if (aliasForm(row.alias, row.type) === aliasForm(alias, row.type)) {
      votes.set(row.type, (votes.get(row.type) ?? 0) + row.documents);
    }
  }
  const best = [...votes].sort((x, y) => y[1] - x[1] || (x[0] < y[0] ? -1 : 1))[0];
  return best?.[0] ?? subject.type ?? subject.aliases[0]?.type ?? 'MISC';
}

export interface SplitInput {
  key: string;
  aliases: readonly string[];
  name?: string | null;
  type?: string | null;
}

export interface SplitResult {
  /** the new entity (`curated:<uuid>`) */
  key: string;
  /** the normalized alias forms of the rule */
  aliases: string[];
  /** documents rebuilt */
  documents: number;
}

/**
 * Splits the aliases out of the entity into a new curated entity (with the analyst's name and type
 * when given). BAD_USER_INPUT when no document mentions the entity by one of them.
 */
export async function splitEntity(
  driver: GraphDriver,
  input: SplitInput,
  curator: Curator,
): Promise<SplitResult> {
  const aliases = checkAliases(input.aliases);
  const name = input.name == null ? null : checkName(input.name);
  const type = input.type == null ? null : checkType(input.type);
  const at = curatedAt(curator);
  return inWriteTransaction(driver, async (tx) => {
    const subject = await lockForSplit(tx, input.key);
    const forms = [
      ...new Set(aliases.map((alias) => aliasForm(alias, typeOfAlias(alias, subject)))),
    ];
    const key = newCuratedKey();
    await tx.run(RELEASE_ALIASES, { from: input.key, aliases: forms });
    await tx.run(CREATE_SPLIT, {
      from: input.key,
      key,
      aliases: forms,
      at,
      by: curator.by,
      properties: {
        name: name ?? aliases[0],
        ...(name !== null ? { curatedName: name } : {}),
        ...(type !== null ? { curatedType: type } : {}),
      },
    });
    const documents = await rebuildDocumentsMentioning(tx, input.key, forms);
    if ((await countDocumentsMentioning(tx, key)) === 0) {
      throw badInput(`no document mentions ${input.key} as ${aliases.join(', ')}`);
    }
    return { key, aliases: forms, documents };
  });
}

export interface LinkRejection {
  /** the `name:<TYPE>:<normalized>` entities the aliases went to, in the order of the aliases */
  targets: string[];
  /** target key -> its alias forms */
  aliases: Record<string, string[]>;
  documents: number;
}

/**
 * Marks the knowledge-base link of `key` wrong for these aliases (all its aliases when none are
 * given): each goes to the entity the pipeline would have made of it unlinked, its
 * `name:<TYPE>:<normalized>` key; the linked entity keeps the rest.
 */
export async function markLinkWrong(
  driver: GraphDriver,
  key: string,
  aliases: readonly string[] | null | undefined,
  curator: Curator,
): Promise<LinkRejection> {
  const given = aliases == null ? null : checkAliases(aliases);
  const at = curatedAt(curator);
  return inWriteTransaction(driver, async (tx) => {
    const subject = await lockForSplit(tx, key);
    if (subject.kb === null) throw badInput(`${key} is not linked to a knowledge base`);
    const chosen = given ?? [...new Set(subject.aliases.map((row) => row.alias))].sort();
    if (chosen.length === 0) throw badInput(`no document mentions ${key}`);
    const byTarget = new Map<
      string,
      { key: string; name: string; type: string; aliases: string[] }
    >();
    const targets: string[] = [];
    for (const alias of chosen) {
      const type = typeOfAlias(alias, subject);
      const form = aliasForm(alias, type);
      const target = `name:${type}:${form}`;
      const identity = identityFromKey(target);
      let entry = byTarget.get(target);
      if (entry === undefined) {
        entry = { key: target, name: identity.name, type, aliases: [] };
        byTarget.set(target, entry);
        targets.push(target);
      }
      if (!entry.aliases.includes(form)) entry.aliases.push(form);
    }
    const entries = [...byTarget.values()];
    await tx.run(RELEASE_ALIASES, { from: key, aliases: entries.flatMap((e) => e.aliases) });
    await tx.run(CREATE_LINK_RULES, { from: key, targets: entries, at, by: curator.by });
    const documents = await rebuildDocumentsMentioning(
      tx,
      key,
      entries.flatMap((entry) => entry.aliases),
    );
    return {
      targets,
      aliases: Object.fromEntries(entries.map((entry) => [entry.key, entry.aliases])),
      documents,
    };
  });
}

/**
 * Pieces of Cypher that every statement of the read API shares, so the rules they encode (which
 * collections are readable, what a merge means, which type an entity has) are written once.
 *
 * Conventions: `$collections` is the verified claim of the caller (the policy requires every
 * statement to use it); `readable` is a variable holding those collections, narrowed by an optional
 * `$collectionIds` argument (intersected, never widened).
 */

/** The caller's readable collections, narrowed by `$collectionIds` when the field has it. */
export const NARROWED_READABLE =
  'CASE WHEN $collectionIds IS NULL THEN $collections ELSE [id IN $collectionIds WHERE id IN $collections] END';

/**
 * `property` is in a readable collection, narrowed by `$collectionIds`. Two predicates rather than
 * NARROWED_READABLE: the planner seeks the collectionId indexes only for a parameter list.
 */
export function inNarrowedReadable(property: string): string {
  return `${property} IN $collections AND ($collectionIds IS NULL OR ${property} IN $collectionIds)`;
}

/**
 * The canonical entity of `node`: the entity it was merged into, else itself. Merges are flattened
 * (members of a merged entity are re-pointed to the new target), so one hop is enough.
 */
export function canonical(node: string): string {
  // The degree check is O(1) (getDegree); the pattern comprehension, a nested query per row, runs
  // only for the rare merged entity. Null stays null.
  return `CASE WHEN ${node} IS NULL OR COUNT { (${node})-[:MERGED_INTO]->() } = 0 THEN ${node}
    ELSE head([(${node})-[:MERGED_INTO]->(${node}_target:Entity) | ${node}_target]) END`;
}

/**
 * A pattern from a canonical entity to each of its members (itself and every entity merged into
 * it): the entity's readable facts are the union of its members'.
 */
export function membersOf(entity: string, member = ''): string {
  return `(${entity})<-[:MERGED_INTO*0..1]-(${member}:Entity)`;
}

/** True when a readable document mentions the entity or one of its members. */
export function isReadable(entity: string, collections = '$collections'): string {
  return `EXISTS { MATCH ${membersOf(entity)}<-[readable_mention:MENTIONS]-() WHERE readable_mention.collectionId IN ${collections} }`;
}

/** An entity's own (not its members') readable mention: for hits on a member's shared name. */
export function isReadableItself(entity: string): string {
  return `EXISTS { MATCH (${entity})<-[own_mention:MENTIONS]-() WHERE own_mention.collectionId IN $collections }`;
}

export const notHidden = (entity: string): string => `NOT coalesce(${entity}.hidden, false)`;

/**
 * Adds `name` and `type` for `entity` as the caller's documents show it: the curated value, else
 * the key-fixed type, else the value most readable documents give (MENTIONS.name / .type), else the
 * shared name. Also `mentionCount`, `documentCount`, `firstSeen`, `lastSeen`. One pass over the
 * readable MENTIONS of the entity's members, as `<entity>_summary` (a GraphNode map).
 */
export function summarize(entity: string, collections: string): string {
  const imports = collections.startsWith('$') ? entity : `${entity}, ${collections}`;
  return `CALL (${imports}) {
    OPTIONAL MATCH ${membersOf(entity)}<-[summary_mention:MENTIONS]-()
    WHERE summary_mention.collectionId IN ${collections}
    WITH ${entity}, summary_mention.name AS used_name, summary_mention.type AS used_type,
      count(summary_mention) AS votes, sum(summary_mention.count) AS mentions,
      collect(summary_mention.documentId) AS document_ids,
      min(summary_mention.seenAt) AS first_seen, max(summary_mention.seenAt) AS last_seen
    ORDER BY votes DESC, used_name, used_type
    WITH ${entity}, collect(used_name) AS names, collect(used_type) AS types, sum(mentions) AS mention_count,
      collect(document_ids) AS id_lists, min(first_seen) AS first_seen, max(last_seen) AS last_seen
    CALL (id_lists) {
      UNWIND id_lists AS ids
      UNWIND ids AS id
      RETURN count(DISTINCT id) AS document_count
    }
    RETURN {
      key: ${entity}.key,
      name: coalesce(${entity}.curatedName, names[0], ${entity}.name),
      type: coalesce(${entity}.curatedType, ${entity}.type, [t IN types WHERE t IS NOT NULL][0]),
      mentionCount: mention_count,
      documentCount: document_count,
      firstSeen: first_seen,
      lastSeen: last_seen
    } AS ${entity}_summary
  }`;
}

/**
 * The type used by the `types` filters: curated, else key-fixed, else the type the most readable
 * documents give. Lazy (CASE), so the vote only runs for entities without a fixed type.
 */
export function effectiveType(entity: string, collections: string): string {
  return `CASE
    WHEN ${entity}.curatedType IS NOT NULL THEN ${entity}.curatedType
    WHEN ${entity}.type IS NOT NULL THEN ${entity}.type
    ELSE head(COLLECT {
      MATCH ${membersOf(entity)}<-[type_mention:MENTIONS]-()
      WHERE type_mention.collectionId IN ${collections}
      RETURN type_mention.type AS given ORDER BY given
    })
  END`;
}

/** `seenAt` within [$from, $to]; `to` is inclusive at the precision given ("2024", "2024-05"). */
export function inWindow(seenAt: string, from = '$from', to = '$to'): string {
  return `(${from} IS NULL OR ${seenAt} >= ${from}) AND (${to} IS NULL OR substring(${seenAt}, 0, size(${to})) <= ${to})`;
}

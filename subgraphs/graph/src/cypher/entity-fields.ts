/**
 * The @cypher statements of Entity's fields. `this` is a canonical entity the caller may read (only
 * scoped statements return entities). Every value is computed from the readable MENTIONS, Mention,
 * Triple and CO_OCCURS of the entity and its merged members; the shared node adds only facts that
 * are the same whichever document wrote them (key, KB link) and curation (curatedName, hidden, ...).
 *
 * A single-valued statement must always return one row: @neo4j/graphql joins it with CALL, so no
 * row would drop the whole entity.
 */
import { canonical, effectiveType, isReadable, membersOf, notHidden } from './fragments.ts';

const READABLE_MENTIONS = `OPTIONAL MATCH ${membersOf('this')}<-[r:MENTIONS]-()
WHERE r.collectionId IN $collections`;

export const ENTITY_NAME = `${READABLE_MENTIONS}
WITH this, r.name AS used, count(r) AS documents
ORDER BY documents DESC, used
WITH this, collect(used) AS names
RETURN coalesce(this.curatedName, names[0], this.name) AS name`;

export const ENTITY_TYPE = `${READABLE_MENTIONS}
WITH this, r.type AS given, count(r) AS documents
ORDER BY documents DESC, given
WITH this, collect(given) AS types
RETURN coalesce(this.curatedType, this.type, types[0]) AS type`;

export const ENTITY_ALIASES = `CALL (this) {
  ${READABLE_MENTIONS}
  UNWIND coalesce(r.aliases, []) AS alias
  WITH DISTINCT alias ORDER BY alias
  RETURN collect(alias) AS aliases
}
WITH CASE WHEN this.curatedName IS NULL THEN aliases
  ELSE [this.curatedName] + [alias IN aliases WHERE alias <> this.curatedName] END AS all
UNWIND all AS alias
RETURN alias`;

export const ENTITY_KB = `RETURN CASE
  WHEN this.kb IS NOT NULL AND NOT coalesce(this.kbRejected, false) AND ${isReadable('this')}
  THEN {
    source: this.kb,
    id: this.kbId,
    title: coalesce(this.kbTitle, this.name),
    url: CASE this.kb
      WHEN 'wikipedia' THEN 'https://en.wikipedia.org/wiki/' + replace(this.kbId, ' ', '_')
      WHEN 'geonames' THEN 'https://www.geonames.org/' + this.kbId
    END,
    latitude: this.latitude,
    longitude: this.longitude
  }
END AS kb`;

export const ENTITY_MENTION_COUNT = `${READABLE_MENTIONS}
RETURN coalesce(sum(r.count), 0) AS mentions`;

export const ENTITY_DOCUMENT_COUNT = `${READABLE_MENTIONS}
RETURN count(DISTINCT r.documentId) AS documents`;

export const ENTITY_FIRST_SEEN = `${READABLE_MENTIONS}
RETURN min(r.seenAt) AS seen`;

export const ENTITY_LAST_SEEN = `${READABLE_MENTIONS}
RETURN max(r.seenAt) AS seen`;

export const ENTITY_HIDDEN = `RETURN coalesce(this.hidden, false) AND ${isReadable('this')} AS hidden`;

/** Members the caller can read themselves (a member known only from other collections stays unknown). */
export const ENTITY_MERGED_KEYS = `MATCH (this)<-[:MERGED_INTO]-(member:Entity)
WHERE EXISTS { MATCH (member)<-[r:MENTIONS]-() WHERE r.collectionId IN $collections }
WITH member ORDER BY member.key
RETURN member.key AS key`;

export const ENTITY_DOCUMENTS = `MATCH ${membersOf('this')}<-[r:MENTIONS]-(document:Document)
WHERE r.collectionId IN $collections
WITH document, sum(r.count) AS mentions
ORDER BY mentions DESC, document.id
SKIP $offset LIMIT $first
RETURN document`;

/** One row per mention, as the map EntityMention reads (see mentionRow). */
export function mentionRow(mention: string, entity: string): string {
  return `{
  id: ${mention}.id, documentId: ${mention}.documentId, collectionId: ${mention}.collectionId,
  start: ${mention}.start, end: ${mention}.end, text: ${mention}.text,
  type: coalesce(${entity}.curatedType, ${mention}.type), entityKey: ${entity}.key,
  confidence: ${mention}.confidence, seenAt: ${mention}.seenAt,
  sentenceStart: ${mention}.sentenceStart, sentenceEnd: ${mention}.sentenceEnd
}`;
}

export const ENTITY_MENTIONS = `MATCH ${membersOf('this')}<-[:REFERS_TO]-(m:Mention)
WHERE m.collectionId IN $collections AND ($documentId IS NULL OR m.documentId = $documentId)
WITH this, m ORDER BY coalesce(m.seenAt, '') DESC, m.documentId, m.start
SKIP $offset LIMIT $first
RETURN ${mentionRow('m', 'this')} AS mention`;

export const ENTITY_TRIPLES = `MATCH ${membersOf('this')}<-[:SUBJECT|OBJECT]-(t:Triple)
WHERE t.collectionId IN $collections
WITH DISTINCT t
ORDER BY coalesce(t.seenAt, '') DESC, t.documentId, t.sentenceStart, t.id
SKIP $offset LIMIT $first
RETURN t`;

export const ENTITY_COOCCURRING = `MATCH ${membersOf('this')}-[c:CO_OCCURS]-(neighbour:Entity)
WHERE c.collectionId IN $collections
WITH this, c, ${canonical('neighbour')} AS other
WHERE other <> this AND ${notHidden('other')}
WITH other, sum(c.count) AS weight, count(DISTINCT c.documentId) AS documents,
  min(c.seenAt) AS firstSeen, max(c.seenAt) AS lastSeen
WHERE $types IS NULL OR ${effectiveType('other', '$collections')} IN $types
ORDER BY weight DESC, other.key
LIMIT $first
RETURN {node: other, weight: weight, documents: documents, firstSeen: firstSeen, lastSeen: lastSeen} AS co`;

export const ENTITY_TIMELINE = `MATCH ${membersOf('this')}<-[r:MENTIONS]-()
WHERE r.collectionId IN $collections AND r.seenAt IS NOT NULL
WITH substring(r.seenAt, 0, 7) AS month, sum(r.count) AS mentions, count(DISTINCT r.documentId) AS documents
ORDER BY month
RETURN {month: month, mentions: mentions, documents: documents} AS bucket`;

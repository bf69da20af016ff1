/**
 * Entity search over the shared names (full-text index `graph_entity_names`) and the aliases of
 * readable documents (`graph_mention_aliases`, relationship index filtered by collection), prefix and
 * typo tolerant. The caller's text never reaches Lucene's syntax: every Lucene operator character is
 * replaced by a space, the rest is lowercased and split into words, and each word becomes
 * `+(word* word~)` (fuzzy only from 4 characters, where one edit is still a typo and not a new word).
 */
import { canonical, effectiveType, isReadable, isReadableItself, notHidden } from './fragments.ts';

/** Lucene's query-syntax characters (classic query parser). */
const LUCENE_SPECIALS = [
  '\\\\',
  '+',
  '-',
  '&',
  '|',
  '!',
  '(',
  ')',
  '{',
  '}',
  '[',
  ']',
  '^',
  '"',
  '~',
  '*',
  '?',
  ':',
  '/',
];

const WORDS = `[word IN split(toLower(reduce(text = $query, special IN [${LUCENE_SPECIALS.map((c) => `'${c}'`).join(', ')}] | replace(text, special, ' '))), ' ') WHERE word <> '']`;

/** How many hits each index contributes before scoping and grouping. */
const HITS_PER_INDEX = 500;

export const SEARCH_ENTITIES = `WITH ${WORDS} AS words
WITH words, reduce(lucene = '', word IN words |
  lucene + ' +(' + word + '*' + CASE WHEN size(word) >= 4 THEN ' ' + word + '~' ELSE '' END + ')') AS lucene
CALL (words, lucene) {
  WITH words, lucene WHERE size(words) > 0
  CALL db.index.fulltext.queryNodes('graph_entity_names', lucene, {limit: ${HITS_PER_INDEX}}) YIELD node, score
  WITH node, score WHERE ${isReadableItself('node')}
  RETURN node AS hit, score, coalesce(node.kbTitle, node.name) AS matched
UNION ALL
  WITH words, lucene WHERE size(words) > 0
  CALL db.index.fulltext.queryRelationships('graph_mention_aliases', lucene, {limit: ${HITS_PER_INDEX}}) YIELD relationship, score
  WITH words, relationship, score WHERE relationship.collectionId IN $collections
  RETURN endNode(relationship) AS hit, score,
    head([alias IN [relationship.name] + coalesce(relationship.aliases, []) WHERE toLower(alias) CONTAINS words[0]] + [relationship.name]) AS matched
}
WITH ${canonical('hit')} AS entity, score, matched
WHERE ${notHidden('entity')} AND ${isReadable('entity')}
  AND ($types IS NULL OR ${effectiveType('entity', '$collections')} IN $types)
WITH entity, score, matched ORDER BY score DESC, matched
WITH entity, max(score) AS score, head(collect(matched)) AS matched
ORDER BY score DESC, entity.key
LIMIT $first
RETURN {node: entity, matched: matched, score: score} AS hit`;

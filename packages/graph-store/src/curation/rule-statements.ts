/**
 * The Cypher that brings curation rules into a document's write (write.ts). Part of the writer's
 * first statement, so reading the rules costs no extra round trip.
 */

/**
 * Answers `rules`: every SPLIT_FROM rule on a chain that ends at one of the document's entity keys
 * ($keys, sorted). Each existing entity is write-locked before its rules are read (the writer locks
 * it anyway when it writes its MENTIONS): a curation that is adding a rule holds the same lock, so
 * this write either waits and sees the rule, or commits first and the curation then rebuilds it.
 */
export const READ_SPLIT_RULES = `
CALL () {
  UNWIND $keys AS key
  MATCH (target:Entity {key: key})
  SET target.ruleCheck = true
  REMOVE target.ruleCheck
  WITH target
  OPTIONAL MATCH (:Entity)-[chain:SPLIT_FROM*1..8]->(target)
  UNWIND coalesce(chain, []) AS rule
  WITH DISTINCT rule
  RETURN collect({from: endNode(rule).key, to: startNode(rule).key, aliases: rule.aliases}) AS rules
}`;

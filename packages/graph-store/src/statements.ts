/**
 * The writer's own statements and row builders, for bulk loaders that write many documents per
 * transaction in exactly the model writeDocumentKnowledge writes (the graph benchmark's fixture).
 * Everything else should call writeDocumentKnowledge.
 */
export { contributionRows } from './rows.ts';
export { assertConsistentKnowledge } from './knowledge-check.ts';
export {
  UPSERT_DOCUMENT,
  WRITE_COOCCURRENCES,
  WRITE_ENTITIES,
  WRITE_MENTIONS,
  WRITE_TRIPLES,
} from './write-statements.ts';

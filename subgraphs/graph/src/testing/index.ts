// For other workspaces' tests (the gateway's federation tests): the shared knowledge graph scenario,
// written the way the pipeline writes it, and the test run that names and removes it.
export { testRun, type TestRun } from '@quarry/graph-store/testing/test-run.ts';
export { writeScenario, type Scenario } from './scenario.ts';
export {
  removeDocumentEntities,
  writeDocumentEntities,
  type MentionedEntity,
} from './documents.ts';

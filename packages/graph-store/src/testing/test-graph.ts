import { after, before } from 'node:test';
import type { Driver } from 'neo4j-driver';
import { ensureGraphSchema } from '../schema.ts';
import { testDriver } from './env.ts';
import type { TestRun } from './test-run.ts';

/**
 * Registers the hooks every graph integration test needs: a driver and the schema before the
 * tests, and after them the removal of what the run created. Answers the driver (once `before` ran).
 */
export function useTestGraph(run: TestRun): () => Driver {
  let driver: Driver | undefined;
  before(async () => {
    driver = testDriver();
    await ensureGraphSchema(driver);
  });
  after(async () => {
    if (!driver) return;
    await run.cleanUp(driver);
    await driver.close();
  });
  return () => {
    if (!driver) throw new Error('the graph is used before its before() hook ran');
    return driver;
  };
}

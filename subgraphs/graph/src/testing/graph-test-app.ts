import neo4j, { type Driver } from 'neo4j-driver';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { createLogger } from '@quarry/service-kit';
import { postGraphql, type GraphqlResponse } from '@quarry/service-kit/testing';
import { start, type RunningGraph } from '../app.ts';
import { graphTestEnv } from './env.ts';

/** The graph service started in-process on a free port, for integration tests against real Neo4j. */
export interface GraphTestApp {
  app: RunningGraph;
  driver: Driver;
  /** The secret its tokens are signed with. */
  secret: string;
  /** A token for a viewer of exactly these collections. */
  tokenFor(collections: string[]): Promise<string>;
  gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    bearer?: string | null,
  ): Promise<GraphqlResponse<T>>;
  /** Stops the service (the test run removes what it wrote: graph-store's testRun). */
  close(): Promise<void>;
}

export async function startGraphTestApp(): Promise<GraphTestApp> {
  const env = graphTestEnv();
  const driver = neo4j.driver(env.NEO4J_URI, neo4j.auth.basic(env.NEO4J_USER, env.NEO4J_PASSWORD));
  const app = await start(env, { logger: createLogger('graph-test', 'silent'), driver });
  const viewer: Viewer = {
    id: 'u1',
    email: 'ada@example.org',
    name: 'Ada',
    roles: ['viewer'],
    collections: [],
  };
  return {
    app,
    driver,
    secret: env.QUARRY_JWT_SECRET,
    tokenFor: (collections) =>
      signAccessToken({ ...viewer, collections }, env.QUARRY_JWT_SECRET, 300),
    gql: (query, variables = {}, bearer = null) =>
      postGraphql(`${app.url}/graphql`, query, variables, bearer),
    close: async () => {
      await app.close();
      await driver.close();
    },
  };
}

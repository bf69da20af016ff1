import neo4j, { type Driver } from 'neo4j-driver';
import { signAccessToken, type Viewer } from '@quarry/auth';
import { createLogger } from '@quarry/service-kit';
import { postGraphql, type GraphqlResponse } from '@quarry/service-kit/testing';
import { start, type RunningGraph } from '../app.ts';
import type { Env } from '../env.ts';

/** The graph service started in-process on a free port, for integration tests against real Neo4j. */
export interface GraphTestApp {
  app: RunningGraph;
  driver: Driver;
  /** A token for a viewer of exactly these collections. */
  tokenFor(collections: string[]): Promise<string>;
  gql<T>(
    query: string,
    variables?: Record<string, unknown>,
    bearer?: string | null,
  ): Promise<GraphqlResponse<T>>;
  /** Deletes the given node ids (only what the test created) and stops the service. */
  close(createdIds: string[]): Promise<void>;
}

export async function startGraphTestApp(env: Env): Promise<GraphTestApp> {
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
    tokenFor: (collections) =>
      signAccessToken({ ...viewer, collections }, env.QUARRY_JWT_SECRET, 300),
    gql: (query, variables = {}, bearer = null) =>
      postGraphql(`${app.url}/graphql`, query, variables, bearer),
    close: async (createdIds) => {
      await driver.executeQuery('MATCH (n) WHERE n.id IN $ids DETACH DELETE n', {
        ids: createdIds,
      });
      await app.close();
      await driver.close();
    },
  };
}

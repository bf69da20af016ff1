import type { IncomingMessage } from 'node:http';
import { ApolloServer, type BaseContext } from '@apollo/server';
import {
  ApolloServerPluginInlineTraceDisabled,
  ApolloServerPluginLandingPageDisabled,
} from '@apollo/server/plugin/disabled';
import type { GraphQLSchema } from 'graphql';
import type { Logger } from 'pino';
import type { ReadinessCheck } from './health.ts';
import { graphqlRoute } from './graphql-http.ts';
import { serve, type RunningServer } from './http.ts';

export interface GraphqlServiceOptions<C extends BaseContext> {
  name: string;
  host: string;
  port: number;
  logger: Logger;
  schema: GraphQLSchema;
  context: (req: IncomingMessage) => Promise<C>;
  readiness: Record<string, ReadinessCheck>;
}

/**
 * A subgraph's HTTP service: Apollo Server on /graphql next to /healthz and /readyz, with the settings
 * every Quarry subgraph shares: no stack traces in responses, no Apollo Studio tracing, and no landing
 * page (Apollo's loads Sandbox from a CDN, which is blank offline).
 */
export async function serveGraphql<C extends BaseContext>(
  options: GraphqlServiceOptions<C>,
): Promise<RunningServer> {
  const apollo = new ApolloServer<C>({
    schema: options.schema,
    includeStacktraceInErrorResponses: false,
    plugins: [ApolloServerPluginInlineTraceDisabled(), ApolloServerPluginLandingPageDisabled()],
  });
  await apollo.start();
  const http = await serve({
    name: options.name,
    host: options.host,
    port: options.port,
    logger: options.logger,
    readiness: options.readiness,
    routes: { '/graphql': graphqlRoute(apollo, options.context) },
  });
  return {
    ...http,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}

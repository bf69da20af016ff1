import { readFile } from 'node:fs/promises';
import { ApolloGateway } from '@apollo/gateway';
import { ApolloServer } from '@apollo/server';
import { ApolloServerPluginLandingPageDisabled } from '@apollo/server/plugin/disabled';
import { createLogger, serve, type Logger } from '@quarry/service-kit';
import { AccountsClient } from './auth/accounts-client.ts';
import { createContext, type GatewayContext } from './auth/context.ts';
import { GatewayCredential } from './auth/gateway-credential.ts';
import { requireAuthPlugin } from './auth/require-auth-plugin.ts';
import { trustedProxies } from './auth/trusted-proxies.ts';
import type { Env } from './env.ts';
import { createFormatError } from './errors/format-error.ts';
import { fileProxy } from './http/file-proxy.ts';
import { graphqlEndpoint } from './http/graphql-endpoint.ts';
import { limitsFromEnv } from './limits/limits.ts';
import { complexityLimitPlugin, shapeLimitsRule } from './limits/limits-plugin.ts';
import { playgroundRoutes } from './playground/playground-route.ts';
import { probeService } from './status/probe.ts';
import { statusRoute } from './status/status-route.ts';
import { AuthForwardingDataSource } from './subgraph-data-source.ts';
import { SUBGRAPH_NAMES, SUPERGRAPH_PATH, type SubgraphName } from './supergraph/compose.ts';

export { envSchema, type Env } from './env.ts';

export interface StartOverrides {
  logger?: Logger;
  /** Supergraph SDL to serve instead of the committed file. */
  supergraphSdl?: string;
}

export interface RunningGateway {
  url: string;
  close(): Promise<void>;
}

export async function start(env: Env, overrides: StartOverrides = {}): Promise<RunningGateway> {
  const logger = overrides.logger ?? createLogger('gateway', env.LOG_LEVEL);
  const subgraphUrls: Record<SubgraphName, string> = {
    accounts: env.ACCOUNTS_URL,
    documents: env.DOCUMENTS_URL,
    graph: env.GRAPH_URL,
  };
  const supergraphSdl = overrides.supergraphSdl ?? (await readFile(SUPERGRAPH_PATH, 'utf8'));
  const credential = new GatewayCredential(env.QUARRY_JWT_SECRET);
  const gateway = new ApolloGateway({
    supergraphSdl,
    // The URLs in the supergraph file are development defaults; the environment decides.
    buildService: ({ name }) => {
      if (!(SUBGRAPH_NAMES as readonly string[]).includes(name))
        throw new Error(`unknown subgraph ${name}`);
      return new AuthForwardingDataSource(
        `${subgraphUrls[name as SubgraphName]}/graphql`,
        credential,
      );
    },
  });
  let supergraphLoaded = false;
  gateway.onSchemaLoadOrUpdate(() => {
    supergraphLoaded = true;
  });

  const limits = limitsFromEnv(env);
  const accounts = new AccountsClient(
    env.ACCOUNTS_URL,
    env.QUARRY_JWT_SECRET,
    env.AUTH_CACHE_MS,
    credential,
  );
  const trusted = trustedProxies(env.GATEWAY_TRUSTED_PROXIES);
  const apollo = new ApolloServer<GatewayContext>({
    gateway,
    includeStacktraceInErrorResponses: false,
    formatError: createFormatError(logger),
    // Apollo's default, stated so it is not lost: a GET or a text/plain, form or multipart POST
    // needs an apollo-require-preflight (or x-apollo-operation-name) header.
    csrfPrevention: true,
    // graphqlEndpoint refuses batches first (BATCH_NOT_ALLOWED / BATCH_TOO_LARGE).
    allowBatchedHttpRequests: limits.batchEnabled,
    validationRules: [shapeLimitsRule(limits)],
    // Introspection is on, for admins and developers only (see the require-auth plugin).
    introspection: true,
    plugins: [
      // Apollo Sandbox loads from a CDN and is blank offline; GET /playground serves GraphiQL.
      ApolloServerPluginLandingPageDisabled(),
      requireAuthPlugin(accounts),
      complexityLimitPlugin(limits),
    ],
  });
  await apollo.start();

  const subgraphProbe = (name: SubgraphName) => async () => {
    const status = await probeService(name, subgraphUrls[name]);
    if (!status.ready) throw new Error(status.error ?? `${name} is not ready`);
  };
  const http = await serve({
    name: 'gateway',
    host: env.HOST,
    port: env.PORT,
    logger,
    readiness: Object.fromEntries(SUBGRAPH_NAMES.map((name) => [name, subgraphProbe(name)])),
    routes: {
      '/graphql': graphqlEndpoint(apollo, createContext({ accounts, trusted }), limits),
      // Files travel outside GraphQL: `PUT /ingest/jobs/{id}/files?path=` and `GET /originals/{id}`.
      '/ingest/jobs/*': fileProxy({
        target: env.PIPELINE_URL,
        accounts,
        trusted,
        methods: ['PUT', 'POST'],
        logger,
      }),
      '/originals/*': fileProxy({
        target: env.PIPELINE_URL,
        accounts,
        trusted,
        methods: ['GET', 'HEAD'],
        logger,
      }),
      ...playgroundRoutes(),
      '/status': statusRoute({
        accounts,
        services: {
          documents: env.DOCUMENTS_URL,
          graph: env.GRAPH_URL,
          accounts: env.ACCOUNTS_URL,
          pipeline: env.PIPELINE_URL,
        },
        gatewayStatus: () => ({
          name: 'gateway',
          ready: supergraphLoaded,
          checks: { supergraph: { ok: supergraphLoaded } },
          ...(supergraphLoaded ? {} : { error: 'supergraph not loaded' }),
        }),
      }),
    },
  });
  return {
    url: http.url,
    close: async () => {
      await http.close();
      await apollo.stop();
    },
  };
}

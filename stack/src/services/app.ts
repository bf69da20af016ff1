import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { appUrls, storeConnections } from '../connections.ts';
import { repoRoot } from '../env.ts';
import { httpStatus } from '../probes.ts';
import { StackError } from '../stack-error.ts';
import type { ManagedService, StackContext } from './service.ts';

type ConnectionName = keyof ReturnType<typeof storeConnections> | keyof ReturnType<typeof appUrls>;

/** Only what each service needs: a service never sees another's credentials. */
function pick(ctx: StackContext, names: ConnectionName[]): Record<string, string> {
  const all: Record<string, string> = { ...storeConnections(ctx), ...appUrls(ctx) };
  return Object.fromEntries(names.map((name) => [name, all[name] ?? '']));
}

/** The single sign-on settings that are set, under the services' names (OIDC_*). */
function oidcSettings(ctx: StackContext, withClientSecret: boolean): Record<string, string> {
  const settings = {
    OIDC_ISSUER: ctx.env.QUARRY_OIDC_ISSUER,
    OIDC_CLIENT_ID: ctx.env.QUARRY_OIDC_CLIENT_ID,
    ...(withClientSecret
      ? {
          OIDC_CLIENT_SECRET: ctx.env.QUARRY_OIDC_CLIENT_SECRET,
          OIDC_NAME: ctx.env.QUARRY_OIDC_NAME,
        }
      : {}),
  };
  return Object.fromEntries(
    Object.entries(settings).filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
}

function nodeService(
  name: string,
  workspace: string,
  port: (ctx: StackContext) => number,
  needs: ConnectionName[],
  settings: (ctx: StackContext) => Record<string, string> = () => ({}),
): ManagedService {
  return {
    name,
    kind: 'app',
    port,
    spec: (ctx) => ({
      command: process.execPath,
      args: [join(repoRoot, workspace, 'src', 'main.ts')],
      cwd: join(repoRoot, workspace),
      env: {
        PATH: ctx.env.PATH,
        HOME: ctx.env.HOME,
        NODE_ENV: 'production',
        HOST: '127.0.0.1',
        PORT: String(port(ctx)),
        ...pick(ctx, needs),
        ...settings(ctx),
      },
    }),
    ready: async (ctx) => (await httpStatus(`http://127.0.0.1:${port(ctx)}/readyz`)) === 200,
  };
}

export const accounts = nodeService(
  'accounts',
  'subgraphs/accounts',
  (c) => c.env.QUARRY_ACCOUNTS_PORT,
  ['DATABASE_URL', 'QUARRY_JWT_SECRET'],
  (ctx) => oidcSettings(ctx, false),
);
export const documents = nodeService(
  'documents',
  'subgraphs/documents',
  (c) => c.env.QUARRY_DOCUMENTS_PORT,
  ['ELASTICSEARCH_URL', 'DATABASE_URL', 'PIPELINE_URL', 'QUARRY_JWT_SECRET'],
);
export const graph = nodeService('graph', 'subgraphs/graph', (c) => c.env.QUARRY_GRAPH_PORT, [
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  // The audit log of curation.
  'DATABASE_URL',
  'QUARRY_JWT_SECRET',
]);
export const pipeline = nodeService('pipeline', 'pipeline', (c) => c.env.QUARRY_PIPELINE_PORT, [
  'REDIS_URL',
  'ELASTICSEARCH_URL',
  'CORENLP_URL',
  'CORENLP_USER',
  'CORENLP_PASSWORD',
  // The knowledge stage writes the graph.
  'NEO4J_URI',
  'NEO4J_USER',
  'NEO4J_PASSWORD',
  // Entity linking and the fallback's gazetteer.
  'KNOWLEDGE_BASE_DIR',
  'DATABASE_URL',
  'QUARRY_JWT_SECRET',
  'PIPELINE_DATA_DIR',
  'PIPELINE_INGEST_DIR',
]);
export const gateway = nodeService('gateway', 'gateway', (c) => c.env.QUARRY_GATEWAY_PORT, [
  'DOCUMENTS_URL',
  'GRAPH_URL',
  'ACCOUNTS_URL',
  'PIPELINE_URL',
  'QUARRY_JWT_SECRET',
]);

const webDir = join(repoRoot, 'web');

export const web: ManagedService = {
  name: 'web',
  kind: 'app',
  port: (ctx) => ctx.env.QUARRY_WEB_PORT,
  async prepare() {
    if (!existsSync(join(webDir, '.next', 'BUILD_ID'))) {
      throw new StackError(
        'The web app is not built yet: run `./quarry run` (it builds) or `npm run build -w @quarry/web`.',
      );
    }
  },
  spec(ctx) {
    const urls = appUrls(ctx);
    return {
      command: process.execPath,
      args: [
        join(repoRoot, 'node_modules', 'next', 'dist', 'bin', 'next'),
        'start',
        '-H',
        '127.0.0.1',
        '-p',
        String(ctx.env.QUARRY_WEB_PORT),
      ],
      cwd: webDir,
      env: {
        PATH: ctx.env.PATH,
        HOME: ctx.env.HOME,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        GATEWAY_URL: urls.GATEWAY_URL,
        NEXTAUTH_URL: urls.WEB_URL,
        NEXTAUTH_SECRET: ctx.secrets.nextauthSecret,
        ...oidcSettings(ctx, true),
      },
    };
  },
  ready: async (ctx) =>
    (await httpStatus(`http://127.0.0.1:${ctx.env.QUARRY_WEB_PORT}/login`)) === 200,
};

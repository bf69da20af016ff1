import { accounts, documents, gateway, graph, pipeline, web } from './app.ts';
import { corenlp } from './corenlp.ts';
import { elasticsearch } from './elasticsearch.ts';
import { neo4j } from './neo4j.ts';
import { postgresql } from './postgresql.ts';
import { redis } from './redis.ts';
import type { ManagedService } from './service.ts';

export type { ManagedService, StackContext } from './service.ts';

/** Start order: stores, then subgraphs and pipeline, then the gateway and the web app. */
export const STORES: ManagedService[] = [elasticsearch, neo4j, corenlp, redis, postgresql];
export const APP_WAVES: ManagedService[][] = [
  [accounts, documents, graph, pipeline],
  [gateway],
  [web],
];
export const ALL_SERVICES: ManagedService[] = [...STORES, ...APP_WAVES.flat()];

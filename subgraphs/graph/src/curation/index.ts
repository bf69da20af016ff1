/**
 * Analyst curation of the entity graph (docs/graph-api.md, "Curation"): the Mutation type's
 * definitions, their resolvers and the audit action each writes. schema.ts adds these to the
 * @neo4j/graphql schema; the policy allows exactly the Mutation fields listed in CURATION_MUTATIONS.
 */

import type { CreateCurationResolvers } from './contract.ts';

/** Mutation field -> the audit action it writes (one event per call, whatever the outcome). */
export const CURATION_MUTATIONS: Readonly<Record<string, string>> = {};

/** `type Mutation { ... }` (empty until curation lands). */
export const curationTypeDefs = '';

/** The Mutation resolvers (none until curation lands); the seam is src/curation/contract.ts. */
export const createCurationResolvers: CreateCurationResolvers = () => ({ Mutation: {} });

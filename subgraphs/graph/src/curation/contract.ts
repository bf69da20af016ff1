/**
 * The seam between the graph subgraph's wiring (schema.ts, app.ts: owned by the read API) and the
 * curation module (everything else under src/curation/). schema.ts calls
 *
 *   createCurationResolvers(deps: CurationDeps): CurationResolvers
 *
 * exported from src/curation/index.ts beside CURATION_MUTATIONS and curationTypeDefs, and passes the
 * result to `new Neo4jGraphQL({ typeDefs, resolvers })`. The policy allows exactly the Mutation
 * fields named in CURATION_MUTATIONS (and requires a resolver for each), and refuses any other.
 */
import type { GraphQLFieldResolver, GraphQLResolveInfo } from 'graphql';
import type { Driver } from 'neo4j-driver';
import type { Context } from '../context.ts';

export type { Context } from '../context.ts';

/** One audit event (the shape of `@quarry/prisma` `appendAuditEvent`'s input). */
export interface CurationAuditEvent {
  actorId: string | null;
  /** `entity.merge`, `entity.unmerge`, ... (the values of CURATION_MUTATIONS). */
  action: string;
  /** `entity:<key>`. */
  target: string;
  outcome: 'success' | 'failure' | 'denied' | 'error';
  ip: string | null;
  details: Record<string, unknown>;
}

export interface CurationDeps {
  /** The subgraph's Neo4j driver (the same one @neo4j/graphql reads with). */
  driver: Driver;
  /** Writes exactly one audit event; the wiring decides where (the accounts database). */
  audit: (event: CurationAuditEvent) => Promise<void>;
  /**
   * The answer of a curation mutation: resolves `entity(key:)` for this caller exactly as
   * `Query.entity` does (same scoped Cypher, read-time curation applied), with the mutation field's
   * own selection set (`info`). A custom resolver cannot return a plain map for Entity, because
   * Entity's fields are @cypher fields computed inside @neo4j/graphql's translated query.
   * Resolves null when the caller cannot see the entity.
   */
  answerEntity: (key: string, context: Context, info: GraphQLResolveInfo) => Promise<unknown>;
}

/** Mutation field name -> resolver. Only the fields listed in CURATION_MUTATIONS. */
export interface CurationResolvers {
  Mutation: Record<string, GraphQLFieldResolver<unknown, Context, Record<string, unknown>>>;
}

export type CreateCurationResolvers = (deps: CurationDeps) => CurationResolvers;

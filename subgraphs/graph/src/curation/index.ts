/**
 * Analyst curation of the entity graph (docs/graph-api.md, "Curation"): the Mutation type's
 * definitions, their resolvers and the audit action each writes. schema.ts adds these to the
 * @neo4j/graphql schema; the policy allows exactly the Mutation fields listed in CURATION_MUTATIONS.
 */
import { CURATION_ACTIONS } from './resolvers.ts';

export { createCurationResolvers } from './resolvers.ts';

/** Mutation field -> the audit action it writes (one event per call, whatever the outcome). */
export const CURATION_MUTATIONS: Readonly<Record<string, string>> = CURATION_ACTIONS;

/** `type Mutation { ... }`: analysts and admins with write access, each call audited. */
export const curationTypeDefs = /* GraphQL */ `
  type Mutation {
    "Merges the entities into \`into\` (or into its canonical entity when it is merged itself); answers the canonical entity."
    mergeEntities(keys: [ID!]!, into: ID!): Entity!
    "Undoes the merge of this entity (with what had been merged into it); answers it."
    unmergeEntity(key: ID!): Entity!
    "Moves the mentions with these aliases (compared normalized) to a new entity, now and in every later ingest; answers the new entity."
    splitEntity(key: ID!, aliases: [String!]!, name: String, type: String): Entity!
    "The analyst's name for the entity (1 to 200 characters)."
    renameEntity(key: ID!, name: String!): Entity!
    "The analyst's type for the entity (one of the entity types)."
    retypeEntity(key: ID!, type: String!): Entity!
    "Hides the entity from searches, neighbourhoods, paths and lists; entity(key:) still answers it."
    hideEntity(key: ID!): Entity!
    unhideEntity(key: ID!): Entity!
    "The knowledge-base link is wrong for these aliases (all when left out): they go to their unlinked entity; answers it."
    markLinkWrong(key: ID!, aliases: [String!]): Entity!
  }
`;

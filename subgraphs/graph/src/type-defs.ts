/**
 * The graph subgraph's source type definitions. @neo4j/graphql generates the full schema (filters,
 * connections, sorting) from these; print it with printSubgraphSdl().
 *
 * Written WITHOUT authorization, query/mutation switches or filterability on relationships into
 * scoped types: the policy layer (src/policy/) adds them, so a new @node type is scoped by collection
 * by default, and the schema is not built at all for something it cannot scope.
 *
 * - `JwtPayload @jwt` declares the custom claim the policy's rules use (`$jwt.collections`).
 * - Entity: carries `collectionId`, so it is readable only inside the viewer's collections.
 * - Document: the federated entity owned by the documents subgraph. Here it only contributes its
 *   entities; the policy declares it unscoped (it holds nothing but its id) and gives it no root
 *   query fields, so `Query.documents` stays with the documents subgraph.
 */
export const typeDefs = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type JwtPayload @jwt {
    collections: [String!]!
  }

  type Entity @node {
    id: ID!
    name: String!
    type: String!
    collectionId: ID!
    "Documents that mention this entity (only ids here; the documents subgraph resolves the rest)."
    documents: [Document!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Document @key(fields: "id") @node {
    id: ID!
    entities: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
  }
`;

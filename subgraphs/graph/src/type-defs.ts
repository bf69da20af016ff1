/**
 * The graph subgraph's source type definitions. @neo4j/graphql generates the full schema (filters,
 * connections, sorting) from these; print it with printSubgraphSdl().
 *
 * - `JwtPayload @jwt` declares the custom claim so authorization rules may use `$jwt.collections`.
 * - Entity: readable only inside the viewer's collections (an @authorization filter, compiled by
 *   @neo4j/graphql into a Cypher predicate that needs APOC). No generated mutations: writes come
 *   from the pipeline.
 * - Document: the federated entity owned by the documents subgraph. Here it only contributes its
 *   entities; it has no root query fields, so `Query.documents` stays with the documents subgraph.
 */
export const typeDefs = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type JwtPayload @jwt {
    collections: [String!]!
  }

  type Entity
    @node
    @mutation(operations: [])
    @subscription(events: [])
    @authorization(filter: [{ where: { node: { collectionId: { in: "$jwt.collections" } } } }]) {
    id: ID!
    name: String!
    type: String!
    collectionId: ID!
    "Documents that mention this entity (only ids here; the documents subgraph resolves the rest)."
    documents: [Document!]! @relationship(type: "MENTIONS", direction: IN)
  }

  type Document
    @key(fields: "id")
    @node
    @query(read: false, aggregate: false)
    @mutation(operations: [])
    @subscription(events: []) {
    id: ID!
    entities: [Entity!]! @relationship(type: "MENTIONS", direction: OUT)
  }
`;

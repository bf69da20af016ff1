/**
 * The graph subgraph's source type definitions (the contract: docs/graph-api.md). @neo4j/graphql
 * generates the executable schema from these; print it with printSubgraphSdl().
 *
 * Written WITHOUT authorization directives or query/mutation switches: the policy layer
 * (src/policy/) adds them and refuses to build a schema it cannot scope. Every value is computed by
 * a reviewed @cypher statement (src/cypher/) that filters by `$collections` (the verified token's
 * readable collections, see context.ts) itself:
 *
 * - Entity is a shared @node (no collectionId: one node per real-world thing across collections);
 *   only its key is stored, everything else is summed at read time over readable documents.
 * - Document is the federation stub owned by the documents subgraph; its fields read the graph by
 *   `this.id`, so a Document node and an `{id}` map answer alike.
 * - EntityMention, Triple, TripleArgument, CoOccurrence and EntityHit are rows of scoped statements.
 *   They are declared @node only so that @neo4j/graphql resolves their nested Entity and Document
 *   fields (a plain object type's fields cannot be @cypher); they have no root fields and no
 *   relationships, and `this` is the row (a Mention or Triple node, or a map).
 * - GraphNode, GraphEdge, Neighbourhood, GraphPath, TimeBucket, KnowledgeBaseLink and Passage are
 *   plain values, returned whole by the statements.
 */
import { curationTypeDefs } from './curation/index.ts';
import * as entity from './cypher/entity-fields.ts';
import { NEIGHBOURHOOD } from './cypher/neighbourhood.ts';
import { PATHS } from './cypher/paths.ts';
import * as root from './cypher/queries.ts';
import * as rows from './cypher/result-fields.ts';
import { SEARCH_ENTITIES } from './cypher/search.ts';

/** `@cypher` with the statement as a block string (statements never contain three quotes). */
function cypher(statement: string, column: string): string {
  if (statement.includes('"""')) throw new Error('a @cypher statement may not contain """');
  return `@cypher(statement: """\n${statement}\n""", columnName: "${column}")`;
}

/** The column a statement returns: its last `AS name`, or the variable after its last RETURN. */
function returnColumn(statement: string): string {
  const match = /RETURN[\s\S]*\bAS (\w+)\s*$/.exec(statement) ?? /RETURN (\w+)\s*$/.exec(statement);
  if (!match?.[1]) throw new Error(`cannot find the returned column of:\n${statement}`);
  return match[1];
}

const field = (statement: string): string => cypher(statement, returnColumn(statement));

export const typeDefs = /* GraphQL */ `
  extend schema
    @link(url: "https://specs.apollo.dev/federation/v2.7", import: ["@key", "@shareable"])

  type JwtPayload @jwt {
    collections: [String!]!
  }

  "An entity as the caller's readable documents show it. Reached only through the scoped fields below."
  type Entity @node {
    "wikipedia:<Title> | geonames:<id> | name:<TYPE>:<norm> | value:<TYPE>:<norm> | curated:<uuid>"
    key: ID!
    "curatedName, else the name most readable documents use, else the shared name."
    name: String! ${field(entity.ENTITY_NAME)}
    "curatedType, else the key-fixed type, else the type most readable documents give."
    type: String ${field(entity.ENTITY_TYPE)}
    "Surface forms from readable documents (the curated name first when set)."
    aliases: [String!]! ${field(entity.ENTITY_ALIASES)}
    "Null unless the key is a knowledge-base key and the link is not marked wrong."
    kb: KnowledgeBaseLink ${field(entity.ENTITY_KB)}
    mentionCount: Int! ${field(entity.ENTITY_MENTION_COUNT)}
    documentCount: Int! ${field(entity.ENTITY_DOCUMENT_COUNT)}
    "ISO 8601, from the readable documents' dates."
    firstSeen: String ${field(entity.ENTITY_FIRST_SEEN)}
    lastSeen: String ${field(entity.ENTITY_LAST_SEEN)}
    "Hidden entities appear only through entity(key:) (for undo)."
    hidden: Boolean! ${field(entity.ENTITY_HIDDEN)}
    "Entities merged into this one (each can be unmerged)."
    mergedKeys: [ID!]! ${field(entity.ENTITY_MERGED_KEYS)}
    "Readable documents that mention it, most mentions first."
    documents(first: Int = 20, offset: Int = 0): [Document!]! ${field(entity.ENTITY_DOCUMENTS)}
    mentions(first: Int = 20, offset: Int = 0, documentId: ID): [EntityMention!]! ${field(entity.ENTITY_MENTIONS)}
    "Triples where it is subject or object."
    triples(first: Int = 20, offset: Int = 0): [Triple!]! ${field(entity.ENTITY_TRIPLES)}
    "Co-occurring entities, heaviest first."
    cooccurring(first: Int = 20, types: [String!]): [CoOccurrence!]! ${field(entity.ENTITY_COOCCURRING)}
    "Mentions per month (undated documents are left out)."
    timeline: [TimeBucket!]! ${field(entity.ENTITY_TIMELINE)}
  }

  type KnowledgeBaseLink {
    source: String!
    id: String!
    title: String!
    url: String
    latitude: Float
    longitude: Float
  }

  type EntityMention @node {
    id: ID!
    documentId: ID!
    "UTF-16 offsets into the document text, end exclusive."
    start: Int!
    end: Int!
    text: String!
    "The mention's type (the entity's curated type when set)."
    type: String!
    "The canonical entity the mention refers to (null for a mention no entity claims)."
    entityKey: ID
    confidence: Float!
    seenAt: String
    sentence: Passage! ${field(rows.SENTENCE_PASSAGE)}
    document: Document! ${field(rows.ROW_DOCUMENT)}
  }

  type Triple @node {
    id: ID!
    documentId: ID!
    subject: TripleArgument! ${field(rows.TRIPLE_SUBJECT)}
    relation: TripleArgument! ${field(rows.TRIPLE_RELATION)}
    object: TripleArgument! ${field(rows.TRIPLE_OBJECT)}
    confidence: Float!
    seenAt: String
    sentence: Passage! ${field(rows.SENTENCE_PASSAGE)}
    document: Document! ${field(rows.ROW_DOCUMENT)}
  }

  type TripleArgument @node {
    text: String!
    start: Int
    end: Int
    entity: Entity ${field(rows.ARGUMENT_ENTITY)}
  }

  type CoOccurrence @node {
    entity: Entity! ${field(rows.ROW_ENTITY)}
    weight: Int!
    documents: Int!
    firstSeen: String
    lastSeen: String
  }

  "Month = YYYY-MM."
  type TimeBucket {
    month: String!
    mentions: Int!
    documents: Int!
  }

  "A span of a document's text, resolved (with the document's own access check) by the documents subgraph."
  type Passage @key(fields: "documentId start end", resolvable: false) {
    documentId: ID!
    start: Int!
    end: Int!
  }

  "Unscoped stub here; the documents subgraph owns it."
  type Document @key(fields: "id") @node {
    id: ID!
    "Most mentioned first; hidden entities left out."
    entities(first: Int = 200, types: [String!]): [Entity!]! ${field(rows.DOCUMENT_ENTITIES)}
    "In text order, for highlighting."
    mentions(first: Int = 2000, types: [String!]): [EntityMention!]! ${field(rows.DOCUMENT_MENTIONS)}
    triples(first: Int = 200): [Triple!]! ${field(rows.DOCUMENT_TRIPLES)}
  }

  "For the explorer: plain nodes and edges, cheap to draw."
  type GraphNode {
    key: ID!
    name: String!
    type: String
    mentionCount: Int!
    documentCount: Int!
  }

  type GraphEdge {
    source: ID!
    target: ID!
    weight: Int!
    documents: Int!
    firstSeen: String
    lastSeen: String
  }

  type Neighbourhood {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    "True when more neighbours passed the filters than fit under limit (the heaviest edges won)."
    capped: Boolean!
    limit: Int!
  }

  type GraphPath {
    nodes: [GraphNode!]!
    edges: [GraphEdge!]!
    hops: Int!
  }

  type EntityHit @node {
    entity: Entity! ${field(rows.ROW_ENTITY)}
    matched: String!
    score: Float!
  }

  type Query {
    "A merged key answers its canonical entity."
    entity(key: ID!): Entity ${field(root.ENTITY)}
    "At most 500 keys; unknown, unreadable and hidden ones are left out."
    entitiesByKeys(keys: [ID!]!): [Entity!]! ${field(root.ENTITIES_BY_KEYS)}
    "Prefix (merz finds Merz, Merzbach) and typo tolerance (mertz) over names and readable aliases."
    searchEntities(query: String!, types: [String!], first: Int = 10): [EntityHit!]! ${field(SEARCH_ENTITIES)}
    topEntities(
      types: [String!]
      collectionIds: [ID!]
      from: String
      to: String
      first: Int = 20
    ): [Entity!]! ${field(root.TOP_ENTITIES)}
    "hops 1..3; limit 1..2000; the heaviest edges win when capped; the seeds are always in."
    neighbourhood(
      keys: [ID!]!
      hops: Int = 1
      limit: Int = 200
      types: [String!]
      minWeight: Int = 1
      from: String
      to: String
      collectionIds: [ID!]
    ): Neighbourhood! ${field(NEIGHBOURHOOD)}
    "k shortest simple paths (k 1..10, maxHops 1..6) over readable CO_OCCURS edges."
    paths(
      from: ID!
      to: ID!
      maxHops: Int = 4
      k: Int = 3
      types: [String!]
      minWeight: Int = 1
      since: String
      until: String
      collectionIds: [ID!]
    ): [GraphPath!]! ${field(PATHS)}
    triples(
      subject: String
      relation: String
      object: String
      subjectKey: ID
      objectKey: ID
      entityKey: ID
      documentId: ID
      collectionIds: [ID!]
      first: Int = 50
      offset: Int = 0
    ): [Triple!]! ${field(root.TRIPLES)}
  }

  ${curationTypeDefs}
`;

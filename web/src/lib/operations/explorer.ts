// The entity graph explorer's operations (docs/graph-api.md), as typed documents: the explorer's
// client components send them through the browser's Apollo Client, and the gateway's limits test
// checks them with the variables that decide their cost.
import { graphql } from '#graphql';

export {
  MAX_CAP as NEIGHBOURHOOD_MAX_LIMIT,
  PATHS_K as PATHS_MAX_K,
  PATHS_MAX_HOPS,
} from '../explorer/view-state.ts';

/** Typeahead hits shown under the search box. */
export const SEARCH_HITS = 8;
/** Suggestions on the empty explorer. */
export const SUGGESTIONS = 12;

export const EXPLORER_NODE = graphql(`
  fragment ExplorerNodeFields on GraphNode {
    key
    name
    type
    mentionCount
    documentCount
  }
`);

export const EXPLORER_EDGE = graphql(`
  fragment ExplorerEdgeFields on GraphEdge {
    source
    target
    weight
    documents
    firstSeen
    lastSeen
  }
`);

export const EXPLORER_NEIGHBOURHOOD = graphql(`
  query ExplorerNeighbourhood(
    $keys: [ID!]!
    $limit: Int!
    $types: [String!]
    $minWeight: Int
    $from: String
    $to: String
  ) {
    neighbourhood(
      keys: $keys
      hops: 1
      limit: $limit
      types: $types
      minWeight: $minWeight
      from: $from
      to: $to
    ) {
      nodes {
        ...ExplorerNodeFields
      }
      edges {
        ...ExplorerEdgeFields
      }
      capped
      limit
    }
  }
`);

export const EXPLORER_PATHS = graphql(`
  query ExplorerPaths(
    $from: ID!
    $to: ID!
    $k: Int!
    $maxHops: Int!
    $types: [String!]
    $minWeight: Int
    $since: String
    $until: String
  ) {
    paths(
      from: $from
      to: $to
      k: $k
      maxHops: $maxHops
      types: $types
      minWeight: $minWeight
      since: $since
      until: $until
    ) {
      hops
      nodes {
        ...ExplorerNodeFields
      }
      edges {
        ...ExplorerEdgeFields
      }
    }
  }
`);

export const EXPLORER_SEARCH = graphql(`
  query ExplorerSearch($query: String!, $first: Int!) {
    searchEntities(query: $query, first: $first) {
      matched
      score
      entity {
        key
        name
        type
        mentionCount
        documentCount
      }
    }
  }
`);

export const EXPLORER_SUGGESTIONS = graphql(`
  query ExplorerSuggestions($first: Int!) {
    topEntities(first: $first) {
      key
      name
      type
      mentionCount
      documentCount
    }
  }
`);

/** The side panel's details of the selected entities (one, or a group's members). */
export const EXPLORER_ENTITIES = graphql(`
  query ExplorerEntities($keys: [ID!]!) {
    entitiesByKeys(keys: $keys) {
      key
      name
      type
      aliases
      mentionCount
      documentCount
      firstSeen
      lastSeen
      kb {
        source
        title
        url
      }
    }
  }
`);

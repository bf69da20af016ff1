// The entity page's, the triples view's and the document page's graph operations
// (docs/graph-api.md), as typed documents: server pages and actions send them with
// runOperation, and the gateway's limits test checks them with the page sizes below.
import type { ResultOf } from '@graphql-typed-document-node/core';
import { graphql } from '#graphql';

export const ENTITY_MENTIONS_PER_PAGE = 20;
export const ENTITY_TRIPLES_PER_PAGE = 20;
export const ENTITY_COOCCURRING = 24;
/** Mentions highlighted on a document's text pages (the API's own maximum). */
export const DOCUMENT_MENTIONS = 2000;
export const DOCUMENT_TRIPLES = 200;
export const DOCUMENT_ENTITIES = 200;
/** Entities offered above search results, and candidates for a merge. */
export const ENTITY_MATCHES = 5;

export const PASSAGE_FIELDS = graphql(`
  fragment PassageFields on Passage {
    documentId
    start
    end
    text
    before
    after
    page
  }
`);

export const ENTITY_REF_FIELDS = graphql(`
  fragment EntityRefFields on Entity {
    key
    name
    type
  }
`);

export const TRIPLE_FIELDS = graphql(`
  fragment TripleFields on Triple {
    id
    documentId
    confidence
    seenAt
    subject {
      text
      start
      end
      entity {
        ...EntityRefFields
      }
    }
    relation {
      text
      start
      end
    }
    object {
      text
      start
      end
      entity {
        ...EntityRefFields
      }
    }
    sentence {
      ...PassageFields
    }
    document {
      id
      title
    }
  }
`);

export const ENTITY_PAGE_QUERY = graphql(`
  query EntityPage(
    $key: ID!
    $mentionsFirst: Int!
    $mentionsOffset: Int!
    $triplesFirst: Int!
    $triplesOffset: Int!
    $cooccurringFirst: Int!
  ) {
    entity(key: $key) {
      key
      name
      type
      aliases
      kb {
        source
        id
        title
        url
        latitude
        longitude
      }
      mentionCount
      documentCount
      firstSeen
      lastSeen
      hidden
      mergedKeys
      timeline {
        month
        mentions
        documents
      }
      mentions(first: $mentionsFirst, offset: $mentionsOffset) {
        id
        documentId
        start
        end
        text
        type
        confidence
        seenAt
        sentence {
          ...PassageFields
        }
        document {
          id
          title
        }
      }
      triples(first: $triplesFirst, offset: $triplesOffset) {
        ...TripleFields
      }
      cooccurring(first: $cooccurringFirst) {
        entity {
          ...EntityRefFields
        }
        weight
        documents
        firstSeen
        lastSeen
      }
    }
  }
`);

export type EntityPageEntity = NonNullable<ResultOf<typeof ENTITY_PAGE_QUERY>['entity']>;
export type EntityMentionRow = EntityPageEntity['mentions'][number];
export type TripleRow = ResultOf<typeof TRIPLE_FIELDS>;
export type PassageRow = ResultOf<typeof PASSAGE_FIELDS>;

/** Entities whose names match a search (the search page's offer, the merge picker). */
export const ENTITY_MATCHES_QUERY = graphql(`
  query EntityMatches($query: String!, $first: Int!) {
    searchEntities(query: $query, first: $first) {
      matched
      score
      entity {
        ...EntityRefFields
        mentionCount
        documentCount
      }
    }
  }
`);

export type EntityMatch = ResultOf<typeof ENTITY_MATCHES_QUERY>['searchEntities'][number];

export const TRIPLES_QUERY = graphql(`
  query TriplesView(
    $subject: String
    $relation: String
    $object: String
    $entityKey: ID
    $first: Int!
    $offset: Int!
  ) {
    triples(
      subject: $subject
      relation: $relation
      object: $object
      entityKey: $entityKey
      first: $first
      offset: $offset
    ) {
      ...TripleFields
    }
  }
`);

/** The graph's view of one document: mentions to highlight, its entities and triples. */
export const DOCUMENT_GRAPH_QUERY = graphql(`
  query DocumentGraph($id: ID!, $mentionsFirst: Int!, $entitiesFirst: Int!, $triplesFirst: Int!) {
    document(id: $id) {
      id
      mentions(first: $mentionsFirst) {
        id
        start
        end
        text
        type
        entityKey
      }
      entities(first: $entitiesFirst) {
        ...EntityRefFields
      }
      triples(first: $triplesFirst) {
        ...TripleFields
      }
    }
  }
`);

export type DocumentGraph = NonNullable<ResultOf<typeof DOCUMENT_GRAPH_QUERY>['document']>;

// Curation (analysts and admins; the API checks the role and collections again and audits each
// call): the entity page's forms send these through lib/entity/curation-actions.ts.
export const MERGE_ENTITIES = graphql(`
  mutation MergeEntities($keys: [ID!]!, $into: ID!) {
    mergeEntities(keys: $keys, into: $into) {
      key
      name
    }
  }
`);

export const UNMERGE_ENTITY = graphql(`
  mutation UnmergeEntity($key: ID!) {
    unmergeEntity(key: $key) {
      key
      name
    }
  }
`);

export const SPLIT_ENTITY = graphql(`
  mutation SplitEntity($key: ID!, $aliases: [String!]!, $name: String, $type: String) {
    splitEntity(key: $key, aliases: $aliases, name: $name, type: $type) {
      key
      name
    }
  }
`);

export const RENAME_ENTITY = graphql(`
  mutation RenameEntity($key: ID!, $name: String!) {
    renameEntity(key: $key, name: $name) {
      key
      name
    }
  }
`);

export const RETYPE_ENTITY = graphql(`
  mutation RetypeEntity($key: ID!, $type: String!) {
    retypeEntity(key: $key, type: $type) {
      key
      name
      type
    }
  }
`);

export const HIDE_ENTITY = graphql(`
  mutation HideEntity($key: ID!) {
    hideEntity(key: $key) {
      key
      name
    }
  }
`);

export const UNHIDE_ENTITY = graphql(`
  mutation UnhideEntity($key: ID!) {
    unhideEntity(key: $key) {
      key
      name
    }
  }
`);

export const MARK_LINK_WRONG = graphql(`
  mutation MarkLinkWrong($key: ID!, $aliases: [String!]) {
    markLinkWrong(key: $key, aliases: $aliases) {
      key
      name
    }
  }
`);

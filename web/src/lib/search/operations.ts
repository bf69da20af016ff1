// The fixed GraphQL operations of the search and document pages, as typed documents; the shapes
// the pages render are their result types. Pages run them on the server (lib/gateway/run-operation.ts).
import { print, Kind, type FieldNode, type OperationDefinitionNode } from 'graphql';
import type { ResultOf, VariablesOf } from '@graphql-typed-document-node/core';
import { graphql } from '#graphql';

export const RESULTS_PER_PAGE = 20;
export const CHILDREN_PER_PAGE = 25;

// Collections come from the accounts subgraph in the same request, for their names.
export const SEARCH_PAGE_QUERY = graphql(`
  query SearchPage(
    $query: String
    $filter: SearchFilter
    $sort: SearchSort
    $first: Int
    $after: String
  ) {
    collections {
      id
      name
    }
    search(query: $query, filter: $filter, sort: $sort, first: $first, after: $after) {
      totalCount
      tookMs
      endCursor
      hasNextPage
      hits {
        score
        snippets {
          text
          page
          highlights {
            start
            end
          }
        }
        document {
          id
          title
          collectionId
          fileName
          sourcePath
          format
          language
          sizeBytes
          createdAt
          version
          isLatest
          keyPhrases {
            phrase
          }
        }
      }
      facets {
        collections {
          value
          count
        }
        formats {
          value
          count
        }
        languages {
          value
          count
        }
        keyPhrases {
          value
          count
        }
        years {
          value
          count
        }
        entities {
          type
          buckets {
            value
            count
          }
        }
      }
    }
  }
`);

export type SearchPageData = ResultOf<typeof SEARCH_PAGE_QUERY>;
export type SearchPageVariables = VariablesOf<typeof SEARCH_PAGE_QUERY>;
export type SearchHit = SearchPageData['search']['hits'][number];
export type SearchFacets = SearchPageData['search']['facets'];
export type FacetBucket = SearchFacets['collections'][number];

const searchOperation = SEARCH_PAGE_QUERY.definitions.find(
  (definition): definition is OperationDefinitionNode =>
    definition.kind === Kind.OPERATION_DEFINITION,
);
const searchField = searchOperation?.selectionSet.selections.find(
  (selection): selection is FieldNode =>
    selection.kind === Kind.FIELD && selection.name.value === 'search',
);

/** The variables and the `search` selection of the search page, as text: the benchmark times the same. */
export const SEARCH_VARIABLES = (searchOperation?.variableDefinitions ?? []).map(print).join(', ');
export const SEARCH_SELECTION = searchField ? print(searchField) : '';

/** Only asked when a search finds nothing: is the library empty, or just this search? */
export const LIBRARY_SIZE_QUERY = graphql(`
  query LibrarySize {
    documents(first: 1) {
      totalCount
    }
  }
`);

export const DOCUMENT_QUERY = graphql(`
  query DocumentPage($id: ID!, $childrenFirst: Int, $childrenAfter: String) {
    document(id: $id) {
      id
      title
      collectionId
      collection {
        id
        name
      }
      fileName
      sourcePath
      mimeType
      format
      mislabelled
      sizeBytes
      sha256
      language
      languages {
        language
        share
      }
      keyPhrases {
        phrase
        score
      }
      metadata {
        key
        value
      }
      authoredAt
      createdAt
      textLength
      textTruncated
      pageCount
      warnings
      skills
      knowledgeQuality
      knowledgeStatus
      entitySummary {
        type
        names
      }
      version
      isLatest
      parent {
        id
        title
      }
      versions {
        id
        version
        createdAt
        sizeBytes
        sha256
        isLatest
      }
      children(first: $childrenFirst, after: $childrenAfter) {
        totalCount
        endCursor
        hasNextPage
        nodes {
          id
          title
          format
          sizeBytes
          sourcePath
        }
      }
    }
  }
`);

export type DocumentDetails = NonNullable<ResultOf<typeof DOCUMENT_QUERY>['document']>;

// A separate request, run in parallel with DOCUMENT_QUERY: a page number out of range is an error
// of this request only, so the metadata still shows. Only this one page's text reaches the browser.
export const DOCUMENT_TEXT_QUERY = graphql(`
  query DocumentText($id: ID!, $page: Int!, $highlight: String) {
    document(id: $id) {
      id
      textLength
      text(page: $page, highlight: $highlight) {
        page
        pageCount
        start
        end
        text
        highlights {
          start
          end
        }
      }
    }
  }
`);

export type TextPage = NonNullable<ResultOf<typeof DOCUMENT_TEXT_QUERY>['document']>['text'];

// The fixed GraphQL operations of the search and document pages, with the shapes they return.
// Pages run them on the server with the viewer's token (lib/gateway/graphql.ts).

import type { TextRange } from '../text/segments.ts';
import type { SearchSort } from './search-state.ts';

export const RESULTS_PER_PAGE = 20;
export const CHILDREN_PER_PAGE = 25;

export interface FacetBucket {
  value: string;
  count: number;
}

export interface SearchFacets {
  collections: FacetBucket[];
  formats: FacetBucket[];
  languages: FacetBucket[];
  keyPhrases: FacetBucket[];
  years: FacetBucket[];
}

export interface Snippet {
  text: string;
  highlights: TextRange[];
  page: number | null;
}

export interface SearchHitDocument {
  id: string;
  title: string;
  collectionId: string;
  fileName: string;
  sourcePath: string;
  format: string;
  language: string | null;
  sizeBytes: number;
  createdAt: string;
  version: number;
  isLatest: boolean;
  keyPhrases: Array<{ phrase: string }>;
}

export interface SearchHit {
  score: number | null;
  snippets: Snippet[];
  document: SearchHitDocument;
}

export interface SearchPageData {
  collections: Array<{ id: string; name: string }>;
  search: {
    totalCount: number;
    tookMs: number;
    endCursor: string | null;
    hasNextPage: boolean;
    hits: SearchHit[];
    facets: SearchFacets;
  };
}

export interface SearchPageVariables {
  query: string | null;
  filter: Record<string, unknown> | null;
  sort: SearchSort;
  first: number;
  after: string | null;
}

/** The variables and the `search` selection of the search page; the benchmark times the same. */
export const SEARCH_VARIABLES =
  '$query: String, $filter: SearchFilter, $sort: SearchSort, $first: Int, $after: String';
export const SEARCH_SELECTION = /* GraphQL */ `
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
      }
    }
`;

// Collections come from the accounts subgraph in the same request, for their names.
export const SEARCH_PAGE_QUERY = /* GraphQL */ `
  query SearchPage(${SEARCH_VARIABLES}) {
    collections {
      id
      name
    }
    ${SEARCH_SELECTION}
  }
`;

/** Only asked when a search finds nothing: is the library empty, or just this search? */
export const LIBRARY_SIZE_QUERY = /* GraphQL */ `
  query LibrarySize {
    documents(first: 1) {
      totalCount
    }
  }
`;

export interface LibrarySizeData {
  documents: { totalCount: number };
}

export interface DocumentSummary {
  id: string;
  title: string;
}

export interface DocumentChild {
  id: string;
  title: string;
  format: string;
  sizeBytes: number;
  sourcePath: string;
}

export interface DocumentDetails {
  id: string;
  title: string;
  collectionId: string;
  collection: { id: string; name: string };
  fileName: string;
  sourcePath: string;
  mimeType: string | null;
  format: string;
  mislabelled: boolean;
  sizeBytes: number;
  sha256: string;
  language: string | null;
  languages: Array<{ language: string; share: number }>;
  keyPhrases: Array<{ phrase: string; score: number }>;
  metadata: Array<{ key: string; value: string }>;
  authoredAt: string | null;
  createdAt: string;
  textLength: number;
  textTruncated: boolean;
  pageCount: number | null;
  warnings: string[];
  skills: string[];
  version: number;
  isLatest: boolean;
  parent: DocumentSummary | null;
  versions: Array<{
    id: string;
    version: number;
    createdAt: string;
    sizeBytes: number;
    sha256: string;
    isLatest: boolean;
  }>;
  children: {
    totalCount: number;
    endCursor: string | null;
    hasNextPage: boolean;
    nodes: DocumentChild[];
  };
}

export interface DocumentPageData {
  document: DocumentDetails | null;
}

export const DOCUMENT_QUERY = /* GraphQL */ `
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
`;

export interface TextPage {
  page: number;
  pageCount: number;
  start: number;
  end: number;
  text: string;
  highlights: TextRange[];
}

export interface DocumentTextData {
  document: { id: string; textLength: number; text: TextPage } | null;
}

// A separate request, run in parallel with DOCUMENT_QUERY: a page number out of range is an error
// of this request only, so the metadata still shows. Only this one page's text reaches the browser.
export const DOCUMENT_TEXT_QUERY = /* GraphQL */ `
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
`;

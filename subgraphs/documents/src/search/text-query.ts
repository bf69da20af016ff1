import { TEXT_FIELDS } from '@quarry/search-index';

/** The syntax features a query may use: no SLOP/NEAR (phrase slop), everything else documented. */
export const QUERY_FLAGS = 'AND|OR|NOT|PHRASE|PREFIX|FUZZY|PRECEDENCE|WHITESPACE|ESCAPE';

/** Fuzzy and prefix terms expand to at most this many index terms each. */
export const MAX_EXPANSIONS = 50;

/** Title-level fields and their weight against a chunk's text (weight 1). */
export const TITLE_FIELDS = ['title^3', 'fileName^2', 'keyPhrases^2'];

export function simpleQuery(query: string, fields: string[]) {
  return {
    simple_query_string: {
      query,
      fields,
      default_operator: 'and' as const,
      flags: QUERY_FLAGS,
      fuzzy_max_expansions: MAX_EXPANSIONS,
    },
  };
}

/**
 * A query on one chunk's text, one clause per text field. A chunk's text sits in exactly one field
 * (`text_<lang>` or `text`); a single multi-field clause would require each word in SOME field, so
 * a stop word ("the") dropped by the English field but kept by the standard one would make
 * "the fox" miss every English chunk. Per field, each chunk is judged by its own analyzer.
 */
export function chunkTextQuery(query: string) {
  return {
    bool: {
      should: TEXT_FIELDS.map((field) => simpleQuery(query, [`chunks.${field}`])),
      minimum_should_match: 1,
    },
  };
}

/** Fields highlighted in chunks: every text field, whichever a chunk uses. */
export const CHUNK_HIGHLIGHT_FIELDS = 'chunks.text*';

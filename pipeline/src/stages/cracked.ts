import type { IndexedDocument } from '@quarry/search-index';

/**
 * What cracking found about a document beside its text: everything the index stage needs that is
 * not a skill's output. A document of several chunks keeps it in the derived store
 * (`cracked.json`) for its index job; a skills re-run reads it back from the indexed document. Its
 * `ingestedAt` is when this version was first cracked: a re-run keeps it, so re-running never
 * reorders search results.
 */
export type CrackedDocument = Omit<
  IndexedDocument,
  // Decided when indexing: identity under its index name, latest-version flag, skill outputs, text.
  | 'id'
  | 'isLatest'
  | 'language'
  | 'languages'
  | 'keyPhrases'
  | 'keyPhraseScores'
  | 'skills'
  | 'pageCount'
  | 'chunks'
> & {
  documentId: string;
  /**
   * A re-run only: the knowledge skills' tags of the indexed document, kept with the entity summary
   * (which `rest` carries) when the re-run does not run them again.
   */
  keptSkills?: string[];
};

const DATE_KEYS = ['date', 'created', 'creationDate', 'CreationDate', 'modified'];

/** The first metadata date that parses, as ISO 8601: when the content says it was written. */
export function authoredAtFrom(metadata: Record<string, string | number | boolean>): string | null {
  for (const key of DATE_KEYS) {
    const value = metadata[key];
    if (typeof value !== 'string' && typeof value !== 'number') continue;
    const date = new Date(value);
    const year = date.getUTCFullYear();
    if (!Number.isNaN(date.getTime()) && year > 1900 && year < 2200) return date.toISOString();
  }
  return null;
}

// A link that opens a document at a passage (a mention, a triple's sentence): the text page it is
// on, the span to mark, and the anchor the browser scrolls to (no script needed).
import { documentHref, type TextSpan } from '../search/document-link.ts';

/** The id of the marked passage on the document page; links end with `#passage`. */
export const PASSAGE_ANCHOR = 'passage';

export interface PassagePlace extends TextSpan {
  documentId: string;
  /** The text page the passage starts on (Passage.page); null when unknown: page 1. */
  page?: number | null;
}

export function passageHref(place: PassagePlace): string {
  const href = documentHref(place.documentId, {
    page: place.page ?? null,
    at: { start: place.start, end: place.end },
  });
  return `${href}#${PASSAGE_ANCHOR}`;
}

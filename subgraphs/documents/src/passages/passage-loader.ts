import type { Client } from '@elastic/elasticsearch';
import { BadUserInputError } from '@quarry/service-kit';
import { BatchLoader } from '../batch-loader.ts';
import { fetchDocumentPassages, passageId, type PassageRecord } from './passage-store.ts';
import type { PassageSpan } from './passage-text.ts';

/** Longer than any sentence the knowledge stage stores; a larger span is a caller's mistake. */
export const MAX_PASSAGE_CHARS = 20_000;

/** Documents fetched at once when a request names passages of many documents. */
const PARALLEL_DOCUMENTS = 8;

export interface PassageKey extends PassageSpan {
  documentId: string;
}

/**
 * Per request: every passage the request asks for is collected, then fetched with ONE
 * Elasticsearch request per distinct document (a page of 20 mentions in 20 documents is 20
 * requests, 200 triples of one document is one).
 */
export class PassageLoader {
  private readonly loader: BatchLoader<string, PassageRecord>;
  private readonly keys = new Map<string, PassageKey>();

  constructor(client: Client, index: string, collections: readonly string[]) {
    this.loader = new BatchLoader(async (ids) => {
      const byDocument = new Map<string, PassageSpan[]>();
      for (const id of ids) {
        const key = this.keys.get(id)!;
        const spans = byDocument.get(key.documentId) ?? [];
        spans.push({ start: key.start, end: key.end });
        byDocument.set(key.documentId, spans);
      }
      const found = new Map<string, PassageRecord>();
      const documents = [...byDocument];
      for (let i = 0; i < documents.length; i += PARALLEL_DOCUMENTS) {
        const answers = await Promise.all(
          documents
            .slice(i, i + PARALLEL_DOCUMENTS)
            .map(([documentId, spans]) =>
              fetchDocumentPassages(client, index, collections, documentId, spans),
            ),
        );
        for (const answer of answers) for (const [id, record] of answer) found.set(id, record);
      }
      return found;
    });
  }

  /** The passage, or null when its document is not readable (or gone) or the span is past its text. */
  load(key: PassageKey): Promise<PassageRecord | null> {
    checkSpan(key);
    const id = passageId(key.documentId, key);
    this.keys.set(id, { documentId: key.documentId, start: key.start, end: key.end });
    return this.loader.load(id);
  }
}

function checkSpan({ start, end }: PassageSpan): void {
  if (!Number.isInteger(start) || !Number.isInteger(end) || start < 0 || end < start) {
    throw new BadUserInputError('A passage needs 0 <= start <= end (whole numbers).', 'start');
  }
  if (end - start > MAX_PASSAGE_CHARS) {
    throw new BadUserInputError(
      `A passage is at most ${MAX_PASSAGE_CHARS} characters long.`,
      'end',
    );
  }
}

import type { Client } from '@elastic/elasticsearch';
import type { IndexedDocument } from '@quarry/search-index';

/**
 * Writes (or replaces) one document under its id. The pipeline is the writer in production; tests,
 * the gateway's tests and the benchmark use this. Pass refresh to read right after writing.
 */
export async function indexDocument(
  client: Client,
  alias: string,
  doc: IndexedDocument,
  options: { refresh?: boolean } = {},
): Promise<void> {
  await client.index({
    index: alias,
    id: doc.id,
    document: doc,
    refresh: options.refresh ? 'wait_for' : false,
  });
}

import { Client } from '@elastic/elasticsearch';
import { ensureSearchIndex } from '@quarry/search-index';
import { storeConnections } from './connections.ts';
import type { StackContext } from './services/index.ts';

/** The alias the documents subgraph and the pipeline use by default (DOCUMENTS_INDEX). */
const DOCUMENTS_ALIAS = 'quarry-documents';

/**
 * Creates or migrates the documents index once, before any service that writes to it starts:
 * a migration must not race with writers (see @quarry/search-index).
 */
export async function setupSearchIndex(ctx: StackContext, say: (line: string) => void) {
  const client = new Client({ node: storeConnections(ctx).ELASTICSEARCH_URL });
  try {
    const result = await ensureSearchIndex(client, DOCUMENTS_ALIAS);
    if (result.migrated > 0 || result.retired.length > 0) {
      say(
        `  search index migrated to ${result.index}: ${result.migrated} documents copied; ` +
          `old index kept: ${result.retired.join(', ')} (delete it when satisfied)`,
      );
    }
  } finally {
    await client.close();
  }
}

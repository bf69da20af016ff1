import type { Client } from '@elastic/elasticsearch';
import type { PrismaClient } from '@quarry/prisma';
import type { IndexedDocument } from '@quarry/search-index';
import { groupCommit, type GroupCommit } from '../group-commit.ts';

export interface IndexEntry {
  /** Complete but for `isLatest`, which is decided here, next to the write. */
  document: Omit<IndexedDocument, 'isLatest'>;
  /** The version this one replaces: marked historical once this one is indexed as the latest. */
  replacesDocumentId: string | null;
}

/** Resolves once the document is in the index (not yet searchable: the index refreshes on its own). */
export type IndexWriter = GroupCommit<IndexEntry, { isLatest: boolean }>;

/** Elasticsearch refused one document of a bulk request (mapping, size): that item fails alone. */
class RefusedDocumentError extends Error {
  constructor(reason: string) {
    super(reason);
    // describeFailure tells people "the search index refused the document" for this name.
    this.name = 'ResponseError';
  }
}

/** A bulk request stays well below Elasticsearch's 100 MB request limit. */
const MAX_BULK_CHARS = 8_000_000;

interface Stores {
  elasticsearch: Client;
  prisma: PrismaClient;
  index: string;
}

/** Newest version per lineage that is not failed: a newer one makes a document historical. */
async function newestVersions(prisma: PrismaClient, lineageIds: string[]) {
  const rows = await prisma.ingestItem.groupBy({
    by: ['lineageId'],
    where: {
      lineageId: { in: [...new Set(lineageIds)] },
      duplicate: false,
      status: { not: 'failed' },
    },
    _max: { version: true },
  });
  return new Map(rows.map((row) => [row.lineageId, row._max.version ?? 0]));
}

type BulkItem = { status: number; error?: { type?: string; reason?: string | null } };

async function bulk(client: Client, operations: object[]): Promise<BulkItem[]> {
  // Only what is read below: the full answer repeats index, id, version and shard counts for every
  // document, and parsing it cost more than building the request.
  const response = await client.bulk({
    operations,
    filter_path: ['items.*.status', 'items.*.error'],
  });
  return response.items.map((item) => {
    const result = Object.values(item)[0]!;
    return { status: result.status, error: result.error ?? undefined };
  });
}

/** Indexes a batch: complete documents, one `index` operation each, in as few requests as fit. */
async function writeBatch(stores: Stores, entries: IndexEntry[]) {
  const newest = await newestVersions(
    stores.prisma,
    entries.map((e) => e.document.lineageId),
  );
  const documents: IndexedDocument[] = entries.map(({ document }) => ({
    ...document,
    isLatest: (newest.get(document.lineageId) ?? 0) <= document.version,
  }));
  const results: Array<{ isLatest: boolean } | Error> = [];
  for (let from = 0; from < documents.length;) {
    let to = from;
    let chars = 0;
    while (to < documents.length && (to === from || chars < MAX_BULK_CHARS)) {
      chars += documents[to]!.textLength;
      to++;
    }
    const slice = documents.slice(from, to);
    const items = await bulk(
      stores.elasticsearch,
      slice.flatMap((document) => [
        { index: { _index: stores.index, _id: document.id } },
        document,
      ]),
    );
    slice.forEach((document, i) => {
      const error = items[i]?.error;
      results.push(
        error
          ? new RefusedDocumentError(`${error.type ?? 'error'}: ${error.reason ?? ''}`)
          : { isLatest: document.isLatest },
      );
    });
    from = to;
  }
  await markReplaced(stores, entries, results);
  return results;
}

/** The versions replaced by a newly indexed latest version stop being the latest. */
async function markReplaced(
  stores: Stores,
  entries: IndexEntry[],
  results: Array<{ isLatest: boolean } | Error>,
) {
  const replaced = entries
    .map((entry, i) => ({ i, id: entry.replacesDocumentId, result: results[i] }))
    .filter((r) => r.id && r.result && !(r.result instanceof Error) && r.result.isLatest);
  if (replaced.length === 0) return;
  const items = await bulk(
    stores.elasticsearch,
    replaced.flatMap(({ id }) => [
      { update: { _index: stores.index, _id: id } },
      { doc: { isLatest: false } },
    ]),
  );
  replaced.forEach(({ i }, k) => {
    const item = items[k];
    // The older version may have failed and never been indexed (404).
    if (item?.error && item.status !== 404) {
      results[i] = new RefusedDocumentError(
        `${item.error.type ?? 'error'}: ${item.error.reason ?? ''}`,
      );
    }
  });
}

/**
 * Documents of all the jobs a process works on, group-committed into bulk requests. Each document
 * is one `index` operation of a bulk, so a search never sees half of it, and its derived id makes
 * a repeated write an overwrite. The stores are read per batch (tests swap the clients).
 */
export function indexWriter(stores: () => Stores): IndexWriter {
  return groupCommit((entries) => writeBatch(stores(), entries), { maxBatch: 200 });
}

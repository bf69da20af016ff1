import type { Context } from '../context.ts';
import { readableCollections } from '../policy.ts';
import { checkPageSize } from '../search/search-input.ts';
import type { DocumentRecord } from '../store/document-record.ts';
import { documentGone } from './query.ts';

export const Document = {
  /** Same collection filter as the root fields: another subgraph cannot be used to read around it. */
  __resolveReference: (ref: { id: string }, ctx: Context) => ctx.loaders.document.load(ref.id),

  /** The accounts subgraph resolves the rest of the collection. */
  collection: (doc: DocumentRecord) => ({ id: doc.collectionId }),
  mimeType: (doc: DocumentRecord) => doc.mediaType || null,
  createdAt: (doc: DocumentRecord) => doc.ingestedAt,
  languages: (doc: DocumentRecord) => doc.languages ?? [],
  keyPhrases: (doc: DocumentRecord) =>
    doc.keyPhraseScores?.length
      ? doc.keyPhraseScores
      : (doc.keyPhrases ?? []).map((phrase) => ({ phrase, score: 0 })),
  metadata: (doc: DocumentRecord) =>
    Object.entries(doc.metadata ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ({ key, value: String(value) })),
  warnings: (doc: DocumentRecord) => doc.warnings ?? [],
  skills: (doc: DocumentRecord) => doc.skills ?? [],
  downloadPath: (doc: DocumentRecord) => `/originals/${encodeURIComponent(doc.id)}`,

  text: async (
    doc: DocumentRecord,
    args: { page?: number | null; highlight?: string | null },
    ctx: Context,
  ) =>
    (await ctx.documents.textPage(
      doc.id,
      readableCollections(ctx.viewer),
      args.page ?? 1,
      args.highlight,
    )) ?? documentGone(),

  parent: (doc: DocumentRecord, _: unknown, ctx: Context) =>
    doc.parentId ? ctx.loaders.document.load(doc.parentId) : null,

  children: (
    doc: DocumentRecord,
    args: { first?: number | null; after?: string | null },
    ctx: Context,
  ) =>
    ctx.documents.children(
      doc.id,
      readableCollections(ctx.viewer),
      checkPageSize(args.first, 50),
      args.after,
    ),

  versions: (doc: DocumentRecord, _: unknown, ctx: Context) =>
    ctx.documents.versions(doc.lineageId, readableCollections(ctx.viewer)),
};

export const DocumentVersion = {
  createdAt: (doc: DocumentRecord) => doc.ingestedAt,
};

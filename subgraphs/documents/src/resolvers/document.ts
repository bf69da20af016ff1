import type {
  DocumentResolvers,
  DocumentVersionResolvers,
} from '../../generated/resolvers-types.ts';
import { toApiKnowledgeQuality, toApiKnowledgeStatus } from '../ingest/knowledge-stats.ts';
import { entityGroups } from '../knowledge/entity-summary.ts';
import { readableCollections } from '../policy.ts';
import { checkPageSize } from '../search/search-input.ts';
import { documentGone } from './query.ts';

export const Document: DocumentResolvers = {
  /** Same collection filter as the root fields: another subgraph cannot be used to read around it. */
  __resolveReference: (ref, ctx) => ctx.loaders.document.load(ref.id),

  /** The accounts subgraph resolves the rest of the collection. */
  collection: (doc) => ({ id: doc.collectionId }),
  mimeType: (doc) => doc.mediaType || null,
  createdAt: (doc) => doc.ingestedAt,
  languages: (doc) => doc.languages ?? [],
  keyPhrases: (doc) =>
    doc.keyPhraseScores?.length
      ? doc.keyPhraseScores
      : (doc.keyPhrases ?? []).map((phrase) => ({ phrase, score: 0 })),
  metadata: (doc) =>
    Object.entries(doc.metadata ?? {})
      .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
      .map(([key, value]) => ({ key, value: String(value) })),
  warnings: (doc) => doc.warnings ?? [],
  skills: (doc) => doc.skills ?? [],
  knowledgeQuality: (doc) => toApiKnowledgeQuality(doc.knowledgeQuality),
  knowledgeStatus: async (doc, _, ctx) =>
    toApiKnowledgeStatus((await ctx.loaders.documentKnowledgeStatus.load(doc.id)) ?? 'none'),
  entitySummary: (doc) => entityGroups(doc.entities),
  downloadPath: (doc) => `/originals/${encodeURIComponent(doc.id)}`,

  text: async (doc, args, ctx) =>
    (await ctx.documents.textPage(
      doc.id,
      readableCollections(ctx.viewer),
      args.page ?? 1,
      args.highlight,
    )) ?? documentGone(),

  parent: (doc, _, ctx) => (doc.parentId ? ctx.loaders.document.load(doc.parentId) : null),

  children: (doc, args, ctx) =>
    ctx.documents.children(
      doc.id,
      readableCollections(ctx.viewer),
      checkPageSize(args.first, 50),
      args.after,
    ),

  versions: (doc, _, ctx) => ctx.documents.versions(doc.lineageId, readableCollections(ctx.viewer)),
};

export const DocumentVersion: DocumentVersionResolvers = {
  createdAt: (doc) => doc.ingestedAt,
};

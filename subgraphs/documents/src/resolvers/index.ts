import type { Resolvers } from '../../generated/resolvers-types.ts';
import { Document, DocumentVersion } from './document.ts';
import { IngestItem, IngestJob, IngestOverview } from './ingest.ts';
import { Passage } from '../passages/passage-resolvers.ts';
import { Mutation } from './mutation.ts';
import { Query } from './query.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation,
  Document,
  DocumentVersion,
  IngestJob,
  IngestItem,
  IngestOverview,
  Passage,
};

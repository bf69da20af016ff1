import { Document } from './document.ts';
import { Query } from './query.ts';

export const resolvers = { Query, Document };

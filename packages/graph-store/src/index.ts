export type { DocumentKnowledge } from '@quarry/knowledge';

import { randomUUID } from 'node:crypto';

/** Keys of entities an analyst made (a split's new entity): no document or knowledge base names them. */
const CURATED_PREFIX = 'curated:';

export const newCuratedKey = (): string => `${CURATED_PREFIX}${randomUUID()}`;

export const isCuratedKey = (key: string): boolean => key.startsWith(CURATED_PREFIX);

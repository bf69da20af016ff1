import type { ApiTokenResolvers, SessionResolvers } from '../../generated/resolvers-types.ts';
import { parseIdList, parseScopes } from '../identity/scopes.ts';
import { iso, isoOrNull } from './dates.ts';
import { apiScope } from './enums.ts';

/** Reached only through the owner's own lists or the admin lists: the policy was already applied. */
export const ApiToken: ApiTokenResolvers = {
  scopes: (token) => parseScopes(token.scopes).map(apiScope),
  collectionIds: (token) => parseIdList(token.collectionIds),
  owner: (token, _args, context) => context.store.userById(token.userId).then((user) => user!),
  createdAt: (token) => iso(token.createdAt),
  expiresAt: (token) => iso(token.expiresAt),
  lastUsedAt: (token) => isoOrNull(token.lastUsedAt),
  revokedAt: (token) => isoOrNull(token.revokedAt),
};

export const Session: SessionResolvers = {
  createdAt: (session) => iso(session.createdAt),
  expiresAt: (session) => iso(session.expiresAt),
  lastSeenAt: (session) => isoOrNull(session.lastSeenAt),
  revokedAt: (session) => isoOrNull(session.revokedAt),
  current: (session, _args, context) =>
    context.viewer?.via === 'session' && context.viewer.cid === session.id,
};

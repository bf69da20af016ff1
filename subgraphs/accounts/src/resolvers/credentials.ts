import type { AccountUser } from '../accounts-store.ts';
import type { Context } from '../context.ts';
import type { ApiTokenRecord, SessionRecord } from '../identity/identity-store.ts';
import { parseIdList, parseScopes } from '../identity/scopes.ts';
import { iso, isoOrNull } from './dates.ts';

/** Reached only through the owner's own lists or the admin lists: the policy was already applied. */
export const ApiToken = {
  scopes: (token: ApiTokenRecord): string[] =>
    parseScopes(token.scopes).map((scope) => scope.toUpperCase()),
  collectionIds: (token: ApiTokenRecord): string[] | null => parseIdList(token.collectionIds),
  owner: (token: ApiTokenRecord, _args: unknown, context: Context): Promise<AccountUser> =>
    context.store.userById(token.userId).then((user) => user!),
  createdAt: (token: ApiTokenRecord): string => iso(token.createdAt),
  expiresAt: (token: ApiTokenRecord): string => iso(token.expiresAt),
  lastUsedAt: (token: ApiTokenRecord): string | null => isoOrNull(token.lastUsedAt),
  revokedAt: (token: ApiTokenRecord): string | null => isoOrNull(token.revokedAt),
};

export const Session = {
  createdAt: (session: SessionRecord): string => iso(session.createdAt),
  expiresAt: (session: SessionRecord): string => iso(session.expiresAt),
  lastSeenAt: (session: SessionRecord): string | null => isoOrNull(session.lastSeenAt),
  revokedAt: (session: SessionRecord): string | null => isoOrNull(session.revokedAt),
  current: (session: SessionRecord, _args: unknown, context: Context): boolean =>
    context.viewer?.via === 'session' && context.viewer.cid === session.id,
};

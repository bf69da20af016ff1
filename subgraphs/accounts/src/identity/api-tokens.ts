import { createId } from './id.ts';
import { BadUserInputError } from '@quarry/service-kit';
import type { CreateApiTokenInput } from '../../generated/resolvers-types.ts';
import type { AccountUser } from '../accounts-store.ts';
import { effectiveAccess } from './access.ts';
import type { ApiTokenRecord, IdentityStore } from './identity-store.ts';
import { isScope, type Scope } from './scopes.ts';
import { formatToken, hashSecret, newTokenSecret, visiblePrefix } from './token-format.ts';

export const MAX_TOKEN_DAYS = 365;
export const MAX_TOKEN_NAME = 100;

export interface CreatedApiToken {
  token: ApiTokenRecord;
  /** The whole `qk_…` credential: returned once, never stored. */
  secret: string;
}

function toScopes(values: readonly string[]): Scope[] {
  const scopes = [...new Set(values.map((value) => value.toLowerCase()))];
  if (scopes.length === 0) throw new BadUserInputError('A token needs at least one scope.');
  if (!scopes.every(isScope)) throw new BadUserInputError('Unknown scope.');
  return scopes;
}

/**
 * Creates an API token for `owner`. The owner's current state decides what may be asked for: the
 * ADMIN scope only for admins, a collection restriction only within the collections they can read.
 */
export async function createApiToken(
  identity: IdentityStore,
  owner: AccountUser,
  input: CreateApiTokenInput,
): Promise<CreatedApiToken> {
  const name = input.name.trim();
  if (!name || name.length > MAX_TOKEN_NAME) {
    throw new BadUserInputError(`The name needs 1 to ${MAX_TOKEN_NAME} characters.`);
  }
  const scopes = toScopes(input.scopes);
  if (scopes.includes('admin') && !owner.roles.includes('admin')) {
    throw new BadUserInputError('Only admins can create tokens with the ADMIN scope.');
  }
  const days = input.expiresInDays;
  if (!Number.isInteger(days) || days < 1 || days > MAX_TOKEN_DAYS) {
    throw new BadUserInputError(`expiresInDays must be between 1 and ${MAX_TOKEN_DAYS}.`);
  }
  let collectionIds: string[] | null = null;
  if (input.collectionIds !== null && input.collectionIds !== undefined) {
    collectionIds = [...new Set(input.collectionIds)].sort();
    if (collectionIds.length === 0) {
      throw new BadUserInputError('collectionIds must list at least one collection, or be null.');
    }
    const readable = new Set(effectiveAccess(await identity.accessRows(owner.id)).read);
    if (!collectionIds.every((id) => readable.has(id))) {
      throw new BadUserInputError('A token can only be restricted to collections you can read.');
    }
  }
  const id = createId();
  const secret = newTokenSecret();
  const token = await identity.createApiToken({
    id,
    userId: owner.id,
    name,
    prefix: visiblePrefix(id),
    secretHash: hashSecret(secret),
    scopes: JSON.stringify(scopes),
    collectionIds: collectionIds ? JSON.stringify(collectionIds) : null,
    expiresAt: new Date(Date.now() + days * 86_400_000),
  });
  return { token, secret: formatToken(id, secret) };
}

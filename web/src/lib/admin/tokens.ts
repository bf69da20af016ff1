import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
import { ADMIN_API_TOKENS, REVOKE_API_TOKEN, TOKENS_PAGE_SIZE } from '../operations/admin.ts';

// API tokens (identity contract). Admin list + revoke here; the viewer's own tokens are in
// lib/profile/operations.ts, which reuses revokeApiToken (own token, or any for admins).

export { TOKENS_PAGE_SIZE };

export function fetchApiTokens(
  userId: string | null,
  after: string | null,
  first = TOKENS_PAGE_SIZE,
) {
  return runOperation(ADMIN_API_TOKENS, { userId, first, after });
}

export function revokeApiToken(id: string) {
  return runOperation(REVOKE_API_TOKEN, { id });
}

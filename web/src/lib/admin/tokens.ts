import 'server-only';
import { z } from 'zod';
import { runOperation } from './run-operation.ts';
import { apiToken, page } from './schemas.ts';
import { ADMIN_API_TOKENS, REVOKE_API_TOKEN, TOKENS_PAGE_SIZE } from '../operations/admin.ts';

// API tokens (identity contract). Admin list + revoke here; the viewer's own tokens are in
// lib/profile/tokens.ts, which reuses revokeApiToken (own token, or any for admins).

export { TOKENS_PAGE_SIZE };

export function fetchApiTokens(
  token: string,
  userId: string | null,
  after: string | null,
  first = TOKENS_PAGE_SIZE,
) {
  return runOperation(
    token,
    ADMIN_API_TOKENS,
    { userId, first, after },
    z.object({ apiTokens: page(apiToken) }),
  );
}

export function revokeApiToken(token: string, id: string) {
  return runOperation(token, REVOKE_API_TOKEN, { id }, z.object({ revokeApiToken: apiToken }));
}

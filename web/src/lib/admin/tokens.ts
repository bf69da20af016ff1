import 'server-only';
import { z } from 'zod';
import { API_TOKEN, PAGE_INFO } from './fields.ts';
import { runOperation } from './run-operation.ts';
import { apiToken, page } from './schemas.ts';

// API tokens (identity contract). Admin list + revoke here; the viewer's own tokens are in
// lib/profile/tokens.ts, which reuses revokeApiToken (own token, or any for admins).

export const TOKENS_PAGE_SIZE = 50;

export function fetchApiTokens(
  token: string,
  userId: string | null,
  after: string | null,
  first = TOKENS_PAGE_SIZE,
) {
  return runOperation(
    token,
    `query AdminApiTokens($userId: ID, $first: Int!, $after: String) {
      apiTokens(userId: $userId, first: $first, after: $after) { nodes { ${API_TOKEN} } ${PAGE_INFO} }
    }`,
    { userId, first, after },
    z.object({ apiTokens: page(apiToken) }),
  );
}

export function revokeApiToken(token: string, id: string) {
  return runOperation(
    token,
    `mutation RevokeApiToken($id: ID!) { revokeApiToken(id: $id) { ${API_TOKEN} } }`,
    { id },
    z.object({ revokeApiToken: apiToken }),
  );
}

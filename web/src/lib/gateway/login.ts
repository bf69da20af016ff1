import { getOperationAST, print, type DocumentNode } from 'graphql';
import { z } from 'zod';
import { LOGIN_MUTATION, OIDC_LOGIN_MUTATION } from '../operations/sign-in.ts';

const loginResponse = z.object({
  data: z
    .object({
      login: z.object({
        ok: z.boolean(),
        token: z.string().nullish(),
        expiresAt: z.string().nullish(),
        user: z
          .object({
            id: z.string(),
            email: z.string(),
            name: z.string(),
            roles: z.array(z.string()),
          })
          .nullish(),
        error: z.string().nullish(),
      }),
    })
    .nullish(),
  errors: z.array(z.object({ message: z.string() })).optional(),
});

export interface LoginUser {
  id: string;
  email: string;
  name: string;
  roles: string[];
}

export type LoginResult =
  | { kind: 'ok'; token: string; expiresAt: string | null; user: LoginUser }
  /** The gateway answered and said no (wrong email or password, disabled account…). */
  | { kind: 'rejected'; reason: string }
  /** The gateway could not be reached or answered something we do not understand. */
  | { kind: 'unavailable'; reason: string };

/** Interprets a gateway reply to the login mutation. Pure: unit-tested without a server. */
export function interpretLoginResponse(status: number, body: unknown): LoginResult {
  const parsed = loginResponse.safeParse(body);
  if (!parsed.success)
    return { kind: 'unavailable', reason: `unexpected login response (HTTP ${status})` };
  const login = parsed.data.data?.login;
  if (!login) {
    const message = parsed.data.errors?.map((e) => e.message).join('; ') ?? `HTTP ${status}`;
    return { kind: 'unavailable', reason: `login failed: ${message}` };
  }
  if (!login.ok || !login.token || !login.user)
    return { kind: 'rejected', reason: login.error ?? 'rejected' };
  return { kind: 'ok', token: login.token, expiresAt: login.expiresAt ?? null, user: login.user };
}

/** Calls the gateway's anonymous `login` mutation (no Authorization header: sign-ins are the open operations). */
export function gatewayLogin(
  gatewayUrl: string,
  email: string,
  password: string,
  /** Headers naming the browser's address (X-Forwarded-For), so the sign-in is audited with it. */
  addressHeaders: Record<string, string> = {},
): Promise<LoginResult> {
  return postSignIn(gatewayUrl, LOGIN_MUTATION, { email, password }, addressHeaders);
}

/** Calls the gateway's anonymous `loginWithOidc` mutation with the provider's ID token. */
export function gatewayOidcLogin(
  gatewayUrl: string,
  idToken: string,
  addressHeaders: Record<string, string> = {},
): Promise<LoginResult> {
  return postSignIn(gatewayUrl, OIDC_LOGIN_MUTATION, { idToken }, addressHeaders);
}

async function postSignIn(
  gatewayUrl: string,
  document: DocumentNode,
  variables: Record<string, string>,
  addressHeaders: Record<string, string>,
): Promise<LoginResult> {
  let response: Response;
  try {
    response = await fetch(`${gatewayUrl}/graphql`, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...addressHeaders,
      },
      body: JSON.stringify({
        query: print(document),
        variables,
        operationName: getOperationAST(document)?.name?.value,
      }),
      cache: 'no-store',
      signal: AbortSignal.timeout(10_000),
    });
  } catch (error) {
    return { kind: 'unavailable', reason: error instanceof Error ? error.message : String(error) };
  }
  const body: unknown = await response.json().catch(() => null);
  return interpretLoginResponse(response.status, body);
}

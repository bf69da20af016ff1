import 'server-only';
import { z } from 'zod';
import { gatewayGraphql, type GraphqlResult } from '../gateway/graphql.ts';

/**
 * Runs one fixed operation with the viewer's token and checks the answer's shape with zod, so a
 * change of the API contract shows up as a clear BAD_RESPONSE error instead of a broken page.
 * Shared by the admin and profile modules (each keeps its own operations and schemas).
 */
export async function runOperation<S extends z.ZodType>(
  token: string,
  query: string,
  variables: Record<string, unknown>,
  schema: S,
): Promise<GraphqlResult<z.infer<S>>> {
  const result = await gatewayGraphql<unknown>(token, query, variables);
  if (!result.ok) return result;
  const parsed = schema.safeParse(result.data);
  if (parsed.success) return { ok: true, data: parsed.data };
  return {
    ok: false,
    errors: [
      {
        code: 'BAD_RESPONSE',
        message: `The API answered in an unexpected shape: ${z.prettifyError(parsed.error)}`,
      },
    ],
  };
}

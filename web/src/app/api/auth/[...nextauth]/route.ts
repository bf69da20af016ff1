import NextAuth from 'next-auth';
import { authOptions } from '../../../../lib/auth/options.ts';

interface RouteContext {
  params: Promise<{ nextauth: string[] }>;
}

// Built per request from the lazily validated env, so `next build` does not need runtime secrets.
async function handler(request: Request, context: RouteContext): Promise<Response> {
  return (await NextAuth(request as never, context as never, authOptions())) as Response;
}

export { handler as GET, handler as POST };

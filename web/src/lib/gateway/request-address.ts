import 'server-only';
import { headers } from 'next/headers';
import { forwardedForValue } from './client-address.ts';

// A user agent longer than this is not a browser's; accounts keeps 300 characters anyway.
const MAX_USER_AGENT = 512;

/**
 * `{ 'x-forwarded-for': <browser address>, 'user-agent': <browser's> }` for a call made while
 * handling a request (server component, server action, route handler), so the audit log and the
 * session list name the browser, not this server; empty outside a request (e.g. at build time).
 */
export async function clientAddressHeaders(): Promise<Record<string, string>> {
  try {
    const incoming = await headers();
    const address = forwardedForValue(incoming.get('x-forwarded-for'));
    const agent = incoming.get('user-agent')?.slice(0, MAX_USER_AGENT);
    return {
      ...(address ? { 'x-forwarded-for': address } : {}),
      ...(agent ? { 'user-agent': agent } : {}),
    };
  } catch {
    return {};
  }
}

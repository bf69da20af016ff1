import 'server-only';
import { headers } from 'next/headers';
import { forwardedForValue } from './client-address.ts';

/**
 * `{ 'x-forwarded-for': <browser address> }` for a call made while handling a request (server
 * component, server action, route handler); empty outside a request (e.g. at build time).
 */
export async function clientAddressHeaders(): Promise<Record<string, string>> {
  try {
    const value = forwardedForValue((await headers()).get('x-forwarded-for'));
    return value ? { 'x-forwarded-for': value } : {};
  } catch {
    return {};
  }
}

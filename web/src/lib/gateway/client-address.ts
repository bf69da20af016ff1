// The browser's address for the gateway (and so for the audit log's "from where"). Next's server
// sets x-forwarded-for on every incoming request (the proxy's chain, or the socket's address when
// there is none), so that header is all we read; it is passed on as it came.

/** IPv4/IPv6 addresses separated by commas; anything else is dropped rather than forwarded. */
const CHAIN = /^[0-9A-Fa-f.:]+(\s*,\s*[0-9A-Fa-f.:]+)*$/;
// A chain longer than a few hops is not a real proxy path; cap what we pass on.
const MAX_LENGTH = 256;

/** The incoming x-forwarded-for value as it should be forwarded, or null. Pure, unit-tested. */
export function forwardedForValue(header: string | null | undefined): string | null {
  const value = header?.trim();
  if (!value || value.length > MAX_LENGTH || !CHAIN.test(value)) return null;
  return value
    .split(',')
    .map((part) => part.trim())
    .join(', ');
}

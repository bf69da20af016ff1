// CSRF guard for Quarry's own JSON routes. next-auth's session cookie rides along on any request
// to our origin, so a route that acts for the viewer must know the request came from our pages.
// Pure, unit-tested; route handlers call it through route-guard.ts.

export interface OriginHeaders {
  origin: string | null;
  /** Fetch metadata: same-origin, same-site, cross-site or none. Sent by every current browser. */
  secFetchSite: string | null;
  /** navigate, cors, no-cors, same-origin, websocket. */
  secFetchMode?: string | null;
}

export interface OriginOptions {
  /**
   * Let other sites link to this GET route (a top-level navigation, e.g. a download link pasted
   * into a chat), while still refusing their <img>/<iframe>/fetch requests.
   */
  allowCrossSiteNavigation?: boolean;
}

export type OriginCheck = { ok: true } | { ok: false; reason: string };

/**
 * Requests that change something (anything but GET/HEAD) must carry an Origin equal to the app's
 * own (NEXTAUTH_URL); browsers always send Origin on such fetch/XHR requests. Reads may come
 * without Origin (browsers omit it on same-origin GET) but not from another site.
 */
export function checkSameOrigin(
  method: string,
  headers: OriginHeaders,
  appUrl: string,
  options: OriginOptions = {},
): OriginCheck {
  const own = new URL(appUrl).origin;
  const safe = method === 'GET' || method === 'HEAD';
  const foreign = headers.secFetchSite === 'cross-site' || headers.secFetchSite === 'same-site';
  if (foreign) {
    const navigation = headers.secFetchMode === 'navigate';
    if (!(safe && navigation && options.allowCrossSiteNavigation))
      return { ok: false, reason: 'Requests from other sites are refused.' };
    return { ok: true };
  }
  if (headers.origin === null || headers.origin === '') {
    return safe ? { ok: true } : { ok: false, reason: 'The request has no Origin header.' };
  }
  let origin: string;
  try {
    origin = new URL(headers.origin).origin;
  } catch {
    return { ok: false, reason: 'The Origin header is malformed.' };
  }
  return origin === own ? { ok: true } : { ok: false, reason: `Origin ${origin} is not ${own}.` };
}

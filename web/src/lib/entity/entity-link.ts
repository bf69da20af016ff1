// Entity pages live at /entities/<key>, the key URL-encoded as one path segment (keys contain
// ':' and spaces, e.g. `name:PERSON:friedrich merz`, and may contain '/').

export function entityHref(key: string): string {
  return `/entities/${encodeURIComponent(key)}`;
}

/** Longest key the page accepts (the API's keys are far shorter). */
export const MAX_KEY_LENGTH = 1_000;

/**
 * The key from the route parameter. Next.js hands dynamic segments over still percent-encoded, so
 * it is decoded here once; a malformed encoding or an over-long key is no key (the page's 404).
 */
export function entityKeyFromParam(param: string): string | null {
  let key: string;
  try {
    key = decodeURIComponent(param);
  } catch {
    return null;
  }
  return key.trim() && key.length <= MAX_KEY_LENGTH ? key : null;
}

// Reading Next's searchParams (a record of string | string[]) the same way on every admin page.

export type SearchParams = Record<string, string | string[] | undefined>;

/** The first value, trimmed; null when missing, empty or longer than `max`. */
export function param(params: SearchParams, name: string, max = 200): string | null {
  const raw = params[name];
  const value = (Array.isArray(raw) ? raw[0] : raw)?.trim();
  return value && value.length <= max ? value : null;
}

/** An opaque page cursor (`after`): passed back to the API as it came, within reason. */
export function cursorParam(params: SearchParams): string | null {
  return param(params, 'after', 512);
}

/** "/admin/users?after=…" — a path with the non-empty query values, in the given order. */
export function withQuery(path: string, values: Record<string, string | null | undefined>): string {
  const query = new URLSearchParams();
  for (const [name, value] of Object.entries(values)) if (value) query.set(name, value);
  const text = query.toString();
  return text ? `${path}?${text}` : path;
}

/** The next page's link of a cursor page, or null on the last page. */
export function nextPageHref(
  path: string,
  page: { hasNextPage: boolean; endCursor: string | null },
  values: Record<string, string | null | undefined> = {},
): string | null {
  return page.hasNextPage && page.endCursor
    ? withQuery(path, { ...values, after: page.endCursor })
    : null;
}

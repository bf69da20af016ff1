import { FIRST_PAGE_MARK, type SearchState } from './search-state.ts';

// Cursor pagination without client state.
//
// The API pages forward only (`after` = the previous page's endCursor). To go back, the URL carries
// a stack of the cursors of the pages before the current one in `prev` (comma-separated; base64url
// cursors never contain a comma, and "~" stands for the first page, which has no cursor). "Next"
// pushes the current cursor and moves to endCursor; "Previous" pops the last entry.
//
// Why the URL and not browser history or session storage: it works without JavaScript, survives a
// reload, can be bookmarked or shared, and Back/Forward keep working as usual on top of it. The
// cursors are stateless sort values, so an old link still opens a valid page (documents indexed
// since may shift what is on it, which a search result may do anyway).
//
// The stack is bounded (MAX_PREV_CURSORS) so URLs stay well under any server's limit: after more
// pages than that, "Previous" still works for the most recent ones, and "First page" always does.
export const MAX_PREV_CURSORS = 20;

export function nextPageState(state: SearchState, endCursor: string): SearchState {
  const prev = [...state.prev, state.after ?? FIRST_PAGE_MARK].slice(-MAX_PREV_CURSORS);
  return { ...state, after: endCursor, prev, page: state.page + 1 };
}

/** The page before this one, or null when the stack no longer reaches back (use firstPageState). */
export function previousPageState(state: SearchState): SearchState | null {
  if (!state.after) return null;
  const last = state.prev.at(-1);
  if (last === undefined) return null;
  if (last === FIRST_PAGE_MARK) return firstPageState(state);
  return {
    ...state,
    after: last,
    prev: state.prev.slice(0, -1),
    page: Math.max(2, state.page - 1),
  };
}

export function firstPageState(state: SearchState): SearchState {
  return { ...state, after: null, prev: [], page: 1 };
}

/** "21–40" for page 2 of 20 per page with 40+ hits; clamps to the total. */
export function resultRange(
  page: number,
  perPage: number,
  shown: number,
): { from: number; to: number } {
  const from = (page - 1) * perPage + 1;
  return { from: shown > 0 ? from : 0, to: shown > 0 ? from + shown - 1 : 0 };
}

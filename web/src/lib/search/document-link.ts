import { MAX_QUERY_LENGTH } from './search-state.ts';
import type { RawSearchParams } from './search-state.ts';

// Links between search results and the document page. The document page shows one text page at a
// time (`page`), highlights `q` on it, and knows from `hits` which other pages the search found
// matches on (the pages of the result's snippets), for "previous / next match page" links: the API
// reports highlights for one page per request, so the search result is the cheap source of them.

/** Same limit as the API's query length. */
const MAX_HIT_PAGES = 20;
const MAX_PAGE = 1_000_000;

export interface DocumentLinkOptions {
  q?: string;
  page?: number | null;
  hits?: readonly number[];
  /** Cursor of the children list. */
  children?: string | null;
  /** A passage to highlight and scroll to (document offsets, end exclusive). */
  at?: TextSpan | null;
}

export interface TextSpan {
  start: number;
  end: number;
}

export interface DocumentParams {
  q: string;
  page: number;
  hits: number[];
  children: string | null;
  at: TextSpan | null;
}

export function documentHref(id: string, options: DocumentLinkOptions = {}): string {
  const params = new URLSearchParams();
  const q = options.q?.trim();
  if (q) params.set('q', q);
  if (options.page && options.page > 1) params.set('page', String(options.page));
  const hits = normaliseHitPages(options.hits ?? []);
  if (q && hits.length > 0) params.set('hits', hits.join(','));
  if (options.children) params.set('children', options.children);
  if (options.at && isSpan(options.at)) params.set('at', `${options.at.start}-${options.at.end}`);
  const query = params.toString();
  return `/documents/${encodeURIComponent(id)}${query ? `?${query}` : ''}`;
}

/** The download link of the original; `inline` asks for a preview disposition. */
export function originalHref(id: string, inline = false): string {
  return `/api/originals/${encodeURIComponent(id)}${inline ? '?inline=1' : ''}`;
}

function first(params: RawSearchParams, name: string): string {
  const value = params[name];
  return (Array.isArray(value) ? value[0] : value) ?? '';
}

function isPage(n: number): boolean {
  return Number.isInteger(n) && n >= 1 && n <= MAX_PAGE;
}

export function normaliseHitPages(pages: readonly number[]): number[] {
  return [...new Set(pages.filter(isPage))].sort((a, b) => a - b).slice(0, MAX_HIT_PAGES);
}

export function parseDocumentParams(params: RawSearchParams): DocumentParams {
  const page = Number(first(params, 'page') || '1');
  const hits = first(params, 'hits')
    .split(',')
    .filter((s) => /^\d+$/.test(s))
    .map(Number);
  const children = first(params, 'children').trim();
  return {
    q: first(params, 'q').trim().slice(0, MAX_QUERY_LENGTH),
    page: isPage(page) ? page : 1,
    hits: normaliseHitPages(hits),
    children: children && /^[A-Za-z0-9_\-=.]{1,1024}$/.test(children) ? children : null,
    at: parseSpan(first(params, 'at')),
  };
}

/** Offsets a text can have (the pipeline indexes at most 20 million characters). */
const MAX_OFFSET = 100_000_000;

function isSpan(span: TextSpan): boolean {
  return (
    Number.isInteger(span.start) &&
    Number.isInteger(span.end) &&
    span.start >= 0 &&
    span.end >= span.start &&
    span.end <= MAX_OFFSET
  );
}

/** `120-135` → {start: 120, end: 135}; anything else → null (the page then marks nothing). */
export function parseSpan(value: string): TextSpan | null {
  const match = /^(\d{1,9})-(\d{1,9})$/.exec(value.trim());
  if (!match) return null;
  const span = { start: Number(match[1]), end: Number(match[2]) };
  return isSpan(span) ? span : null;
}

/** The nearest known match pages before and after the current page. */
export function hitPageNeighbours(
  current: number,
  hits: readonly number[],
): { previous: number | null; next: number | null } {
  const sorted = normaliseHitPages(hits);
  const previous = sorted.filter((p) => p < current).at(-1) ?? null;
  const next = sorted.find((p) => p > current) ?? null;
  return { previous, next };
}

/** Pages of a search hit's snippets, in snippet order (best first), without title matches. */
export function snippetPages(snippets: ReadonlyArray<{ page: number | null }>): number[] {
  const pages: number[] = [];
  for (const { page } of snippets) {
    if (page !== null && isPage(page) && !pages.includes(page)) pages.push(page);
  }
  return pages;
}

/** A compact page list for navigation: 1 … 4 5 [6] 7 8 … 20 (null = a gap). */
export function pageWindow(current: number, total: number, radius = 2): Array<number | null> {
  if (total <= 0) return [];
  const pages = new Set<number>([1, total]);
  for (let p = current - radius; p <= current + radius; p += 1) {
    if (p >= 1 && p <= total) pages.add(p);
  }
  const sorted = [...pages].sort((a, b) => a - b);
  const out: Array<number | null> = [];
  for (const page of sorted) {
    const last = out.at(-1);
    if (typeof last === 'number' && page - last > 1) out.push(page - last === 2 ? last + 1 : null);
    out.push(page);
  }
  return out;
}

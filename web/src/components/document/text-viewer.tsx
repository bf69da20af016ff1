import Link from 'next/link';
import { documentHref, hitPageNeighbours, pageWindow } from '../../lib/search/document-link.ts';
import type { TextPage } from '../../lib/search/operations.ts';
import { formatCount, formatInteger } from '../../lib/text/format.ts';
import { mentionsOnPage, type MentionSpan } from '../../lib/document/highlight-segments.ts';
import { countMentionTypes } from '../../lib/document/mention-types.ts';
import { PASSAGE_ANCHOR } from '../../lib/document/passage-link.ts';
import type { TextSpan } from '../../lib/search/document-link.ts';
import { countMarks } from '../../lib/text/segments.ts';
import { AnnotatedText } from './annotated-text.tsx';
import { MentionLegend } from './mention-legend.tsx';

interface TextViewerProps {
  documentId: string;
  textLength: number;
  page: TextPage;
  q: string;
  /** Pages the search found matches on (from the result's snippets). */
  hits: number[];
  /** The document's entity mentions (document offsets); those on this page are coloured. */
  mentions: readonly MentionSpan[];
  /** A passage to mark and scroll to (from an entity page or a triple). */
  at: TextSpan | null;
}

/**
 * One page of the extracted text (only this page is sent to the browser), its matches marked,
 * its entity mentions coloured by type (with a legend that switches types off), the passage a
 * link pointed at marked, with page navigation and, when the viewer came from a search, links
 * between match pages.
 */
export function TextViewer({
  documentId,
  textLength,
  page,
  q,
  hits,
  mentions,
  at,
}: TextViewerProps) {
  const href = (p: number) => documentHref(documentId, { q, page: p, hits });
  const pageMentions = mentionsOnPage(mentions, page.start, page.end);
  const atOnPage = at !== null && at.end >= page.start && at.start <= page.end;
  const marks = q ? countMarks(page.text, page.highlights) : 0;
  const { previous: previousHit, next: nextHit } = hitPageNeighbours(page.page, hits);
  return (
    <div className="text-viewer">
      <div className="text-toolbar">
        <p className="muted" data-testid="text-position">
          Text page {formatInteger(page.page)} of {formatInteger(page.pageCount)} · characters{' '}
          {formatInteger(page.start + 1)}–{formatInteger(page.end)} of {formatInteger(textLength)}
        </p>
        <HighlightForm documentId={documentId} q={q} page={page.page} />
      </div>
      {q ? (
        <div className="hit-bar" data-testid="hit-summary" data-hits={marks}>
          {marks > 0 ? (
            <p>
              {formatCount(marks, 'match', 'matches')} for <q>{q}</q> on this page ·{' '}
              <a href="#hit-1">jump to the first</a>
            </p>
          ) : (
            <p>
              No matches for <q>{q}</q> on this page.
            </p>
          )}
          {hits.length > 0 ? (
            <nav aria-label="Pages with matches" className="hit-pages">
              {previousHit ? (
                <Link href={`${href(previousHit)}#hit-1`} prefetch={false} rel="prev">
                  ‹ Previous match page ({previousHit})
                </Link>
              ) : null}
              <span className="muted">
                Search matches on {hits.length === 1 ? 'page' : 'pages'}{' '}
                {hits.map((p, i) => (
                  <span key={p}>
                    {i > 0 ? ', ' : ''}
                    {p === page.page ? (
                      <strong aria-current="page">{p}</strong>
                    ) : (
                      <Link href={`${href(p)}#hit-1`} prefetch={false}>
                        {p}
                      </Link>
                    )}
                  </span>
                ))}
              </span>
              {nextHit ? (
                <Link href={`${href(nextHit)}#hit-1`} prefetch={false} rel="next">
                  Next match page ({nextHit}) ›
                </Link>
              ) : null}
            </nav>
          ) : null}
        </div>
      ) : null}
      {at && !atOnPage ? (
        <p className="alert alert-info" role="note" data-testid="passage-elsewhere">
          The passage you followed (characters {formatInteger(at.start + 1)}–{formatInteger(at.end)}
          ) is not on this page.
        </p>
      ) : null}
      {atOnPage ? (
        <p className="muted">
          <a href={`#${PASSAGE_ANCHOR}`}>Jump to the marked passage</a>
        </p>
      ) : null}
      <div className="annotated">
        <MentionLegend types={countMentionTypes(pageMentions)} />
        <div
          className="document-text"
          data-testid="document-text"
          tabIndex={0}
          role="region"
          aria-label={`Text, page ${page.page} of ${page.pageCount}`}
        >
          <AnnotatedText
            text={page.text}
            pageStart={page.start}
            mentions={pageMentions}
            hits={q ? page.highlights : []}
            target={atOnPage ? at : null}
          />
        </div>
      </div>
      <PageNavigation
        documentId={documentId}
        current={page.page}
        total={page.pageCount}
        q={q}
        hits={hits}
      />
    </div>
  );
}

function PageNavigation({
  documentId,
  current,
  total,
  q,
  hits,
}: {
  documentId: string;
  current: number;
  total: number;
  q: string;
  hits: number[];
}) {
  if (total <= 1) return null;
  const href = (p: number) => documentHref(documentId, { q, page: p, hits });
  return (
    <nav className="pagination page-nav" aria-label="Text pages">
      {current > 1 ? (
        <Link href={href(current - 1)} prefetch={false} rel="prev" className="button button-quiet">
          ‹ Previous page
        </Link>
      ) : null}
      <ol className="page-numbers">
        {pageWindow(current, total).map((p, i) =>
          p === null ? (
            <li key={`gap-${i}`} aria-hidden="true" className="muted">
              …
            </li>
          ) : (
            <li key={p}>
              {p === current ? (
                <span className="page-number page-number-current" aria-current="page">
                  {p}
                </span>
              ) : (
                <Link
                  href={href(p)}
                  prefetch={false}
                  className="page-number"
                  aria-label={`Page ${p}`}
                >
                  {p}
                </Link>
              )}
            </li>
          ),
        )}
      </ol>
      {current < total ? (
        <Link href={href(current + 1)} prefetch={false} rel="next" className="button button-quiet">
          Next page ›
        </Link>
      ) : null}
      {total > 7 ? (
        <form action={`/documents/${encodeURIComponent(documentId)}`} className="page-jump">
          {q ? <input type="hidden" name="q" value={q} /> : null}
          {hits.length > 0 && q ? <input type="hidden" name="hits" value={hits.join(',')} /> : null}
          <label htmlFor="page-jump">Go to page</label>
          <input
            id="page-jump"
            name="page"
            type="number"
            min={1}
            max={total}
            defaultValue={current}
          />
          <button type="submit" className="button button-quiet button-small">
            Go
          </button>
        </form>
      ) : null}
    </nav>
  );
}

/** Find in this document: highlights another query on the same page (a GET form, no script). */
function HighlightForm({ documentId, q, page }: { documentId: string; q: string; page: number }) {
  return (
    <form
      action={`/documents/${encodeURIComponent(documentId)}`}
      className="highlight-form"
      role="search"
    >
      <label htmlFor="highlight-q">Highlight</label>
      <input
        id="highlight-q"
        name="q"
        type="search"
        defaultValue={q}
        maxLength={1000}
        placeholder="Words to mark on this page"
      />
      {page > 1 ? <input type="hidden" name="page" value={page} /> : null}
      <button type="submit" className="button button-quiet button-small">
        Mark
      </button>
    </form>
  );
}

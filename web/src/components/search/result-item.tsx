import Link from 'next/link';
import { documentHref, snippetPages } from '../../lib/search/document-link.ts';
import type { SearchHit } from '../../lib/search/operations.ts';
import { searchHref, toggleFacet, type SearchState } from '../../lib/search/search-state.ts';
import { formatBytes, formatDate, languageName } from '../../lib/text/format.ts';
import { HighlightedText } from './highlighted-text.tsx';
import type { CollectionNames } from './labels.ts';

const SHOWN_KEY_PHRASES = 5;

export function ResultItem({
  hit,
  state,
  names,
}: {
  hit: SearchHit;
  state: SearchState;
  names: CollectionNames;
}) {
  const { document, snippets } = hit;
  const q = state.q.trim();
  const pages = snippetPages(snippets);
  // The title opens the page of the best snippet, with every snippet page known as a match page.
  const titleHref = documentHref(document.id, { q, page: pages[0] ?? null, hits: pages });
  const headingId = `result-${document.id}`;
  return (
    <li className="result" data-testid="search-result" data-document-id={document.id}>
      <article aria-labelledby={headingId}>
        <h3 id={headingId} className="result-title">
          <Link href={titleHref} prefetch={false}>
            {document.title || document.fileName}
          </Link>
        </h3>
        <p className="result-meta">
          <span className="badge badge-format" title="Format">
            {document.format.toUpperCase()}
          </span>
          {document.language ? <span>{languageName(document.language)}</span> : null}
          <span>{names.get(document.collectionId) ?? 'Unknown collection'}</span>
          <span>{formatBytes(document.sizeBytes)}</span>
          <span>
            Indexed <time dateTime={document.createdAt}>{formatDate(document.createdAt)}</time>
          </span>
          {document.isLatest ? null : (
            <span className="badge badge-neutral">Version {document.version} (older)</span>
          )}
        </p>
        <p className="result-path" title={document.sourcePath}>
          {document.sourcePath}
        </p>
        {snippets.length > 0 ? (
          <ul className="snippets" aria-label="Matching passages">
            {snippets.map((snippet, index) => (
              <li key={index} className="snippet">
                <span className="snippet-text">
                  <HighlightedText text={snippet.text} highlights={snippet.highlights} />
                </span>
                {snippet.page !== null ? (
                  <Link
                    href={documentHref(document.id, { q, page: snippet.page, hits: pages })}
                    prefetch={false}
                    className="snippet-page"
                  >
                    page {snippet.page}
                  </Link>
                ) : (
                  <span className="snippet-page muted">title</span>
                )}
              </li>
            ))}
          </ul>
        ) : null}
        {document.keyPhrases.length > 0 ? (
          <ul className="key-phrases" aria-label="Key phrases">
            {document.keyPhrases.slice(0, SHOWN_KEY_PHRASES).map(({ phrase }) => (
              <li key={phrase}>
                <Link
                  href={searchHref(toggleFacet(state, 'keyPhrases', phrase))}
                  prefetch={false}
                  className="tag"
                  title={`Filter by the key phrase “${phrase}”`}
                >
                  {phrase}
                </Link>
              </li>
            ))}
          </ul>
        ) : null}
      </article>
    </li>
  );
}

import Link from 'next/link';
import { documentHref } from '../../lib/search/document-link.ts';
import type { DocumentDetails } from '../../lib/search/operations.ts';
import { formatBytes, formatCount } from '../../lib/text/format.ts';

/** Members of an archive or attachments of a mail, a page at a time (cursor in `children`). */
export function ChildrenList({
  document,
  q,
  childrenCursor,
}: {
  document: DocumentDetails;
  q: string;
  childrenCursor: string | null;
}) {
  const { children } = document;
  if (children.totalCount === 0) return null;
  return (
    <section
      className="doc-section"
      aria-labelledby="children-title"
      data-testid="document-children"
    >
      <h2 id="children-title">Contains {formatCount(children.totalCount, 'document')}</h2>
      <ul className="child-list">
        {children.nodes.map((child) => (
          <li key={child.id}>
            <Link href={documentHref(child.id)} prefetch={false}>
              {child.title}
            </Link>{' '}
            <span className="badge badge-format">{child.format.toUpperCase()}</span>{' '}
            <span className="muted">{formatBytes(child.sizeBytes)}</span>
            <span className="child-path">{child.sourcePath}</span>
          </li>
        ))}
      </ul>
      {childrenCursor || children.hasNextPage ? (
        <nav className="pagination" aria-label="Contained documents pages">
          {childrenCursor ? (
            <Link
              href={`${documentHref(document.id, { q })}#children-title`}
              prefetch={false}
              className="button button-quiet button-small"
            >
              « First
            </Link>
          ) : null}
          {children.hasNextPage && children.endCursor ? (
            <Link
              href={`${documentHref(document.id, { q, children: children.endCursor })}#children-title`}
              prefetch={false}
              rel="next"
              className="button button-quiet button-small"
            >
              More ›
            </Link>
          ) : null}
        </nav>
      ) : null}
    </section>
  );
}

import Link from 'next/link';
import { documentHref } from '../../lib/search/document-link.ts';
import type { DocumentDetails } from '../../lib/search/operations.ts';
import { EMPTY_SEARCH, searchHref, toggleFacet } from '../../lib/search/search-state.ts';
import { formatBytes, formatDateTime } from '../../lib/text/format.ts';

/** Key phrases, each a search for documents sharing it. */
export function KeyPhraseLinks({ document }: { document: DocumentDetails }) {
  if (document.keyPhrases.length === 0) return null;
  return (
    <section className="doc-section" aria-labelledby="key-phrases-title">
      <h2 id="key-phrases-title">Key phrases</h2>
      <ul className="key-phrases" data-testid="document-key-phrases">
        {document.keyPhrases.map(({ phrase }) => (
          <li key={phrase}>
            <Link
              href={searchHref(toggleFacet(EMPTY_SEARCH, 'keyPhrases', phrase))}
              prefetch={false}
              className="tag"
            >
              {phrase}
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

export function VersionList({ document }: { document: DocumentDetails }) {
  if (document.versions.length <= 1) return null;
  return (
    <section className="doc-section" aria-labelledby="versions">
      <h2 id="versions">Versions</h2>
      <ol className="version-list" data-testid="document-versions">
        {document.versions.map((version) => (
          <li key={version.id}>
            {version.id === document.id ? (
              <strong aria-current="page">Version {version.version} (this one)</strong>
            ) : (
              <Link href={documentHref(version.id)} prefetch={false}>
                Version {version.version}
              </Link>
            )}
            {version.isLatest ? <span className="badge badge-ok">latest</span> : null}
            <span className="muted">
              {formatDateTime(version.createdAt)} · {formatBytes(version.sizeBytes)} ·{' '}
              <code title={version.sha256}>{version.sha256.slice(0, 12)}</code>
            </span>
          </li>
        ))}
      </ol>
    </section>
  );
}

/** What the file says about itself (author, subject, sender, ...). */
export function FileProperties({ document }: { document: DocumentDetails }) {
  if (document.metadata.length === 0) return null;
  return (
    <section className="doc-section" aria-labelledby="properties-title">
      <h2 id="properties-title">File properties</h2>
      <table className="meta-table">
        <tbody>
          {document.metadata.map(({ key, value }, index) => (
            <tr key={`${key}-${index}`}>
              <th scope="row">{key}</th>
              <td className="wrap-anywhere">{value}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </section>
  );
}

export function WarningList({ document }: { document: DocumentDetails }) {
  if (document.warnings.length === 0) return null;
  return (
    <section className="doc-section" aria-labelledby="warnings-title">
      <h2 id="warnings-title">Warnings</h2>
      <ul className="warning-list" data-testid="document-warnings">
        {document.warnings.map((warning, index) => (
          <li key={index}>{warning}</li>
        ))}
      </ul>
    </section>
  );
}

import type { ReactNode } from 'react';
import Link from 'next/link';
import { documentHref } from '../../lib/search/document-link.ts';
import type { DocumentDetails } from '../../lib/search/operations.ts';
import {
  formatBytes,
  formatDateTime,
  formatInteger,
  formatShare,
  languageName,
} from '../../lib/text/format.ts';

function Row({ label, children }: { label: string; children: ReactNode }) {
  return (
    <tr>
      <th scope="row">{label}</th>
      <td>{children}</td>
    </tr>
  );
}

/** The facts Quarry knows about one document version. */
export function MetadataTable({ document }: { document: DocumentDetails }) {
  const latest = document.versions.find((v) => v.isLatest);
  return (
    <table className="meta-table" data-testid="document-metadata">
      <caption className="visually-hidden">Document details</caption>
      <tbody>
        <Row label="Format">
          <span className="badge badge-format">{document.format.toUpperCase()}</span>{' '}
          {document.mimeType ? (
            <code>{document.mimeType}</code>
          ) : (
            <span className="muted">unknown media type</span>
          )}
          {document.mislabelled ? (
            <span className="meta-warning" data-testid="mislabelled">
              The file name’s extension does not match its content.
            </span>
          ) : null}
        </Row>
        <Row label="Size">
          {formatBytes(document.sizeBytes)}{' '}
          <span className="muted">({formatInteger(document.sizeBytes)} bytes)</span>
        </Row>
        <Row label="SHA-256">
          <code className="hash">{document.sha256}</code>
        </Row>
        <Row label={document.languages.length > 1 ? 'Languages' : 'Language'}>
          {document.languages.length > 0 ? (
            <ul className="inline-list">
              {document.languages.map(({ language, share }) => (
                <li key={language}>
                  {languageName(language)} <span className="muted">{formatShare(share)}</span>
                </li>
              ))}
            </ul>
          ) : document.language ? (
            languageName(document.language)
          ) : (
            <span className="muted">Not determined</span>
          )}
        </Row>
        <Row label="Indexed">
          <time dateTime={document.createdAt}>{formatDateTime(document.createdAt)}</time>
        </Row>
        <Row label="Authored">
          {document.authoredAt ? (
            <time dateTime={document.authoredAt}>{formatDateTime(document.authoredAt)}</time>
          ) : (
            <span className="muted">Not stated in the file</span>
          )}
        </Row>
        {document.pageCount !== null ? (
          <Row label="Pages">{formatInteger(document.pageCount)}</Row>
        ) : null}
        <Row label="Text">
          {formatInteger(document.textLength)} characters
          {document.textTruncated ? (
            <span className="meta-warning">Cut: the file holds more text than Quarry indexes.</span>
          ) : null}
        </Row>
        <Row label="File name">
          <span className="wrap-anywhere">{document.fileName}</span>
        </Row>
        <Row label="Path">
          <span className="wrap-anywhere">{document.sourcePath}</span>
        </Row>
        <Row label="Collection">{document.collection.name}</Row>
        <Row label="Version">
          {document.version}
          {document.versions.length > 1 ? (
            <>
              {' '}
              of {document.versions.length} ·{' '}
              {document.isLatest ? (
                <a href="#versions">other versions</a>
              ) : latest ? (
                <Link href={documentHref(latest.id)}>latest is version {latest.version}</Link>
              ) : (
                <a href="#versions">other versions</a>
              )}
            </>
          ) : null}
        </Row>
        {document.parent ? (
          <Row label="Found in">
            <Link href={documentHref(document.parent.id)}>{document.parent.title}</Link>
          </Row>
        ) : null}
        {document.skills.length > 0 ? (
          <Row label="Skills">
            <ul className="inline-list">
              {document.skills.map((skill) => (
                <li key={skill}>
                  <code>{skill}</code>
                </li>
              ))}
            </ul>
          </Row>
        ) : null}
      </tbody>
    </table>
  );
}

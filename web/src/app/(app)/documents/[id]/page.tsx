import type { Metadata } from 'next';
import Link from 'next/link';
import { notFound } from 'next/navigation';
import { cache } from 'react';
import { ChildrenList } from '../../../../components/document/children-list.tsx';
import '../../../../components/entity/entity-pages.css';
import {
  DocumentTriplesSection,
  GraphEntitiesSection,
  type GraphAnswer,
} from '../../../../components/document/graph-sections.tsx';
import {
  EntitySummary,
  KnowledgeQualityNotice,
} from '../../../../components/document/entity-summary.tsx';
import {
  FileProperties,
  KeyPhraseLinks,
  VersionList,
  WarningList,
} from '../../../../components/document/document-sections.tsx';
import { MetadataTable } from '../../../../components/document/metadata-table.tsx';
import { OriginalPreview } from '../../../../components/document/preview.tsx';
import { RerunSkillsPanel } from '../../../../components/document/rerun-skills-panel.tsx';
import { TextViewer } from '../../../../components/document/text-viewer.tsx';
import { GatewayErrors } from '../../../../components/search/gateway-errors.tsx';
import { PendingRegion } from '../../../../components/search/pending-region.tsx';
import { fetchSkillOptions } from '../../../../lib/document/rerun-operations.ts';
import { runOperation } from '../../../../lib/gateway/run-operation.ts';
import {
  documentHref,
  originalHref,
  parseDocumentParams,
} from '../../../../lib/search/document-link.ts';
import { classifyErrors } from '../../../../lib/search/errors.ts';
import {
  CHILDREN_PER_PAGE,
  DOCUMENT_QUERY,
  DOCUMENT_TEXT_QUERY,
  type DocumentDetails,
} from '../../../../lib/search/operations.ts';
import {
  DOCUMENT_ENTITIES,
  DOCUMENT_GRAPH_QUERY,
  DOCUMENT_MENTIONS,
  DOCUMENT_TRIPLES,
} from '../../../../lib/operations/entity.ts';
import type { TextSpan } from '../../../../lib/search/document-link.ts';
import { EMPTY_SEARCH, searchHref } from '../../../../lib/search/search-state.ts';
import type { RawSearchParams } from '../../../../lib/search/search-state.ts';

interface DocumentPageProps {
  params: Promise<{ id: string }>;
  searchParams: Promise<RawSearchParams>;
}

// Shared by generateMetadata and the page within one request (React's cache dedupes the call).
const loadDocument = cache((id: string, childrenAfter: string | null) =>
  runOperation(DOCUMENT_QUERY, { id, childrenFirst: CHILDREN_PER_PAGE, childrenAfter }),
);

function loadText(id: string, page: number, q: string) {
  return runOperation(DOCUMENT_TEXT_QUERY, { id, page, highlight: q || null });
}

/** The graph's layers of the document (mentions, entities, triples): its own request. */
async function loadGraph(id: string): Promise<GraphAnswer> {
  const result = await runOperation(DOCUMENT_GRAPH_QUERY, {
    id,
    mentionsFirst: DOCUMENT_MENTIONS,
    entitiesFirst: DOCUMENT_ENTITIES,
    triplesFirst: DOCUMENT_TRIPLES,
  });
  return result.ok
    ? { ok: true, graph: result.data.document }
    : { ok: false, errors: result.errors };
}

export async function generateMetadata({
  params,
  searchParams,
}: DocumentPageProps): Promise<Metadata> {
  const { id } = await params;
  const { children } = parseDocumentParams(await searchParams);
  const result = await loadDocument(id, children);
  return { title: result.ok && result.data.document ? result.data.document.title : 'Document' };
}

export default async function DocumentPage({ params, searchParams }: DocumentPageProps) {
  const { id } = await params;
  const { q, page, hits, children, at } = parseDocumentParams(await searchParams);
  // In parallel: a text page out of range fails only the text request, not the whole page (and
  // the skills list only the re-run panel, the graph only its layers).
  const [result, text, skills, graph] = await Promise.all([
    loadDocument(id, children),
    loadText(id, page, q),
    fetchSkillOptions(),
    loadGraph(id),
  ]);

  if (!result.ok) {
    const problem = classifyErrors(result.errors);
    return (
      <section className="page document-page" aria-labelledby="page-title">
        <h1 id="page-title">Document</h1>
        <GatewayErrors
          title="The document could not be loaded."
          errors={problem.kind === 'failure' ? problem.errors : result.errors}
        >
          <p>
            <Link href={documentHref(id, { q })} prefetch={false}>
              Try again
            </Link>
          </p>
        </GatewayErrors>
      </section>
    );
  }
  const document = result.data.document;
  // Not found and not yours look the same: the API answers null for both.
  if (!document) notFound();

  return (
    <article className="page document-page" aria-labelledby="page-title">
      <nav aria-label="Breadcrumb" className="breadcrumb">
        <ol>
          <li>
            <Link href={q ? searchHref({ ...EMPTY_SEARCH, q }) : '/search'} prefetch={false}>
              {q ? 'Search results' : 'Search'}
            </Link>
          </li>
          {document.parent ? (
            <li>
              <Link href={documentHref(document.parent.id, { q })} prefetch={false}>
                {document.parent.title}
              </Link>
            </li>
          ) : null}
          <li aria-current="page">{document.title}</li>
        </ol>
      </nav>
      <div className="page-heading document-heading">
        <h1 id="page-title" className="wrap-anywhere">
          {document.title}
        </h1>
        <a
          href={originalHref(document.id)}
          download={document.fileName}
          className="button button-primary"
          data-testid="download-original"
        >
          Download original
        </a>
      </div>
      {document.mislabelled ? (
        <p className="alert alert-warning" role="note">
          <strong>Mislabelled file.</strong> “{document.fileName}” is named like another format, but
          its content is {document.format.toUpperCase()}
          {document.mimeType ? ` (${document.mimeType})` : ''}.
        </p>
      ) : null}
      {!document.isLatest ? <OlderVersionNote document={document} /> : null}
      <KnowledgeQualityNotice document={document} />
      <PendingRegion label="Loading…">
        <div className="document-layout">
          <div className="document-main">
            <section className="doc-section" aria-labelledby="text-title">
              <h2 id="text-title">Text</h2>
              <DocumentText
                document={document}
                text={text}
                page={page}
                q={q}
                hits={hits}
                graph={graph}
                at={at}
              />
            </section>
            <DocumentTriplesSection answer={graph} />
            <OriginalPreview id={document.id} title={document.title} mimeType={document.mimeType} />
          </div>
          <aside className="document-side" aria-label="About this document">
            <section className="doc-section" aria-labelledby="details-title">
              <h2 id="details-title">Details</h2>
              <MetadataTable document={document} />
            </section>
            <WarningList document={document} />
            <GraphEntitiesSection answer={graph} />
            <EntitySummary document={document} />
            <KeyPhraseLinks document={document} />
            <VersionList document={document} />
            <FileProperties document={document} />
            <RerunSkillsPanel document={document} skills={skills} />
            <ChildrenList document={document} q={q} childrenCursor={children} />
          </aside>
        </div>
      </PendingRegion>
    </article>
  );
}

function OlderVersionNote({ document }: { document: DocumentDetails }) {
  const latest = document.versions.find((v) => v.isLatest);
  return (
    <p className="alert alert-info" role="note">
      This is version {document.version}, not the latest.{' '}
      {latest ? (
        <Link href={documentHref(latest.id)} prefetch={false}>
          Open version {latest.version} (latest)
        </Link>
      ) : null}
    </p>
  );
}

function DocumentText({
  document,
  text,
  page,
  q,
  hits,
  graph,
  at,
}: {
  document: DocumentDetails;
  text: Awaited<ReturnType<typeof loadText>>;
  page: number;
  q: string;
  hits: number[];
  graph: GraphAnswer;
  at: TextSpan | null;
}) {
  if (document.textLength === 0) {
    return (
      <p className="muted" data-testid="no-text">
        No text was extracted from this file.
      </p>
    );
  }
  if (!text.ok) {
    const problem = classifyErrors(text.errors);
    if (problem.kind === 'input' && page > 1) {
      return (
        <div className="alert alert-error" role="alert" data-testid="text-page-error">
          <p>{problem.message}</p>
          <p>
            <Link href={documentHref(document.id, { q, hits })} prefetch={false}>
              Go to page 1
            </Link>
          </p>
        </div>
      );
    }
    return (
      <GatewayErrors
        title="The text could not be loaded."
        errors={problem.kind === 'failure' ? problem.errors : text.errors}
      />
    );
  }
  if (!text.data.document) return <p className="muted">The text is not available.</p>;
  return (
    <TextViewer
      documentId={document.id}
      textLength={document.textLength}
      page={text.data.document.text}
      q={q}
      hits={hits}
      mentions={graph.ok && graph.graph ? graph.graph.mentions : []}
      at={at}
    />
  );
}

import type { IngestItemRow } from '../../lib/ingest/operations.ts';
import { KnowledgeBadge } from './knowledge-badge.tsx';

/** What the knowledge stage did with one file: its status, the quality stored, and why. */
export function KnowledgeCell({ item }: { item: IngestItemRow }) {
  if (item.knowledgeStatus === 'NONE') {
    return <span className="muted">{item.status === 'DONE' ? 'Not run' : '—'}</span>;
  }
  const note =
    item.knowledgeStatus === 'WAITING'
      ? 'NLP service unavailable: lower-quality entities meanwhile; resumes automatically.'
      : item.knowledgeQuality === 'FALLBACK'
        ? 'Lower-quality entities (NLP service was unavailable).'
        : null;
  return (
    <>
      <KnowledgeBadge status={item.knowledgeStatus} />
      {note ? <span className="muted ingest-note">{note}</span> : null}
      {item.knowledgeMessage ? (
        <span className="ingest-note ingest-knowledge-message">{item.knowledgeMessage}</span>
      ) : null}
    </>
  );
}

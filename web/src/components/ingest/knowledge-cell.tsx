import type { IngestItemRow } from '../../lib/ingest/operations.ts';
import { KnowledgeBadge } from './knowledge-badge.tsx';

/** What the knowledge stage did with one file: its status, the quality stored, and why. */
export function KnowledgeCell({ item }: { item: IngestItemRow }) {
  if (item.knowledgeStatus === 'NONE') {
    return <span className="muted">{item.status === 'DONE' ? 'Not run' : '—'}</span>;
  }
  return (
    <>
      <KnowledgeBadge status={item.knowledgeStatus} />
      <KnowledgeNote item={item} />
    </>
  );
}

function KnowledgeNote({ item }: { item: IngestItemRow }) {
  if (item.knowledgeStatus === 'WAITING') {
    // The pipeline's message says what is wrong with the service; the rest is always true.
    return (
      <>
        <span className="ingest-note ingest-knowledge-message">
          {item.knowledgeMessage ?? 'NLP service unavailable.'}
        </span>
        <span className="muted ingest-note">
          Lower-quality entities meanwhile; resumes automatically.
        </span>
      </>
    );
  }
  return (
    <>
      {item.knowledgeQuality === 'FALLBACK' ? (
        <span className="muted ingest-note">
          Lower-quality entities (NLP service was unavailable).
        </span>
      ) : null}
      {item.knowledgeMessage ? (
        <span className="ingest-note ingest-knowledge-message">{item.knowledgeMessage}</span>
      ) : null}
    </>
  );
}

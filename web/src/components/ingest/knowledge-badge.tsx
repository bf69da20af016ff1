import { knowledgeLabel, knowledgeTone, type KnowledgeStatus } from '../../lib/ingest/knowledge.ts';

const TONE_CLASS = {
  neutral: 'badge-neutral',
  busy: 'ingest-badge-busy',
  ok: 'badge-ok',
  bad: 'badge-bad',
  wait: 'ingest-badge-wait',
} as const;

export function KnowledgeBadge({ status }: { status: KnowledgeStatus }) {
  return (
    <span className={`badge ${TONE_CLASS[knowledgeTone(status)]}`} data-knowledge-status={status}>
      {knowledgeLabel(status)}
    </span>
  );
}

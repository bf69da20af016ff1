import { formatInteger } from '../../lib/ingest/format.ts';
import {
  knowledgeCountKey,
  knowledgeLabel,
  knowledgeProgressOf,
  knowledgeTone,
  knowledgeUnfinished,
  KNOWLEDGE_STATUSES,
  type KnowledgeCounts,
  type KnowledgeProgress,
} from '../../lib/ingest/knowledge.ts';
import { ProgressLine, StageRates } from './stage-parts.tsx';

/**
 * The knowledge stage of a job (entities, triples): its own bar, tiles, throughput and ETA, since
 * it runs after the files are searchable and at its own pace.
 */
export function KnowledgeStageProgress({
  knowledge,
  label,
}: {
  knowledge: KnowledgeProgress;
  label: string;
}) {
  const { counts } = knowledge;
  return (
    <div className="ingest-progress" data-testid="knowledge-progress">
      <ProgressLine
        progress={knowledgeProgressOf(counts)}
        label={label}
        emptyText="nothing to enrich yet"
      />
      <dl className="ingest-counts">
        {KNOWLEDGE_STATUSES.map((status) => (
          <div
            key={status}
            className={`ingest-count ingest-count-${knowledgeTone(status)}`}
            data-testid={`knowledge-count-${status.toLowerCase()}`}
          >
            <dt>{knowledgeLabel(status)}</dt>
            <dd>{formatInteger(counts[knowledgeCountKey(status)])}</dd>
          </div>
        ))}
      </dl>
      <StageRates
        throughputPerMinute={knowledge.throughputPerMinute}
        etaSeconds={knowledge.etaSeconds}
        running={knowledgeUnfinished(counts) > 0}
        unknownBecause={counts.waiting > 0 ? 'the NLP service is unavailable' : null}
        testId="knowledge-rates"
      />
    </div>
  );
}

/**
 * Why some files wait: shown whenever any do. Waiting is not failing, and nothing has to be done
 * about it, which the viewer could not tell from the status alone.
 */
export function WaitingForEnrichmentNote({ waiting }: { waiting: number }) {
  if (waiting === 0) return null;
  return (
    <div
      className="alert alert-info ingest-waiting-note"
      role="note"
      data-testid="knowledge-waiting"
    >
      <p>
        <strong>
          {formatInteger(waiting)} {waiting === 1 ? 'file is' : 'files are'} waiting for enrichment.
        </strong>{' '}
        The NLP service is unavailable or not ready yet. Meanwhile{' '}
        {waiting === 1 ? 'its document shows' : 'their documents show'} lower-quality entities
        (found by patterns and the place-name list); enrichment resumes automatically when the
        service is back. Nothing needs to be retried.
      </p>
    </div>
  );
}

/** The job list's compact form: "Knowledge 3 of 7 · 1 waiting · 1 failed"; nothing outside the stage. */
export function KnowledgeLine({ counts }: { counts: KnowledgeCounts }) {
  if (counts.total === 0) return null;
  const { finished, total } = knowledgeProgressOf(counts);
  const extras = [
    counts.waiting > 0 ? `${formatInteger(counts.waiting)} waiting for enrichment` : null,
    counts.failed > 0 ? `${formatInteger(counts.failed)} failed` : null,
  ].filter(Boolean);
  return (
    <span className="muted ingest-note" data-testid="knowledge-line">
      Knowledge {formatInteger(finished)} of {formatInteger(total)}
      {extras.length > 0 ? ` · ${extras.join(' · ')}` : ''}
    </span>
  );
}

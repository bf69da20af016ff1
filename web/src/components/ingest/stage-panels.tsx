import type { KnowledgeProgress } from '../../lib/ingest/knowledge.ts';
import type { IngestCounts } from '../../lib/ingest/status.ts';
import { JobProgress } from './job-progress.tsx';
import { KnowledgeStageProgress, WaitingForEnrichmentNote } from './knowledge-progress.tsx';

/**
 * Both stages of ingest side by side: "Searchable" (read, enriched, indexed) and "Knowledge"
 * (entities and relations, after a file is searchable), each with its own throughput and ETA.
 */
export function StagePanels({
  counts,
  throughputPerMinute,
  etaSeconds,
  knowledge,
  subject,
}: {
  counts: IngestCounts;
  throughputPerMinute: number;
  etaSeconds: number | null;
  knowledge: KnowledgeProgress;
  /** What the bars measure, for their accessible names: "Scans 2026", "all jobs". */
  subject: string;
}) {
  return (
    <>
      <div className="ingest-stages">
        <section aria-labelledby="stage-search-title" data-testid="stage-search">
          <h3 id="stage-search-title" className="ingest-panel-title">
            Searchable
          </h3>
          <p className="muted ingest-stage-note">Read, enriched and indexed for search.</p>
          <JobProgress
            counts={counts}
            throughputPerMinute={throughputPerMinute}
            etaSeconds={etaSeconds}
            label={`Progress of ${subject}`}
          />
        </section>
        <section aria-labelledby="stage-knowledge-title" data-testid="stage-knowledge">
          <h3 id="stage-knowledge-title" className="ingest-panel-title">
            Knowledge
          </h3>
          <p className="muted ingest-stage-note">
            Entities and relations, extracted once a file is searchable.
          </p>
          <KnowledgeStageProgress
            knowledge={knowledge}
            label={`Knowledge extraction of ${subject}`}
          />
        </section>
      </div>
      <WaitingForEnrichmentNote waiting={knowledge.counts.waiting} />
    </>
  );
}

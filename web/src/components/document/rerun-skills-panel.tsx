import type { GraphqlResult } from '../../lib/gateway/errors.ts';
import { initialSelection, type SkillOption } from '../../lib/document/rerun-skills.ts';
import type { DocumentDetails } from '../../lib/search/operations.ts';
import { GatewayErrors } from '../search/gateway-errors.tsx';
import { RerunSkillsForm } from './rerun-skills-form.tsx';

/** "Re-run skills": run enrichment skills again on this document, as a new ingest job. */
export function RerunSkillsPanel({
  document,
  skills,
}: {
  document: DocumentDetails;
  skills: GraphqlResult<{ skills: SkillOption[] }>;
}) {
  return (
    <section className="doc-section rerun-panel" aria-labelledby="rerun-title">
      <h2 id="rerun-title">Re-run skills</h2>
      {!skills.ok ? (
        <GatewayErrors title="The skills could not be loaded." errors={skills.errors} />
      ) : skills.data.skills.length === 0 ? (
        <p className="muted">The pipeline offers no skills.</p>
      ) : (
        <>
          <p className="muted rerun-intro">
            Runs the checked skills again on this version and replaces its enrichments: results of
            unchecked skills are dropped. You can follow the job on its monitor.
          </p>
          <RerunSkillsForm
            documentId={document.id}
            skills={skills.data.skills}
            initial={initialSelection(skills.data.skills, document.skills)}
          />
        </>
      )}
    </section>
  );
}

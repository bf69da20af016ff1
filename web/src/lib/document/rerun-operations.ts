import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
import { RERUN_MUTATION, SKILLS_QUERY } from '../operations/document.ts';

// The fixed operations behind the document page's "Re-run skills" panel, run on the server with
// the viewer's token (the browser only posts the form to a server action).

/** The skills the pipeline offers; a separate request so a failure leaves the page standing. */
export function fetchSkillOptions() {
  return runOperation(SKILLS_QUERY);
}

/** Starts a "rerun" ingest job for one document; the API checks write access and skill names. */
export function startRerun(documentId: string, skills: readonly string[]) {
  return runOperation(RERUN_MUTATION, { documentIds: [documentId], skills: [...skills] });
}

import 'server-only';
import { gatewayGraphql, type GraphqlResult } from '../gateway/graphql.ts';
import { RERUN_MUTATION, SKILLS_QUERY } from '../operations/document.ts';
import type { SkillOption } from './rerun-skills.ts';

// The fixed operations behind the document page's "Re-run skills" panel, run on the server with
// the viewer's token (the browser only posts the form to a server action).

/** The skills the pipeline offers; a separate request so a failure leaves the page standing. */
export function fetchSkillOptions(
  token: string,
): Promise<GraphqlResult<{ skills: SkillOption[] }>> {
  return gatewayGraphql(token, SKILLS_QUERY);
}

/** Starts a "rerun" ingest job for one document; the API checks write access and skill names. */
export function startRerun(
  token: string,
  documentId: string,
  skills: readonly string[],
): Promise<GraphqlResult<{ rerunSkills: { id: string } }>> {
  return gatewayGraphql(token, RERUN_MUTATION, { documentIds: [documentId], skills });
}

'use server';

import { redirect } from 'next/navigation';
import { startRerun } from './rerun-operations.ts';
import {
  jobMonitorHref,
  parseRerunForm,
  rerunErrorState,
  type RerunState,
} from './rerun-skills.ts';

/**
 * The "Re-run skills" form's server action (useActionState signature). Posted with or without
 * JavaScript: on success it redirects to the new job's monitor, otherwise it returns the errors
 * for the panel. The viewer's token stays on the server; the API decides who may write.
 */
export async function rerunSkillsAction(
  _previous: RerunState,
  form: FormData,
): Promise<RerunState> {
  const parsed = parseRerunForm(form);
  if (!parsed.ok) return rerunErrorState(parsed.errors, parsed.selected);

  const result = await startRerun(parsed.documentId, parsed.skills);
  if (!result.ok) return rerunErrorState(result.errors, parsed.skills);

  const href = jobMonitorHref(result.data.rerunSkills.id);
  if (!href) {
    return rerunErrorState(
      [{ code: 'BAD_RESPONSE', message: 'The API started a job but answered no usable job id.' }],
      parsed.skills,
    );
  }
  // Outside any try/catch: redirect() works by throwing.
  redirect(href);
}

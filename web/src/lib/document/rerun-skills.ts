// Pure logic of the document page's "Re-run skills" panel: what is pre-checked, how the posted
// form is read, and how a failed request is shown. No server or React imports, so it is unit-tested.

import type { ResultOf } from '@graphql-typed-document-node/core';
import type { GatewayError } from '../gateway/errors.ts';
import type { SKILLS_QUERY } from '../operations/document.ts';

/** A skill as `Query.skills` lists it. */
export type SkillOption = ResultOf<typeof SKILLS_QUERY>['skills'][number];

/** What the panel shows after a post: nothing yet, or why the re-run did not start. */
export type RerunState =
  | { status: 'idle' }
  | {
      status: 'error';
      errors: GatewayError[];
      /** The skills that were posted, so a re-rendered form (also without JS) keeps them checked. */
      selected: string[];
    };

export const RERUN_IDLE: RerunState = { status: 'idle' };

/** Form field names, shared by the form and the parser. */
export const RERUN_FIELDS = { documentId: 'documentId', skill: 'skill' } as const;

// The API knows few skills; a cap keeps a forged post from sending an arbitrarily long list.
const MAX_SKILLS = 20;
const SKILL_NAME = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
// Document and job ids are short URL-safe strings (hex hashes, cuids).
const SAFE_ID = /^[A-Za-z0-9_-]{1,128}$/;

/** The name of a `name@version` entry of `Document.skills`. */
export function skillName(entry: string): string {
  const at = entry.lastIndexOf('@');
  return at > 0 ? entry.slice(0, at) : entry;
}

/**
 * The skills to pre-check: those that ran on the document and still exist, else the defaults
 * (a document indexed before skills were recorded, or whose skills were all retired).
 */
export function initialSelection(
  available: readonly SkillOption[],
  ran: readonly string[],
): string[] {
  const ranNames = new Set(ran.map(skillName));
  const chosen = available.filter((skill) => ranNames.has(skill.name)).map((skill) => skill.name);
  if (chosen.length > 0) return chosen;
  return available.filter((skill) => skill.default).map((skill) => skill.name);
}

export type ParsedRerunForm =
  | { ok: true; documentId: string; skills: string[] }
  | { ok: false; errors: GatewayError[]; selected: string[] };

/** Anything with FormData's getAll (FormData itself, or URLSearchParams in tests). */
export interface FormFields {
  getAll(name: string): Array<FormDataEntryValue | string>;
}

function strings(values: Array<FormDataEntryValue | string>): string[] {
  return values.filter((value): value is string => typeof value === 'string');
}

/**
 * Reads a posted re-run form: one document id and at least one well-formed skill name (deduped,
 * in the order given). Whether the skills exist is the API's to say (BAD_USER_INPUT).
 */
export function parseRerunForm(form: FormFields): ParsedRerunForm {
  const ids = strings(form.getAll(RERUN_FIELDS.documentId));
  const names = [...new Set(strings(form.getAll(RERUN_FIELDS.skill)).map((s) => s.trim()))].filter(
    (name) => name !== '',
  );
  const selected = names.filter((name) => SKILL_NAME.test(name)).slice(0, MAX_SKILLS);
  const errors: GatewayError[] = [];

  const documentId = ids.length === 1 ? ids[0]! : '';
  if (!SAFE_ID.test(documentId)) {
    errors.push({ code: 'BAD_USER_INPUT', message: 'The form does not name one document.' });
  }
  if (names.length === 0) {
    errors.push({ code: 'BAD_USER_INPUT', message: 'Choose at least one skill.' });
  } else if (names.length > MAX_SKILLS) {
    errors.push({ code: 'BAD_USER_INPUT', message: `Choose at most ${MAX_SKILLS} skills.` });
  } else {
    const invalid = names.filter((name) => !SKILL_NAME.test(name));
    if (invalid.length > 0) {
      errors.push({
        code: 'BAD_USER_INPUT',
        message: `Not a skill name: ${invalid.map((name) => JSON.stringify(name.slice(0, 64))).join(', ')}.`,
      });
    }
  }
  if (errors.length > 0) return { ok: false, errors, selected };
  return { ok: true, documentId, skills: names };
}

// Words added to an error's own message where the code alone does not say what to do.
const HINTS: Readonly<Record<string, string>> = {
  FORBIDDEN: 'Re-running skills needs write access to this document’s collection.',
  UNAUTHENTICATED: 'Your session has expired. Sign in again.',
  PIPELINE_UNAVAILABLE: 'The pipeline is not reachable right now. Try again in a moment.',
  GATEWAY_UNREACHABLE: 'Quarry’s API is not reachable right now. Try again in a moment.',
};

/** What the panel lists for a failed re-run: each distinct error once, with a hint where useful. */
export function rerunErrorState(errors: readonly GatewayError[], selected: string[]): RerunState {
  const seen = new Set<string>();
  const shown: GatewayError[] = [];
  for (const error of errors) {
    const key = `${error.code}\n${error.message}`;
    if (seen.has(key)) continue;
    seen.add(key);
    const hint = HINTS[error.code];
    shown.push({
      code: error.code,
      message: hint && !error.message.includes(hint) ? `${error.message} ${hint}` : error.message,
    });
  }
  if (shown.length === 0) {
    shown.push({ code: 'INTERNAL_SERVER_ERROR', message: 'The re-run failed without an error.' });
  }
  return { status: 'error', errors: shown, selected };
}

/** The job monitor of a started re-run; null when the API answered an id we would not put in a URL. */
export function jobMonitorHref(jobId: unknown): string | null {
  return typeof jobId === 'string' && SAFE_ID.test(jobId) ? `/ingest/jobs/${jobId}` : null;
}

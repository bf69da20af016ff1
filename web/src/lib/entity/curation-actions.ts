'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, type ActionState } from '../admin/action-state.ts';
import type { GatewayError } from '../gateway/errors.ts';
import { runOperation } from '../gateway/run-operation.ts';
import {
  HIDE_ENTITY,
  MARK_LINK_WRONG,
  MERGE_ENTITIES,
  RENAME_ENTITY,
  RETYPE_ENTITY,
  SPLIT_ENTITY,
  UNHIDE_ENTITY,
  UNMERGE_ENTITY,
} from '../operations/entity.ts';
import { parseCurationForm, type CurationRequest } from './curation-form.ts';
import { entityHref, type CurationNotice } from './entity-link.ts';

// The entity page's curation, one server action for every form (useActionState signature): the
// form is checked (curation-form.ts), one mutation runs with the viewer's token, and the API's
// errors come back as they are, beside the form (FORBIDDEN for a viewer, NOT_FOUND for an entity
// they cannot see). After a change, the page of the entity that now holds the mentions is opened
// with a notice saying what happened.

/** Which page to open after a change, and the notice it shows. */
type Outcome =
  { ok: true; key: string; notice: CurationNotice } | { ok: false; errors: GatewayError[] };

const failed = (errors: GatewayError[]): Outcome => ({ ok: false, errors });
const done = (key: string, notice: CurationNotice): Outcome => ({ ok: true, key, notice });

async function run(request: CurationRequest): Promise<Outcome> {
  switch (request.action) {
    case 'rename': {
      const result = await runOperation(RENAME_ENTITY, { key: request.key, name: request.name });
      return result.ok ? done(result.data.renameEntity.key, 'renamed') : failed(result.errors);
    }
    case 'retype': {
      const result = await runOperation(RETYPE_ENTITY, { key: request.key, type: request.type });
      return result.ok ? done(result.data.retypeEntity.key, 'retyped') : failed(result.errors);
    }
    case 'hide': {
      const result = await runOperation(HIDE_ENTITY, { key: request.key });
      return result.ok ? done(result.data.hideEntity.key, 'hidden') : failed(result.errors);
    }
    case 'unhide': {
      const result = await runOperation(UNHIDE_ENTITY, { key: request.key });
      return result.ok ? done(result.data.unhideEntity.key, 'unhidden') : failed(result.errors);
    }
    case 'merge': {
      const result = await runOperation(MERGE_ENTITIES, { keys: request.keys, into: request.into });
      return result.ok ? done(result.data.mergeEntities.key, 'merged') : failed(result.errors);
    }
    case 'unmerge': {
      // Back to the page the unmerge was made on (the restored entity has its own).
      const result = await runOperation(UNMERGE_ENTITY, { key: request.key });
      return result.ok ? done(request.from, 'unmerged') : failed(result.errors);
    }
    case 'split': {
      const result = await runOperation(SPLIT_ENTITY, {
        key: request.key,
        aliases: request.aliases,
        name: request.name,
        type: request.type,
      });
      return result.ok ? done(result.data.splitEntity.key, 'split') : failed(result.errors);
    }
    case 'markLinkWrong': {
      const result = await runOperation(MARK_LINK_WRONG, {
        key: request.key,
        aliases: request.aliases,
      });
      return result.ok ? done(result.data.markLinkWrong.key, 'unlinked') : failed(result.errors);
    }
  }
}

export async function curateEntityAction(_: ActionState, form: FormData): Promise<ActionState> {
  const parsed = parseCurationForm(form);
  if (!parsed.ok) return actionError('BAD_USER_INPUT', parsed.message);
  const outcome = await run(parsed.request);
  if (!outcome.ok) return { status: 'error', errors: outcome.errors, at: Date.now() };
  // Every page that shows entities may have changed (names, counts, merges).
  revalidatePath('/entities', 'layout');
  revalidatePath('/documents', 'layout');
  // The page is opened afresh with a fixed notice: forms that depended on the old state (the merge
  // picker's list, a merged key's unmerge, hide or unhide) are gone with it.
  redirect(entityHref(outcome.key, { done: outcome.notice }));
}

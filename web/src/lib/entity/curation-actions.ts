'use server';

import { revalidatePath } from 'next/cache';
import { redirect } from 'next/navigation';
import { actionError, actionOk, type ActionState } from '../admin/action-state.ts';
import { entityTypeName } from '../entity-types.ts';
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
// errors come back as they are (FORBIDDEN for a viewer, NOT_FOUND for an entity they cannot see).
// After a merge into another entity, a split or an unlinking, the page of the entity that now
// holds the mentions is opened, with a notice saying what happened.

type Outcome =
  | { ok: true; message: string; open?: { key: string; notice: CurationNotice } }
  | { ok: false; errors: GatewayError[] };

const failed = (errors: GatewayError[]): Outcome => ({ ok: false, errors });

async function run(request: CurationRequest): Promise<Outcome> {
  switch (request.action) {
    case 'rename': {
      const result = await runOperation(RENAME_ENTITY, { key: request.key, name: request.name });
      if (!result.ok) return failed(result.errors);
      return { ok: true, message: `Renamed to “${result.data.renameEntity.name}”.` };
    }
    case 'retype': {
      const result = await runOperation(RETYPE_ENTITY, { key: request.key, type: request.type });
      if (!result.ok) return failed(result.errors);
      const type = entityTypeName(result.data.retypeEntity.type, 1);
      return { ok: true, message: `Now typed as ${type}.` };
    }
    case 'hide': {
      const result = await runOperation(HIDE_ENTITY, { key: request.key });
      if (!result.ok) return failed(result.errors);
      const name = result.data.hideEntity.name;
      return { ok: true, message: `“${name}” is hidden from searches, lists and the explorer.` };
    }
    case 'unhide': {
      const result = await runOperation(UNHIDE_ENTITY, { key: request.key });
      if (!result.ok) return failed(result.errors);
      return { ok: true, message: `“${result.data.unhideEntity.name}” is shown again.` };
    }
    case 'merge': {
      const result = await runOperation(MERGE_ENTITIES, { keys: request.keys, into: request.into });
      if (!result.ok) return failed(result.errors);
      const merged = result.data.mergeEntities;
      return {
        ok: true,
        message: `Merged into “${merged.name}”.`,
        open: { key: merged.key, notice: 'merged' },
      };
    }
    case 'unmerge': {
      const result = await runOperation(UNMERGE_ENTITY, { key: request.key });
      if (!result.ok) return failed(result.errors);
      return { ok: true, message: `“${result.data.unmergeEntity.name}” is its own entity again.` };
    }
    case 'split': {
      const result = await runOperation(SPLIT_ENTITY, {
        key: request.key,
        aliases: request.aliases,
        name: request.name,
        type: request.type,
      });
      if (!result.ok) return failed(result.errors);
      const created = result.data.splitEntity;
      return {
        ok: true,
        message: `Split out as “${created.name}”.`,
        open: { key: created.key, notice: 'split' },
      };
    }
    case 'markLinkWrong': {
      const result = await runOperation(MARK_LINK_WRONG, {
        key: request.key,
        aliases: request.aliases,
      });
      if (!result.ok) return failed(result.errors);
      const unlinked = result.data.markLinkWrong;
      return {
        ok: true,
        message: `The link is marked wrong: “${unlinked.name}” stands on its own.`,
        open: { key: unlinked.key, notice: 'unlinked' },
      };
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
  const current = form.get('key');
  if (outcome.open && outcome.open.key !== current) {
    redirect(entityHref(outcome.open.key, { done: outcome.open.notice }));
  }
  return actionOk(outcome.message);
}

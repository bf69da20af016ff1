// What a curation form on the entity page asks for, read and checked before anything is sent:
// one pure function, so a form that names nothing, an unknown type or an empty name is answered
// in words at once. The API checks roles, collections and keys again and audits every call.
import { isEntityType, type KnownEntityType } from '../entity-types.ts';

export type CurationRequest =
  | { action: 'rename'; key: string; name: string }
  | { action: 'retype'; key: string; type: KnownEntityType }
  | { action: 'hide' | 'unhide'; key: string }
  /** `keys` are merged into `into`: the chosen entity into this one, or this one into it. */
  | { action: 'merge'; keys: string[]; into: string }
  /** `from`: the entity page the unmerge was asked on. */
  | { action: 'unmerge'; key: string; from: string }
  | {
      action: 'split';
      key: string;
      aliases: string[];
      name: string | null;
      type: KnownEntityType | null;
    }
  /** null aliases: the whole link is wrong. */
  | { action: 'markLinkWrong'; key: string; aliases: string[] | null };

export type ParsedCuration =
  { ok: true; request: CurationRequest } | { ok: false; message: string };

export const MAX_NAME_LENGTH = 200;
const MAX_KEY_LENGTH = 1_000;
const MAX_ALIASES = 200;

interface FormLike {
  get(name: string): FormDataEntryValue | null;
  getAll(name: string): FormDataEntryValue[];
}

function value(form: FormLike, name: string): string {
  const entry = form.get(name);
  return typeof entry === 'string' ? entry.trim() : '';
}

function key(form: FormLike, name: string): string | null {
  const entry = value(form, name);
  return entry && entry.length <= MAX_KEY_LENGTH ? entry : null;
}

function aliases(form: FormLike): string[] {
  const chosen = form
    .getAll('alias')
    .filter((entry): entry is string => typeof entry === 'string')
    .map((entry) => entry.trim())
    .filter(Boolean);
  return [...new Set(chosen)].slice(0, MAX_ALIASES);
}

function fail(message: string): ParsedCuration {
  return { ok: false, message };
}

export function parseCurationForm(form: FormLike): ParsedCuration {
  const action = value(form, 'action');
  const entityKey = key(form, 'key');
  if (!entityKey) return fail('The form did not name the entity.');
  switch (action) {
    case 'rename': {
      const name = value(form, 'name').replace(/\s+/g, ' ');
      if (!name) return fail('Enter the new name.');
      if (name.length > MAX_NAME_LENGTH) {
        return fail(`A name is at most ${MAX_NAME_LENGTH} characters.`);
      }
      return { ok: true, request: { action, key: entityKey, name } };
    }
    case 'retype': {
      const type = value(form, 'type');
      if (!isEntityType(type)) return fail('Choose one of the entity types.');
      return { ok: true, request: { action, key: entityKey, type } };
    }
    case 'hide':
    case 'unhide':
      return { ok: true, request: { action, key: entityKey } };
    case 'merge': {
      const other = key(form, 'other');
      if (!other) return fail('Choose the entity to merge with.');
      if (other === entityKey) return fail('An entity cannot be merged with itself.');
      const intoOther = value(form, 'direction') === 'into-other';
      return {
        ok: true,
        request: intoOther
          ? { action, keys: [entityKey], into: other }
          : { action, keys: [other], into: entityKey },
      };
    }
    case 'unmerge': {
      const member = key(form, 'member');
      if (!member) return fail('The form did not name the merged entity.');
      return { ok: true, request: { action, key: member, from: entityKey } };
    }
    case 'split': {
      const chosen = aliases(form);
      if (chosen.length === 0) return fail('Tick the aliases to split out.');
      const name = value(form, 'name').replace(/\s+/g, ' ');
      if (name.length > MAX_NAME_LENGTH) {
        return fail(`A name is at most ${MAX_NAME_LENGTH} characters.`);
      }
      const type = value(form, 'type');
      if (type && !isEntityType(type)) return fail('Choose one of the entity types.');
      return {
        ok: true,
        request: {
          action,
          key: entityKey,
          aliases: chosen,
          name: name || null,
          type: type && isEntityType(type) ? type : null,
        },
      };
    }
    case 'markLinkWrong': {
      const chosen = aliases(form);
      return {
        ok: true,
        request: { action, key: entityKey, aliases: chosen.length > 0 ? chosen : null },
      };
    }
    default:
      return fail('Unknown curation action.');
  }
}

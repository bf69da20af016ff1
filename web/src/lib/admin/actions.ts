'use server';

import { revalidatePath } from 'next/cache';
import { actionError, fromResult, type ActionState } from './action-state.ts';
import {
  createCollection,
  grantCollection,
  renameCollection,
  revokeCollectionGrant,
} from './collections.ts';
import { access, id, ids, requiredName, roles, text } from './form-fields.ts';
import {
  addGroupMember,
  createGroup,
  deleteGroup,
  removeGroupMember,
  updateGroup,
} from './groups.ts';
import { revokeApiToken } from './tokens.ts';
import {
  createUser,
  resetUserPassword,
  revokeUserSessions,
  setUserActive,
  setUserRoles,
  unlockUser,
} from './users.ts';

// The admin pages' server actions (useActionState signature). Each runs one fixed operation with
// the viewer's token; the API decides who may do what (admins) and its errors are shown as they
// come. After a change the admin pages are re-rendered from the API.

function refresh(): void {
  revalidatePath('/admin', 'layout');
}

function missing(what: string): ActionState {
  return actionError('BAD_USER_INPUT', `The form did not name a ${what}.`);
}

export async function createUserAction(_: ActionState, form: FormData): Promise<ActionState> {
  const email = text(form, 'email');
  const name = requiredName(form, 'name', 'Name');
  if (!/^[^\s@]+@[^\s@]+$/.test(email) || email.length > 254)
    return actionError('BAD_USER_INPUT', 'Enter a valid email address.');
  if (!name.ok) return actionError('BAD_USER_INPUT', name.message);
  const chosen = roles(form);
  if (chosen.length === 0) return actionError('BAD_USER_INPUT', 'Choose at least one role.');
  const result = await createUser({
    email,
    name: name.value,
    roles: chosen,
    collectionIds: ids(form, 'collectionIds'),
  });
  refresh();
  return fromResult(result, ({ createUser: { user, password } }) => ({
    message: `Created ${user.email}.`,
    secret: { label: `Password for ${user.email}`, value: password },
  }));
}

export async function setUserActiveAction(_: ActionState, form: FormData): Promise<ActionState> {
  const userId = id(form, 'id');
  if (!userId) return missing('user');
  const active = text(form, 'active') === 'true';
  const result = await setUserActive(userId, active);
  refresh();
  return fromResult(result, ({ setUserActive: user }) =>
    user.active ? `${user.email} can sign in again.` : `${user.email} is deactivated.`,
  );
}

export async function resetPasswordAction(_: ActionState, form: FormData): Promise<ActionState> {
  const userId = id(form, 'id');
  if (!userId) return missing('user');
  const result = await resetUserPassword(userId);
  refresh();
  return fromResult(result, ({ resetUserPassword: { user, password } }) => ({
    message: `The password of ${user.email} was replaced.`,
    secret: { label: `New password for ${user.email}`, value: password },
  }));
}

export async function unlockUserAction(_: ActionState, form: FormData): Promise<ActionState> {
  const userId = id(form, 'id');
  if (!userId) return missing('user');
  const result = await unlockUser(userId);
  refresh();
  return fromResult(result, ({ unlockUser: user }) => `${user.email} is unlocked.`);
}

export async function setUserRolesAction(_: ActionState, form: FormData): Promise<ActionState> {
  const userId = id(form, 'id');
  if (!userId) return missing('user');
  const chosen = roles(form);
  if (chosen.length === 0) return actionError('BAD_USER_INPUT', 'Choose at least one role.');
  const result = await setUserRoles(userId, chosen);
  refresh();
  return fromResult(
    result,
    ({ setUserRoles: user }) => `Roles of ${user.email}: ${user.roles.join(', ')}.`,
  );
}

export async function revokeUserSessionsAction(
  _: ActionState,
  form: FormData,
): Promise<ActionState> {
  const userId = id(form, 'id');
  if (!userId) return missing('user');
  const result = await revokeUserSessions(userId);
  refresh();
  return fromResult(result, ({ revokeUserSessions: count }) =>
    count === 0
      ? 'There was nothing to revoke: no live sessions or tokens.'
      : `Signed out everywhere: ${count} live session${count === 1 ? '' : 's'} and API token${count === 1 ? '' : 's'} revoked.`,
  );
}

export async function createGroupAction(_: ActionState, form: FormData): Promise<ActionState> {
  const name = requiredName(form, 'name', 'Name', 100);
  if (!name.ok) return actionError('BAD_USER_INPUT', name.message);
  const result = await createGroup({
    name: name.value,
    description: text(form, 'description'),
  });
  refresh();
  return fromResult(result, ({ createGroup: group }) => `Created the group ${group.name}.`);
}

export async function updateGroupAction(_: ActionState, form: FormData): Promise<ActionState> {
  const groupId = id(form, 'id');
  if (!groupId) return missing('group');
  const name = requiredName(form, 'name', 'Name', 100);
  if (!name.ok) return actionError('BAD_USER_INPUT', name.message);
  const result = await updateGroup(groupId, {
    name: name.value,
    description: text(form, 'description'),
  });
  refresh();
  return fromResult(result, ({ updateGroup: group }) => `Saved the group ${group.name}.`);
}

export async function deleteGroupAction(_: ActionState, form: FormData): Promise<ActionState> {
  const groupId = id(form, 'id');
  if (!groupId) return missing('group');
  const result = await deleteGroup(groupId);
  refresh();
  return fromResult(result, () => 'The group was deleted.');
}

export async function addGroupMemberAction(_: ActionState, form: FormData): Promise<ActionState> {
  const groupId = id(form, 'groupId');
  const userId = id(form, 'userId');
  if (!groupId) return missing('group');
  if (!userId) return missing('user');
  const result = await addGroupMember(groupId, userId);
  refresh();
  return fromResult(result, ({ addGroupMember: group }) => `Added to ${group.name}.`);
}

export async function removeGroupMemberAction(
  _: ActionState,
  form: FormData,
): Promise<ActionState> {
  const groupId = id(form, 'groupId');
  const userId = id(form, 'userId');
  if (!groupId) return missing('group');
  if (!userId) return missing('user');
  const result = await removeGroupMember(groupId, userId);
  refresh();
  return fromResult(result, ({ removeGroupMember: group }) => `Removed from ${group.name}.`);
}

export async function createCollectionAction(_: ActionState, form: FormData): Promise<ActionState> {
  const name = requiredName(form, 'name', 'Name', 100);
  if (!name.ok) return actionError('BAD_USER_INPUT', name.message);
  const result = await createCollection(name.value);
  refresh();
  return fromResult(result, ({ createCollection: c }) => `Created the collection ${c.name}.`);
}

export async function renameCollectionAction(_: ActionState, form: FormData): Promise<ActionState> {
  const collectionId = id(form, 'id');
  if (!collectionId) return missing('collection');
  const name = requiredName(form, 'name', 'Name', 100);
  if (!name.ok) return actionError('BAD_USER_INPUT', name.message);
  const result = await renameCollection(collectionId, name.value);
  refresh();
  return fromResult(result, ({ renameCollection: c }) => `Renamed to ${c.name}.`);
}

/** access READ / WRITE grants (replacing the group's previous grant); NONE revokes it. */
export async function setGrantAction(_: ActionState, form: FormData): Promise<ActionState> {
  const collectionId = id(form, 'collectionId');
  const groupId = id(form, 'groupId');
  if (!collectionId) return missing('collection');
  if (!groupId) return missing('group');
  const level = access(form);
  if (!level && text(form, 'access') !== 'NONE')
    return actionError('BAD_USER_INPUT', 'Choose READ, WRITE or no access.');
  if (!level) {
    const result = await revokeCollectionGrant(collectionId, groupId);
    refresh();
    return fromResult(result, () => 'Access removed.');
  }
  const result = await grantCollection(collectionId, groupId, level);
  refresh();
  return fromResult(result, ({ grantCollection: collection }) => {
    const group = collection.grants.find((g) => g.group.id === groupId)?.group.name ?? 'The group';
    const verb = level === 'READ' ? 'read' : 'read and write';
    return `${group} may now ${verb} ${collection.name}.`;
  });
}

export async function revokeTokenAction(_: ActionState, form: FormData): Promise<ActionState> {
  const tokenId = id(form, 'id');
  if (!tokenId) return missing('token');
  const result = await revokeApiToken(tokenId);
  refresh();
  revalidatePath('/profile');
  return fromResult(result, ({ revokeApiToken: t }) => `Revoked the token ${t.name}.`);
}

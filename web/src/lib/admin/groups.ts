import 'server-only';
import { runOperation } from '../gateway/run-operation.ts';
import {
  ADMIN_ADD_GROUP_MEMBER,
  ADMIN_CREATE_GROUP,
  ADMIN_DELETE_GROUP,
  ADMIN_GROUP,
  ADMIN_GROUPS,
  ADMIN_GROUP_NAMES,
  ADMIN_REMOVE_GROUP_MEMBER,
  ADMIN_UPDATE_GROUP,
  GROUPS_PAGE_SIZE,
} from '../operations/admin.ts';

// Groups (identity contract): list, one, create, update, delete, members.

export { GROUPS_PAGE_SIZE };

export function fetchGroups(after: string | null, first = GROUPS_PAGE_SIZE) {
  return runOperation(ADMIN_GROUPS, { first, after });
}

/**
 * Ids and names only, for pickers: the full GROUP selection (members, grants) of a long page
 * would exceed the gateway's query cost limit.
 */
export function fetchGroupNames(first: number) {
  return runOperation(ADMIN_GROUP_NAMES, { first });
}

export function fetchGroup(id: string) {
  return runOperation(ADMIN_GROUP, { id });
}

export interface GroupInput {
  name: string;
  description: string;
}

export function createGroup(input: GroupInput) {
  return runOperation(ADMIN_CREATE_GROUP, { input });
}

export function updateGroup(id: string, input: GroupInput) {
  return runOperation(ADMIN_UPDATE_GROUP, { id, input });
}

export function deleteGroup(id: string) {
  return runOperation(ADMIN_DELETE_GROUP, { id });
}

export function addGroupMember(groupId: string, userId: string) {
  return runOperation(ADMIN_ADD_GROUP_MEMBER, { groupId, userId });
}

export function removeGroupMember(groupId: string, userId: string) {
  return runOperation(ADMIN_REMOVE_GROUP_MEMBER, { groupId, userId });
}

import 'server-only';
import { z } from 'zod';
import { runOperation } from './run-operation.ts';
import { group, page } from './schemas.ts';
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

export function fetchGroups(token: string, after: string | null, first = GROUPS_PAGE_SIZE) {
  return runOperation(token, ADMIN_GROUPS, { first, after }, z.object({ groups: page(group) }));
}

/**
 * Ids and names only, for pickers: the full GROUP selection (members, grants) of a long page
 * would exceed the gateway's query cost limit.
 */
export function fetchGroupNames(token: string, first: number) {
  return runOperation(
    token,
    ADMIN_GROUP_NAMES,
    { first },
    z.object({ groups: page(z.object({ id: z.string(), name: z.string() })) }),
  );
}

export function fetchGroup(token: string, id: string) {
  return runOperation(token, ADMIN_GROUP, { id }, z.object({ group: group.nullable() }));
}

export interface GroupInput {
  name: string;
  description: string;
}

export function createGroup(token: string, input: GroupInput) {
  return runOperation(token, ADMIN_CREATE_GROUP, { input }, z.object({ createGroup: group }));
}

export function updateGroup(token: string, id: string, input: GroupInput) {
  return runOperation(token, ADMIN_UPDATE_GROUP, { id, input }, z.object({ updateGroup: group }));
}

export function deleteGroup(token: string, id: string) {
  return runOperation(token, ADMIN_DELETE_GROUP, { id }, z.object({ deleteGroup: z.boolean() }));
}

export function addGroupMember(token: string, groupId: string, userId: string) {
  return runOperation(
    token,
    ADMIN_ADD_GROUP_MEMBER,
    { groupId, userId },
    z.object({ addGroupMember: group }),
  );
}

export function removeGroupMember(token: string, groupId: string, userId: string) {
  return runOperation(
    token,
    ADMIN_REMOVE_GROUP_MEMBER,
    { groupId, userId },
    z.object({ removeGroupMember: group }),
  );
}

import 'server-only';
import { z } from 'zod';
import { GROUP, PAGE_INFO } from './fields.ts';
import { runOperation } from './run-operation.ts';
import { group, page } from './schemas.ts';

// Groups (identity contract): list, one, create, update, delete, members.

export const GROUPS_PAGE_SIZE = 50;

export function fetchGroups(token: string, after: string | null, first = GROUPS_PAGE_SIZE) {
  return runOperation(
    token,
    `query AdminGroups($first: Int!, $after: String) {
      groups(first: $first, after: $after) { nodes { ${GROUP} } ${PAGE_INFO} }
    }`,
    { first, after },
    z.object({ groups: page(group) }),
  );
}

/**
 * Ids and names only, for pickers: the full GROUP selection (members, grants) of a long page
 * would exceed the gateway's query cost limit.
 */
export function fetchGroupNames(token: string, first: number) {
  return runOperation(
    token,
    `query AdminGroupNames($first: Int!) {
      groups(first: $first) { nodes { id name } ${PAGE_INFO} }
    }`,
    { first },
    z.object({ groups: page(z.object({ id: z.string(), name: z.string() })) }),
  );
}

export function fetchGroup(token: string, id: string) {
  return runOperation(
    token,
    `query AdminGroup($id: ID!) { group(id: $id) { ${GROUP} } }`,
    { id },
    z.object({ group: group.nullable() }),
  );
}

export interface GroupInput {
  name: string;
  description: string;
}

export function createGroup(token: string, input: GroupInput) {
  return runOperation(
    token,
    `mutation AdminCreateGroup($input: GroupInput!) { createGroup(input: $input) { ${GROUP} } }`,
    { input },
    z.object({ createGroup: group }),
  );
}

export function updateGroup(token: string, id: string, input: GroupInput) {
  return runOperation(
    token,
    `mutation AdminUpdateGroup($id: ID!, $input: GroupInput!) {
      updateGroup(id: $id, input: $input) { ${GROUP} }
    }`,
    { id, input },
    z.object({ updateGroup: group }),
  );
}

export function deleteGroup(token: string, id: string) {
  return runOperation(
    token,
    'mutation AdminDeleteGroup($id: ID!) { deleteGroup(id: $id) }',
    { id },
    z.object({ deleteGroup: z.boolean() }),
  );
}

export function addGroupMember(token: string, groupId: string, userId: string) {
  return runOperation(
    token,
    `mutation AdminAddGroupMember($groupId: ID!, $userId: ID!) {
      addGroupMember(groupId: $groupId, userId: $userId) { ${GROUP} }
    }`,
    { groupId, userId },
    z.object({ addGroupMember: group }),
  );
}

export function removeGroupMember(token: string, groupId: string, userId: string) {
  return runOperation(
    token,
    `mutation AdminRemoveGroupMember($groupId: ID!, $userId: ID!) {
      removeGroupMember(groupId: $groupId, userId: $userId) { ${GROUP} }
    }`,
    { groupId, userId },
    z.object({ removeGroupMember: group }),
  );
}

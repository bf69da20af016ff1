import { BadUserInputError } from '@quarry/service-kit';
import type { GroupInput } from '../../generated/resolvers-types.ts';
import type { AccountsStore, CollectionRecord } from '../accounts-store.ts';
import { isAccess, type Access } from '../identity/access.ts';
import type { GroupRecord, GroupsStore } from './groups-store.ts';

/** Group and collection administration. Authorization and auditing happen around these. */

export const MAX_NAME = 100;
export const MAX_DESCRIPTION = 1000;

function checkName(value: string, what: string): string {
  const name = value.trim();
  if (!name || name.length > MAX_NAME) {
    throw new BadUserInputError(`The ${what} name needs 1 to ${MAX_NAME} characters.`);
  }
  return name;
}

function groupFields(input: GroupInput): { name: string; description: string } {
  const description = (input.description ?? '').trim();
  if (description.length > MAX_DESCRIPTION) {
    throw new BadUserInputError(`The description may have at most ${MAX_DESCRIPTION} characters.`);
  }
  return { name: checkName(input.name, 'group'), description };
}

export async function existingGroup(groups: GroupsStore, id: string): Promise<GroupRecord> {
  const group = await groups.groupById(id);
  if (!group) throw new BadUserInputError('No such group.');
  return group;
}

export async function existingCollection(
  store: AccountsStore,
  id: string,
): Promise<CollectionRecord> {
  const collection = await store.collectionById(id);
  if (!collection) throw new BadUserInputError('No such collection.');
  return collection;
}

export async function createGroup(groups: GroupsStore, input: GroupInput): Promise<GroupRecord> {
  const { name, description } = groupFields(input);
  if (await groups.groupNameTaken(name, null)) {
    throw new BadUserInputError('A group with this name already exists.');
  }
  return groups.createGroup(name, description);
}

export async function updateGroup(
  groups: GroupsStore,
  id: string,
  input: GroupInput,
): Promise<GroupRecord> {
  await existingGroup(groups, id);
  const { name, description } = groupFields(input);
  if (await groups.groupNameTaken(name, id)) {
    throw new BadUserInputError('A group with this name already exists.');
  }
  return groups.updateGroup(id, name, description);
}

export async function createCollection(
  groups: GroupsStore,
  value: string,
): Promise<CollectionRecord> {
  const name = checkName(value, 'collection');
  if (await groups.collectionNameTaken(name, null)) {
    throw new BadUserInputError('A collection with this name already exists.');
  }
  return groups.createCollection(name);
}

export async function renameCollection(
  store: AccountsStore,
  groups: GroupsStore,
  id: string,
  value: string,
): Promise<CollectionRecord> {
  await existingCollection(store, id);
  const name = checkName(value, 'collection');
  if (await groups.collectionNameTaken(name, id)) {
    throw new BadUserInputError('A collection with this name already exists.');
  }
  return groups.renameCollection(id, name);
}

/** READ / WRITE (the GraphQL enum) to the stored 'read' / 'write'. */
export function toAccess(value: string): Access {
  const access = value.toLowerCase();
  if (!isAccess(access)) throw new BadUserInputError('access must be READ or WRITE.');
  return access;
}

import { ROLES, type Role } from '@quarry/auth';
import { generatePassword, hashPassword, normalizeEmail, Prisma } from '@quarry/prisma';
import { BadUserInputError } from '@quarry/service-kit';
import type { CreateUserInput } from '../generated/resolvers-types.ts';
import type { AccountsStore, AccountUser, UserPage } from './accounts-store.ts';

/** Admin user management. Authorization and auditing happen around these (see audited.ts). */

export interface UserWithPassword {
  user: AccountUser;
  /** Shown once to the admin; only its bcrypt hash is stored. */
  password: string;
}

const MAX_PAGE = 200;
// Deliberately loose: the only reliable check of an address is mail reaching it.
const EMAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

export async function listUsers(
  store: AccountsStore,
  first: number,
  after: string | null,
): Promise<UserPage> {
  if (!Number.isInteger(first) || first < 1 || first > MAX_PAGE) {
    throw new BadUserInputError(`first must be between 1 and ${MAX_PAGE}`);
  }
  return store.listUsers(first, after);
}

export function toRoles(values: readonly string[]): Role[] {
  const roles = [...new Set(values.map((value) => value.toLowerCase()))];
  if (roles.length === 0) throw new BadUserInputError('A user needs at least one role.');
  return roles.map((role) => {
    if (!(ROLES as readonly string[]).includes(role)) {
      throw new BadUserInputError(`Unknown role ${role}`);
    }
    return role as Role;
  });
}

export async function createUser(
  store: AccountsStore,
  args: CreateUserInput,
): Promise<UserWithPassword> {
  const email = normalizeEmail(args.email);
  const name = args.name.trim();
  if (!EMAIL.test(email)) throw new BadUserInputError('The email address is not valid.');
  if (!name) throw new BadUserInputError('The name must not be empty.');
  const roles = toRoles(args.roles);
  const collectionIds = [...new Set(args.collectionIds ?? [])];
  const missing = await store.missingCollections(collectionIds);
  if (missing.length > 0) throw new BadUserInputError(`Unknown collections: ${missing.join(', ')}`);
  if (await store.emailExists(email)) {
    throw new BadUserInputError('A user with this email already exists.');
  }
  const password = generatePassword();
  try {
    const user = await store.createUser({
      email,
      name,
      roles,
      collectionIds,
      passwordHash: await hashPassword(password),
    });
    return { user, password };
  } catch (error) {
    // Another admin created the same email between the check and the insert.
    if (error instanceof Prisma.PrismaClientKnownRequestError && error.code === 'P2002') {
      throw new BadUserInputError('A user with this email already exists.');
    }
    throw error;
  }
}

export async function existingUser(store: AccountsStore, id: string): Promise<AccountUser> {
  const user = await store.userById(id);
  if (!user) throw new BadUserInputError('No such user.');
  return user;
}

export async function resetUserPassword(
  store: AccountsStore,
  id: string,
): Promise<UserWithPassword> {
  await existingUser(store, id);
  const password = generatePassword();
  const user = await store.setPassword(id, await hashPassword(password));
  return { user, password };
}

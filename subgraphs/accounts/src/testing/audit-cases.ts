import type { PrismaClient } from '@quarry/prisma';

/**
 * The audit case of every accounts mutation: which action it must write, and a call that succeeds
 * when an admin makes it. Shared by this subgraph's mutation-audit test and the gateway's
 * cross-subgraph one, so a new mutation needs exactly one new case, here.
 */

/** Users the cases act on or as; `prepareAuditFixture` creates them. */
export const AUDIT_USERS = {
  target: 'audit-target@example.org',
  leaver: 'audit-leaver@example.org',
} as const;

export interface AuditFixture {
  adminEmail: string;
  adminPassword: string;
  adminToken: string;
  targetId: string;
  groupId: string;
  spareGroupId: string;
  collectionId: string;
  targetSessionId: string;
  targetTokenId: string;
  /** An ID token for the admin from the OIDC provider the accounts service under test trusts. */
  adminIdToken: string;
}

export interface AuditCase<F extends AuditFixture = AuditFixture> {
  action: string;
  /** A call that succeeds when made by an admin. */
  query: string;
  variables: (fixture: F) => Record<string, unknown>;
  /** A fresh session of this user makes the call instead of the admin (e.g. logout ends it). */
  as?: string;
  /**
   * Sign-ins only (anonymous): variables that make the call fail. Other mutations are refused by
   * calling them without a token (or with a READ-only one).
   */
  refusedVariables?: () => Record<string, unknown>;
}

export const ACCOUNTS_AUDIT_CASES: Record<string, AuditCase> = {
  login: {
    action: 'login',
    query: 'mutation ($e: String!, $p: String!) { login(email: $e, password: $p) { ok } }',
    variables: (f) => ({ e: f.adminEmail, p: f.adminPassword }),
    refusedVariables: () => ({ p: 'wrong' }),
  },
  loginWithOidc: {
    action: 'login',
    query: 'mutation ($t: String!) { loginWithOidc(idToken: $t) { ok } }',
    variables: (f) => ({ t: f.adminIdToken }),
    refusedVariables: () => ({ t: 'not-an-id-token' }),
  },
  changePassword: {
    action: 'password.change',
    query: `mutation ($c: String!, $n: String!) {
      changePassword(currentPassword: $c, newPassword: $n) { ok } }`,
    // Changes it to itself plus a suffix: still the admin's, and different from the current one.
    variables: (f) => ({ c: f.adminPassword, n: `${f.adminPassword} 2` }),
  },
  createUser: {
    action: 'user.create',
    query: `mutation ($input: CreateUserInput!) { createUser(input: $input) { password } }`,
    variables: () => ({ input: { email: 'made@example.org', name: 'Made', roles: ['VIEWER'] } }),
  },
  setUserActive: {
    action: 'user.setActive',
    query: 'mutation ($id: ID!) { setUserActive(id: $id, active: false) { id } }',
    variables: (f) => ({ id: f.targetId }),
  },
  resetUserPassword: {
    action: 'user.resetPassword',
    query: 'mutation ($id: ID!) { resetUserPassword(id: $id) { password } }',
    variables: (f) => ({ id: f.targetId }),
  },
  unlockUser: {
    action: 'user.unlock',
    query: 'mutation ($id: ID!) { unlockUser(id: $id) { id } }',
    variables: (f) => ({ id: f.targetId }),
  },
  logout: {
    action: 'logout',
    query: 'mutation { logout }',
    variables: () => ({}),
    as: AUDIT_USERS.leaver,
  },
  revokeSession: {
    action: 'session.revoke',
    query: 'mutation ($id: ID!) { revokeSession(id: $id) { id revokedAt } }',
    variables: (f) => ({ id: f.targetSessionId }),
  },
  revokeUserSessions: {
    action: 'user.revokeSessions',
    query: 'mutation ($id: ID!) { revokeUserSessions(userId: $id) }',
    variables: (f) => ({ id: f.targetId }),
  },
  setUserRoles: {
    action: 'user.setRoles',
    query: 'mutation ($id: ID!) { setUserRoles(id: $id, roles: [ANALYST, DEVELOPER]) { roles } }',
    variables: (f) => ({ id: f.targetId }),
  },
  createGroup: {
    action: 'group.create',
    query: 'mutation { createGroup(input: { name: "Made here" }) { id } }',
    variables: () => ({}),
  },
  updateGroup: {
    action: 'group.update',
    query: 'mutation ($id: ID!) { updateGroup(id: $id, input: { name: "Renamed" }) { id } }',
    variables: (f) => ({ id: f.groupId }),
  },
  deleteGroup: {
    action: 'group.delete',
    query: 'mutation ($id: ID!) { deleteGroup(id: $id) }',
    variables: (f) => ({ id: f.spareGroupId }),
  },
  addGroupMember: {
    action: 'group.addMember',
    query: 'mutation ($g: ID!, $u: ID!) { addGroupMember(groupId: $g, userId: $u) { id } }',
    variables: (f) => ({ g: f.groupId, u: f.targetId }),
  },
  removeGroupMember: {
    action: 'group.removeMember',
    query: 'mutation ($g: ID!, $u: ID!) { removeGroupMember(groupId: $g, userId: $u) { id } }',
    variables: (f) => ({ g: f.groupId, u: f.targetId }),
  },
  createCollection: {
    action: 'collection.create',
    query: 'mutation { createCollection(name: "Fresh") { id } }',
    variables: () => ({}),
  },
  renameCollection: {
    action: 'collection.rename',
    query: 'mutation ($id: ID!) { renameCollection(id: $id, name: "Renamed") { id } }',
    variables: (f) => ({ id: f.collectionId }),
  },
  grantCollection: {
    action: 'collection.grant',
    query: `mutation ($c: ID!, $g: ID!) {
      grantCollection(collectionId: $c, groupId: $g, access: WRITE) { id } }`,
    variables: (f) => ({ c: f.collectionId, g: f.groupId }),
  },
  revokeCollectionGrant: {
    action: 'collection.revokeGrant',
    query: `mutation ($c: ID!, $g: ID!) {
      revokeCollectionGrant(collectionId: $c, groupId: $g) { id } }`,
    variables: (f) => ({ c: f.collectionId, g: f.groupId }),
  },
  createApiToken: {
    action: 'token.create',
    query: `mutation { createApiToken(input: { name: "ci", scopes: [READ], expiresInDays: 7 }) {
      secret } }`,
    variables: () => ({}),
  },
  revokeApiToken: {
    action: 'token.revoke',
    query: 'mutation ($id: ID!) { revokeApiToken(id: $id) { id } }',
    variables: (f) => ({ id: f.targetTokenId }),
  },
};

/**
 * Creates what the cases act on. `createUser` makes a user who can sign in with the caller's test
 * password; `signIn` returns a session token for an email.
 */
export async function prepareAuditFixture(options: {
  prisma: PrismaClient;
  adminEmail: string;
  adminPassword: string;
  adminToken: string;
  createUser: (email: string, roles: string[]) => Promise<string>;
  signIn: (email: string) => Promise<string>;
  /** An ID token for `email` from the OIDC provider the accounts service trusts. */
  idToken: (email: string) => Promise<string>;
}): Promise<{ fixture: AuditFixture; userIds: Record<string, string> }> {
  const { prisma } = options;
  const targetId = await options.createUser(AUDIT_USERS.target, ['viewer']);
  const leaverId = await options.createUser(AUDIT_USERS.leaver, ['viewer']);
  const suffix = targetId.slice(-6);
  const groupId = (await prisma.group.create({ data: { name: `Audit fixture ${suffix}` } })).id;
  const spareGroupId = (await prisma.group.create({ data: { name: `Audit spare ${suffix}` } })).id;
  const collectionId = (await prisma.collection.create({ data: { name: `Audited ${suffix}` } })).id;
  await options.signIn(AUDIT_USERS.target);
  const targetSessionId = (await prisma.session.findFirstOrThrow({ where: { userId: targetId } }))
    .id;
  const targetTokenId = (
    await prisma.apiToken.create({
      data: {
        userId: targetId,
        name: 'fixture',
        prefix: 'qk_fixture',
        secretHash: '0'.repeat(64),
        expiresAt: new Date(Date.now() + 86_400_000),
      },
    })
  ).id;
  return {
    fixture: {
      adminEmail: options.adminEmail,
      adminPassword: options.adminPassword,
      adminToken: options.adminToken,
      targetId,
      groupId,
      spareGroupId,
      collectionId,
      targetSessionId,
      targetTokenId,
      adminIdToken: await options.idToken(options.adminEmail),
    },
    userIds: { [AUDIT_USERS.target]: targetId, [AUDIT_USERS.leaver]: leaverId },
  };
}

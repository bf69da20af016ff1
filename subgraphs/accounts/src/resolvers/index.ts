import type { Resolvers } from '../../generated/resolvers-types.ts';
import { AuditEvent } from './audit-event.ts';
import { CollectionGrant } from './collection-grant.ts';
import { Collection } from './collection.ts';
import { ApiToken, Session } from './credentials.ts';
import { Group } from './group.ts';
import { CredentialMutation } from './mutation-credentials.ts';
import { GroupMutation } from './mutation-groups.ts';
import { UserMutation } from './mutation.ts';
import { Query } from './query.ts';
import { User } from './user.ts';

export const resolvers: Resolvers = {
  Query,
  Mutation: { ...UserMutation, ...CredentialMutation, ...GroupMutation },
  User,
  Collection,
  CollectionGrant,
  Group,
  ApiToken,
  Session,
  AuditEvent,
};

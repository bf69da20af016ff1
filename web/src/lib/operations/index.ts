// Every GraphQL operation the web app sends (typed documents), with the variables that decide its
// cost (page sizes): one list, so the gateway's web-operations-fit.test.ts can run each through
// the gateway's limits. A new operation goes into one of the modules beside this one and into
// WEB_OPERATIONS; that test fails for an operation written anywhere in web/src that is not listed.
import { addTypenameToDocument } from '@apollo/client/utilities';
import type { DocumentNode } from 'graphql';
import {
  CHILDREN_PER_PAGE,
  DOCUMENT_QUERY,
  DOCUMENT_TEXT_QUERY,
  LIBRARY_SIZE_QUERY,
  RESULTS_PER_PAGE,
  SEARCH_PAGE_QUERY,
} from '../search/operations.ts';
import { TRIPLES_PER_PAGE } from '../triples/triples-state.ts';
import * as admin from './admin.ts';
import * as document from './document.ts';
import * as entity from './entity.ts';
import * as explorer from './explorer.ts';
import * as ingest from './ingest.ts';
import * as profile from './profile.ts';
import * as signIn from './sign-in.ts';

export interface WebOperation {
  /** As Apollo Client sends it: its cache adds `__typename` to every selection. */
  document: DocumentNode;
  /** Each set of variables the web app sends that changes the cost (at least one, maybe `{}`). */
  variables: readonly Readonly<Record<string, unknown>>[];
}

const sent = (document: DocumentNode): DocumentNode => addTypenameToDocument(document);
const fixed = (document: DocumentNode): WebOperation => ({
  document: sent(document),
  variables: [{}],
});
const paged = (document: DocumentNode, ...sizes: number[]): WebOperation => ({
  document: sent(document),
  variables: sizes.map((first) => ({ first })),
});

export const WEB_OPERATIONS: readonly WebOperation[] = [
  fixed(signIn.LOGIN_MUTATION),
  fixed(signIn.OIDC_LOGIN_MUTATION),

  { document: sent(SEARCH_PAGE_QUERY), variables: [{ first: RESULTS_PER_PAGE }] },
  fixed(LIBRARY_SIZE_QUERY),
  { document: sent(DOCUMENT_QUERY), variables: [{ childrenFirst: CHILDREN_PER_PAGE }] },
  fixed(DOCUMENT_TEXT_QUERY),
  fixed(document.SKILLS_QUERY),
  fixed(document.RERUN_MUTATION),

  // Lists ask for one more than they show, to tell whether a next page exists.
  {
    document: sent(entity.ENTITY_PAGE_QUERY),
    variables: [
      {
        mentionsFirst: entity.ENTITY_MENTIONS_PER_PAGE + 1,
        triplesFirst: entity.ENTITY_TRIPLES_PER_PAGE + 1,
        cooccurringFirst: entity.ENTITY_COOCCURRING,
      },
    ],
  },
  {
    document: sent(entity.ENTITY_MATCHES_QUERY),
    variables: [{ first: entity.ENTITY_MATCHES + 1 }],
  },
  paged(entity.TRIPLES_QUERY, TRIPLES_PER_PAGE + 1),
  fixed(entity.MERGE_ENTITIES),
  fixed(entity.UNMERGE_ENTITY),
  fixed(entity.SPLIT_ENTITY),
  fixed(entity.RENAME_ENTITY),
  fixed(entity.RETYPE_ENTITY),
  fixed(entity.HIDE_ENTITY),
  fixed(entity.UNHIDE_ENTITY),
  fixed(entity.MARK_LINK_WRONG),
  {
    document: sent(entity.DOCUMENT_GRAPH_QUERY),
    variables: [
      {
        mentionsFirst: entity.DOCUMENT_MENTIONS,
        entitiesFirst: entity.DOCUMENT_ENTITIES,
        triplesFirst: entity.DOCUMENT_TRIPLES,
      },
    ],
  },

  {
    document: sent(explorer.EXPLORER_NEIGHBOURHOOD),
    variables: [{ keys: ['wikipedia:Berlin'], limit: explorer.NEIGHBOURHOOD_MAX_LIMIT }],
  },
  {
    document: sent(explorer.EXPLORER_PATHS),
    variables: [{ from: 'a', to: 'b', k: explorer.PATHS_MAX_K, maxHops: explorer.PATHS_MAX_HOPS }],
  },
  {
    document: sent(explorer.EXPLORER_SEARCH),
    variables: [{ query: 'b', first: explorer.SEARCH_HITS }],
  },
  paged(explorer.EXPLORER_SUGGESTIONS, explorer.SUGGESTIONS),
  fixed(explorer.EXPLORER_ENTITIES),

  fixed(ingest.UPLOAD_SETUP),
  paged(ingest.JOBS, ingest.JOBS_PAGE_SIZE),
  paged(ingest.JOB, ingest.ITEMS_PAGE_SIZE),
  fixed(ingest.JOB_STATUS),
  fixed(ingest.CREATE_JOB),
  fixed(ingest.RETRY_ITEMS),
  fixed(ingest.RETRY_FAILED),

  fixed(profile.PROFILE),
  fixed(profile.PROFILE_ACCESS),
  fixed(profile.CHANGE_PASSWORD),
  fixed(profile.MY_API_TOKENS),
  fixed(profile.CREATE_API_TOKEN),
  fixed(profile.MY_SESSIONS),
  fixed(profile.REVOKE_SESSION),
  fixed(profile.LOGOUT),

  paged(admin.ADMIN_USERS, admin.USERS_PAGE_SIZE, admin.PICKER_SIZES.users),
  fixed(admin.ADMIN_READABLE_COLLECTIONS),
  fixed(admin.ADMIN_CREATE_USER),
  fixed(admin.ADMIN_SET_USER_ACTIVE),
  fixed(admin.ADMIN_RESET_PASSWORD),
  fixed(admin.ADMIN_UNLOCK_USER),
  fixed(admin.ADMIN_SET_USER_ROLES),
  fixed(admin.ADMIN_REVOKE_USER_SESSIONS),
  paged(admin.ADMIN_GROUPS, admin.GROUPS_PAGE_SIZE, admin.PICKER_SIZES.groups),
  paged(admin.ADMIN_GROUP_NAMES, admin.PICKER_SIZES.groups),
  fixed(admin.ADMIN_GROUP),
  fixed(admin.ADMIN_CREATE_GROUP),
  fixed(admin.ADMIN_UPDATE_GROUP),
  fixed(admin.ADMIN_DELETE_GROUP),
  fixed(admin.ADMIN_ADD_GROUP_MEMBER),
  fixed(admin.ADMIN_REMOVE_GROUP_MEMBER),
  paged(admin.ADMIN_COLLECTIONS, admin.COLLECTIONS_PAGE_SIZE, admin.PICKER_SIZES.collections),
  fixed(admin.ADMIN_CREATE_COLLECTION),
  fixed(admin.ADMIN_RENAME_COLLECTION),
  fixed(admin.ADMIN_GRANT_COLLECTION),
  fixed(admin.ADMIN_REVOKE_COLLECTION_GRANT),
  paged(admin.ADMIN_API_TOKENS, admin.TOKENS_PAGE_SIZE),
  fixed(admin.REVOKE_API_TOKEN),
  paged(admin.ADMIN_AUDIT_EVENTS, admin.AUDIT_PAGE_SIZE, admin.EXPORT_PAGE_SIZE),
];

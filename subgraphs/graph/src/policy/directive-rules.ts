/**
 * Which @neo4j/graphql 7 directives type definitions may use, decided once. A directive not listed
 * here is refused until someone checks whether it bypasses the generated, filtered Cypher.
 */

/** Directives allowed on @node types (`query` only on scoped types: unscoped ones get no root fields). */
export const NODE_TYPE_DIRECTIVES = new Set([
  'node',
  'key',
  'shareable',
  'query',
  'limit',
  'plural',
]);

/** Directives allowed on fields (`cypher` and `filterable` have extra rules in apply-policy.ts). */
export const FIELD_DIRECTIVES = new Set([
  'relationship',
  'alias',
  'selectable',
  'settable',
  'sortable',
  'filterable',
  'coalesce',
  'default',
  'id',
  'timestamp',
  'cypher',
  'jwtClaim',
  'shareable',
  'deprecated',
]);

const OWNED_BY_POLICY =
  'the policy module adds authorization itself; declare exceptions in src/policy/scoping-policy.ts';
const WRITES_DISABLED =
  'mutations and subscriptions stay disabled (the pipeline writes); the policy turns them off';
const UNREVIEWED_ROOT =
  'it generates root query fields whose filtering the policy has not reviewed';

/** Why a known escape hatch is refused (shown in the startup error). */
export const REFUSED_DIRECTIVES: Readonly<Record<string, string>> = {
  authorization: OWNED_BY_POLICY,
  authentication: OWNED_BY_POLICY,
  subscriptionsAuthorization: OWNED_BY_POLICY,
  customResolver: 'a custom resolver runs outside the generated, filtered Cypher',
  populatedBy: `it runs callbacks on writes; ${WRITES_DISABLED}`,
  mutation: WRITES_DISABLED,
  subscription: WRITES_DISABLED,
  relayId: 'it generates a global node(id:) lookup the policy has not reviewed',
  fulltext: UNREVIEWED_ROOT,
  vector: UNREVIEWED_ROOT,
  declareRelationship: 'interfaces are not reviewed by the policy yet',
};

export function directiveProblem(where: string, name: string): string {
  const reason =
    REFUSED_DIRECTIVES[name] ??
    'not reviewed by the graph policy: check whether it bypasses the generated filters, then allow it in src/policy/directive-rules.ts';
  return `${where} uses @${name}: ${reason}`;
}

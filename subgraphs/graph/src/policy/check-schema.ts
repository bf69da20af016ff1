import { getNamedType, isObjectType, type GraphQLNamedType, type GraphQLSchema } from 'graphql';
import { GraphPolicyError } from './policy-error.ts';
import type { ScopedTypeDefs } from './apply-policy.ts';

/** Federation's own root fields: `_entities` resolves through the types' (scoped) reference resolvers. */
const FEDERATION_FIELDS = new Set(['_entities', '_service']);

/** The node type of a Relay connection type (`edges { node }`), if it is one. */
function connectionNodeType(type: GraphQLNamedType): string | undefined {
  const edges = isObjectType(type) ? type.getFields().edges : undefined;
  const edge = edges ? getNamedType(edges.type) : undefined;
  const node = edge && isObjectType(edge) ? edge.getFields().node : undefined;
  return node ? getNamedType(node.type).name : undefined;
}

/**
 * A second look, at the schema @neo4j/graphql generated: no writes but the policy's (audited curation
 * mutations), and every root query field
 * returns a scoped node type or a connection of one. This catches generated entry points that the
 * type definitions did not show (a new library feature, a directive allowed by mistake).
 */
export function assertScopedSchema(
  schema: GraphQLSchema,
  scoped: Pick<ScopedTypeDefs, 'scopedTypes' | 'scopedRootFields'> &
    Partial<Pick<ScopedTypeDefs, 'mutationFields'>>,
): void {
  const problems: string[] = [];
  const allowedMutations = new Set(scoped.mutationFields ?? []);
  for (const field of Object.keys(schema.getMutationType()?.getFields() ?? {})) {
    if (!allowedMutations.has(field)) problems.push(`the generated schema has mutation ${field}`);
  }
  if (schema.getSubscriptionType()) problems.push('the generated schema has subscriptions');
  const scopedTypes = new Set(scoped.scopedTypes);
  const rootFields = Object.values(schema.getQueryType()?.getFields() ?? {});
  for (const field of rootFields) {
    if (FEDERATION_FIELDS.has(field.name) || scoped.scopedRootFields.includes(field.name)) continue;
    const returned = getNamedType(field.type);
    const connectionOf = connectionNodeType(returned);
    if (!scopedTypes.has(returned.name) && !(connectionOf && scopedTypes.has(connectionOf))) {
      problems.push(`root field Query.${field.name} (${returned.name}) is not a scoped node type`);
    }
  }
  if (problems.length > 0) throw new GraphPolicyError(problems);
}

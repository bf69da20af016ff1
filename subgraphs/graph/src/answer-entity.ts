import {
  execute,
  Kind,
  OperationTypeNode,
  type DocumentNode,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type VariableDefinitionNode,
} from 'graphql';
import type { Context } from './context.ts';

/** The variable carrying the key (its name is unlikely to clash with the operation's own). */
const KEY_VARIABLE = 'quarryAnsweredEntityKey';

/**
 * Answers `entity(key:)` for the caller with the selection set of the field being resolved (a
 * curation mutation's), by running Query.entity on this schema: the same scoped Cypher, read-time
 * curation applied. The answer is keyed like the client asked (aliases included), which is how
 * @neo4j/graphql's field resolvers read their parent.
 */
export function createEntityAnswerer(schema: () => GraphQLSchema) {
  return async (key: string, context: Context, info: GraphQLResolveInfo): Promise<unknown> => {
    const [field] = info.fieldNodes;
    if (!field?.selectionSet) throw new Error('an Entity answer needs a selection set');
    const keyDefinition: VariableDefinitionNode = {
      kind: Kind.VARIABLE_DEFINITION,
      variable: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: KEY_VARIABLE } },
      type: {
        kind: Kind.NON_NULL_TYPE,
        type: { kind: Kind.NAMED_TYPE, name: { kind: Kind.NAME, value: 'ID' } },
      },
    };
    const document: DocumentNode = {
      kind: Kind.DOCUMENT,
      definitions: [
        {
          kind: Kind.OPERATION_DEFINITION,
          operation: OperationTypeNode.QUERY,
          variableDefinitions: [...(info.operation.variableDefinitions ?? []), keyDefinition],
          selectionSet: {
            kind: Kind.SELECTION_SET,
            selections: [
              {
                kind: Kind.FIELD,
                name: { kind: Kind.NAME, value: 'entity' },
                arguments: [
                  {
                    kind: Kind.ARGUMENT,
                    name: { kind: Kind.NAME, value: 'key' },
                    value: { kind: Kind.VARIABLE, name: { kind: Kind.NAME, value: KEY_VARIABLE } },
                  },
                ],
                selectionSet: field.selectionSet,
              },
            ],
          },
        },
        ...Object.values(info.fragments),
      ],
    };
    const result = await execute({
      schema: schema(),
      document,
      // A fresh context object: @neo4j/graphql keeps per-request state on it.
      contextValue: {
        viewer: context.viewer,
        jwt: context.jwt,
        cypherParams: context.cypherParams,
        ip: context.ip,
      },
      variableValues: { ...info.variableValues, [KEY_VARIABLE]: key },
    });
    const [error] = result.errors ?? [];
    if (error) throw error;
    return (result.data as { entity?: unknown } | null | undefined)?.entity ?? null;
  };
}

import {
  BREAK,
  Kind,
  OperationTypeNode,
  visit,
  type DocumentNode,
  type OperationDefinitionNode,
} from 'graphql';
import { fragmentsByName } from '../limits/fragments.ts';
import { INTROSPECTION_ROOTS } from '../limits/introspection.ts';

/** Root field names of an operation (fragments at the root followed). */
export function rootFields(document: DocumentNode, operation: OperationDefinitionNode): string[] {
  const fragments = fragmentsByName(document);
  const names: string[] = [];
  const seen = new Set<string>();
  const walk = (selections: OperationDefinitionNode['selectionSet']['selections']) => {
    for (const selection of selections) {
      if (selection.kind === Kind.FIELD) names.push(selection.name.value);
      else if (selection.kind === Kind.INLINE_FRAGMENT) walk(selection.selectionSet.selections);
      else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        const fragment = fragments.get(selection.name.value);
        if (fragment) walk(fragment.selectionSet.selections);
      }
    }
  };
  walk(operation.selectionSet.selections);
  return names;
}

export function isMutation(operation: OperationDefinitionNode): boolean {
  return operation.operation === OperationTypeNode.MUTATION;
}

/**
 * True when the document asks for the schema: `__schema` or `__type` anywhere (`__typename` is
 * not introspection: clients and the gateway's own query planning use it everywhere).
 */
export function usesIntrospection(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (!INTROSPECTION_ROOTS.has(node.name.value)) return undefined;
      found = true;
      return BREAK;
    },
  });
  return found;
}

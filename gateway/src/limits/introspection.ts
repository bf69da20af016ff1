import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './fragments.ts';

/** The entry points of introspection: their subtrees are exempt from depth and complexity. */
export const INTROSPECTION_ROOTS: ReadonlySet<string> = new Set(['__schema', '__type']);

/** Introspection fields that expand a type into more types. */
const TYPE_EXPANDING = new Set(['fields', 'inputFields', 'interfaces', 'possibleTypes']);

/**
 * True when an introspection subtree nests a type-expanding list inside another
 * (`__schema { types { fields { type { fields … } } } }`). The standard introspection query
 * (GraphiQL's too) never does: its type references only go down `ofType`. Without this a
 * circular introspection query grows its answer exponentially with its depth, and introspection is
 * exempt from the depth and complexity limits because the standard query is 15 levels deep.
 */
export function hasCircularIntrospection(document: DocumentNode): boolean {
  const fragments = fragmentsByName(document);
  const walk = (
    selectionSet: SelectionSetNode,
    inIntrospection: boolean,
    expanded: boolean,
    onPath: ReadonlySet<string>,
  ): boolean =>
    selectionSet.selections.some((selection) => {
      if (selection.kind === Kind.FIELD) {
        const name = selection.name.value;
        const introspecting = inIntrospection || INTROSPECTION_ROOTS.has(name);
        const expanding = introspecting && TYPE_EXPANDING.has(name);
        if (expanding && expanded) return true;
        return selection.selectionSet
          ? walk(selection.selectionSet, introspecting, expanded || expanding, onPath)
          : false;
      }
      if (selection.kind === Kind.INLINE_FRAGMENT) {
        return walk(selection.selectionSet, inIntrospection, expanded, onPath);
      }
      const name = selection.name.value;
      const fragment = fragments.get(name);
      if (!fragment || onPath.has(name)) return false;
      return walk(fragment.selectionSet, inIntrospection, expanded, new Set([...onPath, name]));
    });
  return document.definitions.some(
    (definition) =>
      definition.kind === Kind.OPERATION_DEFINITION &&
      walk(definition.selectionSet, false, false, new Set()),
  );
}

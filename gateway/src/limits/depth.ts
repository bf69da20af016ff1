import { Kind, type DocumentNode, type SelectionSetNode } from 'graphql';
import { fragmentsByName } from './fragments.ts';
import { INTROSPECTION_ROOTS } from './introspection.ts';

/**
 * The deepest field nesting of any operation in the document, following fragment spreads and
 * inline fragments (they add no depth of their own). `{ me { email } }` has depth 2.
 *
 * An introspection field (`__schema`, `__type`) counts as one level whatever it selects: the
 * standard introspection query is 15 levels deep; `hasCircularIntrospection` bounds it instead.
 *
 * This runs before validation, so the document may be invalid: a fragment cycle is cut where it
 * repeats (validation refuses it afterwards) and unknown fragments count as empty.
 */
export function queryDepth(document: DocumentNode): number {
  const fragments = fragmentsByName(document);
  const depthOf = (selectionSet: SelectionSetNode, onPath: ReadonlySet<string>): number => {
    let deepest = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        const below =
          selection.selectionSet && !INTROSPECTION_ROOTS.has(selection.name.value)
            ? depthOf(selection.selectionSet, onPath)
            : 0;
        deepest = Math.max(deepest, 1 + below);
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        deepest = Math.max(deepest, depthOf(selection.selectionSet, onPath));
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || onPath.has(name)) continue;
        deepest = Math.max(deepest, depthOf(fragment.selectionSet, new Set([...onPath, name])));
      }
    }
    return deepest;
  };
  let deepest = 0;
  for (const definition of document.definitions) {
    if (definition.kind === Kind.OPERATION_DEFINITION) {
      deepest = Math.max(deepest, depthOf(definition.selectionSet, new Set()));
    }
  }
  return deepest;
}

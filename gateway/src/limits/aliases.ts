import { visit, type DocumentNode } from 'graphql';

/**
 * Every alias written in the document, fragments included. Counting what is written (not what a
 * fragment expands to) is enough: expansion is bounded by the depth and complexity limits, and an
 * alias-heavy fragment spread many times is caught by complexity.
 */
export function countAliases(document: DocumentNode): number {
  let aliases = 0;
  visit(document, {
    Field(field) {
      if (field.alias) aliases += 1;
    },
  });
  return aliases;
}

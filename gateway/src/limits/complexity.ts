import {
  getNamedType,
  getNullableType,
  isCompositeType,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  type DocumentNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLSchema,
  type FieldNode,
  type SelectionSetNode,
} from 'graphql';
import { fragmentsByName } from './fragments.ts';
import { INTROSPECTION_ROOTS } from './introspection.ts';

/** Arguments that say how many items a field returns. */
const COUNT_ARGUMENTS = ['first', 'limit'] as const;
/** The assumed size of a list whose size the query does not state. */
export const DEFAULT_LIST_SIZE = 10;

/**
 * An argument-free field of id-less items whose selection holds only scalars or, in turn, such
 * value lists (`snippets { text highlights { start end } }`).
 */
function isValueList(node: FieldNode, item: GraphQLCompositeType | undefined): boolean {
  if (node.arguments?.length || !item || !isObjectType(item) || 'id' in item.getFields()) {
    return false;
  }
  return (node.selectionSet?.selections ?? []).every((selection) => {
    if (selection.kind !== Kind.FIELD) return false;
    if (!selection.selectionSet) return true;
    const inner = item.getFields()[selection.name.value];
    const named = inner ? getNamedType(inner.type) : undefined;
    return isValueList(selection, named && isCompositeType(named) ? named : undefined);
  });
}

/**
 * Estimated cost of the most expensive operation in the document: roughly the number of records
 * the subgraphs read for it. The model:
 * - a field that returns an object costs 1 (the record); a scalar or enum field costs nothing, as
 *   it is read with its record (so a long selection of columns does not count like as many rows);
 * - a list field costs 1 per item it returns: its `first`/`limit` argument (a literal, a variable's
 *   value, or the argument's default in the schema), else DEFAULT_LIST_SIZE;
 * - a page (an object field with `first`, such as `users(first: 50) { nodes { … } totalCount }`)
 *   costs 1 plus its count times its selection: the list directly inside it (`nodes`, `hits`) is
 *   the counted list, so its items are not counted twice (`documents(first: 5) { nodes { … } }`
 *   multiplies `nodes`' selection by 5, not 5 × 10);
 * - a list of plain values (an argument-free field whose items have no `id` and select only
 *   scalars, such as `highlights { start end }`) is part of its parent's record, read with it
 *   rather than fetched item by item: it costs 1 whatever its length. Items with an `id` are
 *   records of their own (entities, members, collections) that may be fetched one by one.
 *
 * So a page of 500 audit events with their actors costs 1 + 500 × (1 + 1) = 1001, and a page of
 * 50 users with their groups 1 + 50 × (1 + 10) = 551, whatever columns they select.
 *
 * An introspection field (`__schema`, `__type`) costs 1 whatever it selects: its answer is bounded
 * by the schema once `hasCircularIntrospection` has refused nested type expansion.
 * The document is not validated yet: unknown fields with a selection cost 1 and their selections
 * are costed without type information; fragment cycles are cut where they repeat.
 */
export function queryComplexity(
  document: DocumentNode,
  schema: GraphQLSchema,
  variables: Readonly<Record<string, unknown>> = {},
): number {
  const fragments = fragmentsByName(document);

  const countOf = (node: FieldNode, field: GraphQLField<unknown, unknown> | undefined) => {
    for (const name of COUNT_ARGUMENTS) {
      const argument = node.arguments?.find((a) => a.name.value === name);
      let value: unknown = field?.args.find((a) => a.name === name)?.defaultValue;
      if (argument?.value.kind === Kind.INT) value = Number(argument.value.value);
      else if (argument?.value.kind === Kind.VARIABLE) value = variables[argument.value.name.value];
      if (typeof value === 'number' && Number.isFinite(value)) return Math.max(0, value);
    }
    return undefined;
  };

  const fieldOf = (parent: GraphQLCompositeType | undefined, name: string) =>
    parent && (isObjectType(parent) || isInterfaceType(parent))
      ? parent.getFields()[name]
      : undefined;

  const costOf = (
    selectionSet: SelectionSetNode,
    parent: GraphQLCompositeType | undefined,
    insideCountedPage: boolean,
    onPath: ReadonlySet<string>,
  ): number => {
    let cost = 0;
    for (const selection of selectionSet.selections) {
      if (selection.kind === Kind.FIELD) {
        // Scalars and enums are columns of their parent's record: free.
        if (!selection.selectionSet) continue;
        if (INTROSPECTION_ROOTS.has(selection.name.value)) {
          cost += 1;
          continue;
        }
        const field = fieldOf(parent, selection.name.value);
        const named = field ? getNamedType(field.type) : undefined;
        const child = named && isCompositeType(named) ? named : undefined;
        const isList = field ? isListType(getNullableType(field.type)) : false;
        const count = countOf(selection, field);
        if (count !== undefined && !isList) {
          // A counted page: the list inside it is the one the count applies to.
          cost += 1 + count * costOf(selection.selectionSet, child, true, onPath);
          continue;
        }
        let items = 1;
        if (count !== undefined) items = count;
        else if (isList && !insideCountedPage && !isValueList(selection, child)) {
          items = DEFAULT_LIST_SIZE;
        }
        cost += items * (1 + costOf(selection.selectionSet, child, false, onPath));
      } else if (selection.kind === Kind.INLINE_FRAGMENT) {
        const condition = selection.typeCondition
          ? schema.getType(selection.typeCondition.name.value)
          : parent;
        const type = condition && isCompositeType(condition) ? condition : undefined;
        cost += costOf(selection.selectionSet, type, insideCountedPage, onPath);
      } else {
        const name = selection.name.value;
        const fragment = fragments.get(name);
        if (!fragment || onPath.has(name)) continue;
        const condition = schema.getType(fragment.typeCondition.name.value);
        const type = condition && isCompositeType(condition) ? condition : undefined;
        cost += costOf(fragment.selectionSet, type, insideCountedPage, new Set([...onPath, name]));
      }
    }
    return cost;
  };

  let highest = 0;
  for (const definition of document.definitions) {
    if (definition.kind !== Kind.OPERATION_DEFINITION) continue;
    const root = schema.getRootType(definition.operation) ?? undefined;
    highest = Math.max(highest, costOf(definition.selectionSet, root, false, new Set()));
  }
  return highest;
}

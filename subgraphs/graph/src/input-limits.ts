import {
  getArgumentValues,
  getNamedType,
  isObjectType,
  isUnionType,
  Kind,
  type GraphQLField,
  type GraphQLFieldResolver,
  type GraphQLObjectType,
  type GraphQLUnionType,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type SelectionSetNode,
} from 'graphql';
import { ENTITY_TYPES } from '@quarry/graph-store';
import { BadUserInputError } from '@quarry/service-kit';

/** ISO 8601 date or date-time prefix: 2024, 2024-05, 2024-05-01, 2024-05-01T10:00:00Z, ... */
const ISO_DATE =
  /^\d{4}(-\d{2}(-\d{2}([T ]\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})?)?)?)?$/;

type Check = (value: unknown) => string | null;

const between =
  (min: number, max: number): Check =>
  (value) =>
    typeof value === 'number' && (value < min || value > max)
      ? `must be between ${min} and ${max}`
      : null;

const atMost =
  (max: number): Check =>
  (value) =>
    Array.isArray(value) && value.length > max ? `may list at most ${max}` : null;

const notEmptyList: Check = (value) =>
  Array.isArray(value) && value.length === 0 ? 'may not be empty' : null;

const text =
  (max: number): Check =>
  (value) => {
    if (typeof value !== 'string') return null;
    if (value.trim() === '') return 'may not be empty';
    return value.length > max ? `may be at most ${max} characters` : null;
  };

const knownTypes: Check = (value) => {
  if (!Array.isArray(value)) return null;
  if (value.length === 0) return 'may not be empty (leave it out for every type)';
  const unknown = value.filter((type) => !(ENTITY_TYPES as readonly unknown[]).includes(type));
  return unknown.length > 0
    ? `has unknown types ${unknown.join(', ')} (known: ${ENTITY_TYPES.join(', ')})`
    : null;
};

const isoDate: Check = (value) =>
  typeof value === 'string' && !ISO_DATE.test(value) ? 'must be an ISO 8601 date' : null;

const all =
  (...checks: Check[]): Check =>
  (value) =>
    checks.map((check) => check(value)).find((problem) => problem !== null) ?? null;

/** Caps by argument name, for every field that has such an argument. */
const BY_ARGUMENT: Readonly<Record<string, Check>> = {
  first: between(1, 500),
  offset: between(0, 10_000),
  types: knownTypes,
  collectionIds: atMost(500),
  keys: all(notEmptyList, atMost(500)),
  from: isoDate,
  to: isoDate,
  since: isoDate,
  until: isoDate,
  minWeight: between(1, 1_000_000_000),
  query: text(200),
  subject: text(200),
  relation: text(200),
  object: text(200),
};

/** Caps of one field's argument that differ from BY_ARGUMENT (`Type.field.argument`). */
const BY_FIELD: Readonly<Record<string, Check>> = {
  'Query.searchEntities.first': between(1, 100),
  'Query.neighbourhood.hops': between(1, 3),
  'Query.neighbourhood.limit': between(1, 2000),
  // paths' from and to are entity keys, not dates.
  'Query.paths.from': () => null,
  'Query.paths.to': () => null,
  'Query.paths.maxHops': between(1, 6),
  'Query.paths.k': between(1, 10),
  'Document.mentions.first': between(1, 5000),
  'Document.entities.first': between(1, 2000),
};

/** Every capped argument in the operation below a root field, or BadUserInputError for the first too big. */
function checkSelection(
  schema: GraphQLSchema,
  type: GraphQLObjectType | GraphQLUnionType,
  selectionSet: SelectionSetNode | undefined,
  info: GraphQLResolveInfo,
): void {
  for (const selection of selectionSet?.selections ?? []) {
    if (selection.kind === Kind.FIELD) {
      // A union (federation's _Entity) has no fields of its own but __typename.
      const field: GraphQLField<unknown, unknown> | undefined = isUnionType(type)
        ? undefined
        : type.getFields()[selection.name.value];
      if (!field) continue;
      checkArguments(
        `${type.name}.${field.name}`,
        getArgumentValues(field, selection, info.variableValues),
      );
      const inner = getNamedType(field.type);
      if (isObjectType(inner) || isUnionType(inner))
        checkSelection(schema, inner, selection.selectionSet, info);
      continue;
    }
    const fragment =
      selection.kind === Kind.INLINE_FRAGMENT ? selection : info.fragments[selection.name.value];
    const condition = fragment?.typeCondition
      ? schema.getType(fragment.typeCondition.name.value)
      : type;
    if (fragment && isObjectType(condition))
      checkSelection(schema, condition, fragment.selectionSet, info);
  }
}

function checkArguments(field: string, args: Record<string, unknown>): void {
  for (const [name, value] of Object.entries(args)) {
    const check = BY_FIELD[`${field}.${name}`] ?? BY_ARGUMENT[name];
    const problem = check?.(value);
    if (problem) throw new BadUserInputError(`${field}: ${name} ${problem}`, name);
  }
}

/**
 * Checks the caps of every argument in an operation (hops, limit, k, maxHops, first, list sizes,
 * query length, known types, dates) before @neo4j/graphql translates it: the translated Cypher runs
 * nested fields in the same statement, so a nested `first: 100000` must be refused up front too.
 * Wraps every Query field (including federation's `_entities`, which reaches Document's fields).
 */
export function validateInputs(schema: GraphQLSchema): void {
  const query = schema.getQueryType();
  if (!query) return;
  for (const field of Object.values(query.getFields())) {
    const resolve = field.resolve as GraphQLFieldResolver<unknown, unknown> | undefined;
    if (!resolve) continue;
    field.resolve = (source, args, context, info) => {
      checkSelection(
        schema,
        query,
        { kind: Kind.SELECTION_SET, selections: info.fieldNodes },
        info,
      );
      return resolve(source, args, context, info);
    };
  }
}

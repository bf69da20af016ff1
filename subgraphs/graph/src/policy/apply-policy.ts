import {
  Kind,
  parse,
  type ConstDirectiveNode,
  type DefinitionNode,
  type DocumentNode,
  type FieldDefinitionNode,
  type ObjectTypeDefinitionNode,
  type TypeNode,
} from 'graphql';
import {
  FIELD_DIRECTIVES,
  NODE_TYPE_DIRECTIVES,
  REFUSED_DIRECTIVES,
  directiveProblem,
} from './directive-rules.ts';
import { GraphPolicyError } from './policy-error.ts';
import {
  SCOPE_CLAIM,
  SCOPE_FIELD,
  SCOPE_PARAMETER,
  graphPolicy,
  type ScopingPolicy,
} from './scoping-policy.ts';

export interface ScopedTypeDefs {
  /** The type definitions with the policy's directives added; give these to Neo4jGraphQL. */
  document: DocumentNode;
  /** @node types filtered by collection. */
  scopedTypes: readonly string[];
  /** Query fields backed by reviewed, scoped @cypher statements. */
  scopedRootFields: readonly string[];
  /** Mutation fields allowed by the policy (audited custom resolvers). */
  mutationFields: readonly string[];
}

/** Read filter for every operation (READ, AGGREGATE, and the write ones should writes ever appear). */
const COLLECTION_FILTER = directive(
  `@authorization(filter: [{ where: { node: { ${SCOPE_FIELD}: { in: "${SCOPE_CLAIM}" } } } }])`,
);
const NO_ROOT_FIELDS = directive('@query(read: false, aggregate: false)');
const NO_MUTATIONS = directive('@mutation(operations: [])');
const NO_SUBSCRIPTIONS = directive('@subscription(events: [])');
/**
 * Relationship filters (`where: { entities: { some: … } }`, connection and aggregate filters) are
 * compiled WITHOUT the target type's authorization rule, so filtering across a relationship into a
 * scoped type would reveal whether hidden nodes exist. They are switched off for such relationships;
 * selecting the related nodes stays available and filtered.
 */
const NO_FILTER_ACROSS = directive('@filterable(byValue: false, byAggregate: false)');

function directive(source: string): ConstDirectiveNode {
  const definition = parse(`scalar S ${source}`).definitions[0];
  const parsed =
    definition?.kind === Kind.SCALAR_TYPE_DEFINITION ? definition.directives?.[0] : undefined;
  if (!parsed) throw new Error(`not a directive: ${source}`);
  return parsed;
}

function has(node: { directives?: readonly ConstDirectiveNode[] }, name: string): boolean {
  return node.directives?.some((d) => d.name.value === name) ?? false;
}

function namedType(type: TypeNode): string {
  return type.kind === Kind.NAMED_TYPE ? type.name.value : namedType(type.type);
}

function isRequiredId(type: TypeNode): boolean {
  return (
    type.kind === Kind.NON_NULL_TYPE &&
    type.type.kind === Kind.NAMED_TYPE &&
    type.type.name.value === 'ID'
  );
}

function isReferenceOnly(key: ConstDirectiveNode): boolean {
  const resolvable = key.arguments?.find((a) => a.name.value === 'resolvable');
  return resolvable?.value.kind === Kind.BOOLEAN && !resolvable.value.value;
}

function cypherStatement(field: FieldDefinitionNode): string {
  const argument = field.directives
    ?.find((d) => d.name.value === 'cypher')
    ?.arguments?.find((a) => a.name.value === 'statement');
  return argument?.value.kind === Kind.STRING ? argument.value.value : '';
}

/**
 * Adds the collection scoping to type definitions written without authorization directives, or
 * throws GraphPolicyError listing everything it cannot scope.
 */
export function scopeTypeDefs(source: string, policy: ScopingPolicy = graphPolicy): ScopedTypeDefs {
  const parsed = parse(source);
  const problems: string[] = [];
  const objectTypes = parsed.definitions.filter(
    (d): d is ObjectTypeDefinitionNode => d.kind === Kind.OBJECT_TYPE_DEFINITION,
  );
  const nodeTypes = objectTypes.filter((t) => has(t, 'node'));
  const scopedTypes = new Set(
    nodeTypes
      .filter((t) => t.fields?.some((f) => f.name.value === SCOPE_FIELD))
      .map((t) => t.name.value),
  );
  const scopedRootFields: string[] = [];
  const mutationFields: string[] = [];

  function checkField(typeName: string, field: FieldDefinitionNode): FieldDefinitionNode {
    const where = `${typeName}.${field.name.value}`;
    for (const { name } of field.directives ?? []) {
      if (!FIELD_DIRECTIVES.has(name.value)) problems.push(directiveProblem(where, name.value));
    }
    if (has(field, 'cypher')) {
      if (!(where in policy.scopedCypher)) {
        problems.push(
          `${where} uses @cypher, which bypasses the generated filters: review it and list it in scopedCypher (src/policy/scoping-policy.ts)`,
        );
      } else if (!new RegExp(`\\${SCOPE_PARAMETER}\\b`).test(cypherStatement(field))) {
        problems.push(`${where}: its @cypher statement must filter by ${SCOPE_PARAMETER} itself`);
      }
    }
    if (!has(field, 'relationship') || !scopedTypes.has(namedType(field.type))) return field;
    if (has(field, 'filterable')) {
      problems.push(
        `${where}: @filterable is set by the policy on relationships into scoped types (their filters would bypass the target's scoping)`,
      );
      return field;
    }
    return { ...field, directives: [...(field.directives ?? []), NO_FILTER_ACROSS] };
  }

  function scopeNodeType(type: ObjectTypeDefinitionNode): ObjectTypeDefinitionNode {
    const name = type.name.value;
    const scoped = scopedTypes.has(name);
    const unscoped = policy.unscoped[name];
    const shared = policy.shared[name];
    for (const { name: directiveName } of type.directives ?? []) {
      if (!NODE_TYPE_DIRECTIVES.has(directiveName.value))
        problems.push(directiveProblem(name, directiveName.value));
    }
    const fields = (type.fields ?? []).map((field) => checkField(name, field));
    let added: ConstDirectiveNode[];
    if (scoped) {
      const scopeField = type.fields?.find((f) => f.name.value === SCOPE_FIELD);
      if (scopeField && !isRequiredId(scopeField.type)) {
        problems.push(
          `${name}.${SCOPE_FIELD} must be ID! (a node without a collection would be unreadable)`,
        );
      }
      if (unscoped || shared)
        problems.push(`${name} has ${SCOPE_FIELD} but is also declared unscoped in the policy`);
      added = [COLLECTION_FILTER];
    } else if (shared) {
      for (const field of type.fields ?? []) {
        const where = `${name}.${field.name.value}`;
        if (has(field, 'relationship')) {
          problems.push(
            `${where}: ${name} is shared, so it has no relationships (a traversal would not be scoped); use a reviewed @cypher field`,
          );
        } else if (!has(field, 'cypher') && !shared.fields.includes(field.name.value)) {
          problems.push(
            `${where}: ${name} is shared, so it may only store ${shared.fields.join(', ')}; anything else is a reviewed @cypher field`,
          );
        }
      }
      if (has(type, 'query'))
        problems.push(
          `${name} is shared: the policy gives it no root query fields, drop its @query`,
        );
      if (unscoped) problems.push(`${name} is declared both unscoped and shared in the policy`);
      added = [NO_ROOT_FIELDS];
    } else if (unscoped) {
      for (const field of type.fields ?? []) {
        if (
          !has(field, 'relationship') &&
          !has(field, 'cypher') &&
          !unscoped.fields.includes(field.name.value)
        ) {
          problems.push(
            `${name}.${field.name.value}: ${name} is unscoped, so it may only have ${unscoped.fields.join(', ')}, reviewed @cypher fields and relationships`,
          );
        }
      }
      if (has(type, 'query'))
        problems.push(
          `${name} is unscoped: the policy gives it no root query fields, drop its @query`,
        );
      added = [NO_ROOT_FIELDS];
    } else {
      problems.push(
        `${name} is a @node without ${SCOPE_FIELD}: ID!; add it, or declare ${name} unscoped or shared with a reason in src/policy/scoping-policy.ts`,
      );
      added = [];
    }
    return {
      ...type,
      fields,
      directives: [...(type.directives ?? []), ...added, NO_MUTATIONS, NO_SUBSCRIPTIONS],
    };
  }

  function checkRootType(type: ObjectTypeDefinitionNode): void {
    const name = type.name.value;
    if (name === 'Mutation') {
      for (const field of type.fields ?? []) {
        const where = `Mutation.${field.name.value}`;
        if (!(field.name.value in policy.mutations)) {
          problems.push(
            `${where} is not an allowed mutation: only the audited curation mutations (CURATION_MUTATIONS) are`,
          );
        } else if (field.directives?.length) {
          problems.push(`${where}: curation mutations are custom resolvers, without directives`);
        } else {
          mutationFields.push(field.name.value);
        }
      }
      return;
    }
    if (name !== 'Query') {
      problems.push(`type ${name}: ${REFUSED_DIRECTIVES.mutation}`);
      return;
    }
    for (const field of type.fields ?? []) {
      if (!has(field, 'cypher')) {
        problems.push(
          `Query.${field.name.value} needs a custom resolver, which runs outside the generated, filtered Cypher`,
        );
      } else {
        checkField(name, field);
        scopedRootFields.push(field.name.value);
      }
    }
  }

  const definitions = parsed.definitions.map((definition): DefinitionNode => {
    switch (definition.kind) {
      case Kind.OBJECT_TYPE_DEFINITION:
        if (['Query', 'Mutation', 'Subscription'].includes(definition.name.value)) {
          checkRootType(definition);
          return definition;
        }
        if (has(definition, 'node')) return scopeNodeType(definition);
        // Claims (@jwt), relationship properties and @cypher result types: readable only through a
        // field of a node type, so they carry no rule of their own; their fields are still checked.
        // A plain type may be a federation reference that another subgraph resolves (Passage):
        // `@key(..., resolvable: false)` adds no resolver here, so nothing is read through it.
        for (const directive of definition.directives ?? []) {
          const name = directive.name.value;
          if (name === 'key' && isReferenceOnly(directive)) continue;
          if (!['jwt', 'relationshipProperties', 'shareable'].includes(name)) {
            problems.push(
              name === 'key'
                ? `${definition.name.value} uses @key without resolvable: false: only @node types resolve references here`
                : directiveProblem(definition.name.value, name),
            );
          }
        }
        return {
          ...definition,
          fields: definition.fields?.map((f) => checkField(definition.name.value, f)),
        };
      case Kind.SCHEMA_EXTENSION:
        for (const { name } of definition.directives ?? []) {
          if (name.value !== 'link') problems.push(directiveProblem('extend schema', name.value));
        }
        return definition;
      case Kind.INPUT_OBJECT_TYPE_DEFINITION:
      case Kind.ENUM_TYPE_DEFINITION:
      case Kind.SCALAR_TYPE_DEFINITION:
        return definition;
      default:
        // Interfaces, unions, type extensions, directive definitions: not reviewed yet. (One
        // definition per type keeps every field of a type in front of the checks above.)
        problems.push(
          `${definition.kind}${'name' in definition && definition.name ? ` ${definition.name.value}` : ''} is not supported by the graph policy yet`,
        );
        return definition;
    }
  });

  if (problems.length > 0) throw new GraphPolicyError(problems);
  return {
    document: { ...parsed, definitions },
    scopedTypes: [...scopedTypes],
    scopedRootFields,
    mutationFields,
  };
}

import {
  isListType,
  isNonNullType,
  isObjectType,
  type GraphQLOutputType,
  type GraphQLSchema,
} from 'graphql';
import type { DocumentResolvers } from '../generated/resolvers-types.ts';

/**
 * The reference resolver as schema.graphql types it: its reference carries Document's @key fields,
 * so a change of key or of the Context fails typecheck here rather than at a federated query.
 */
type ResolveReference = NonNullable<DocumentResolvers['__resolveReference']>;
interface SubgraphExtensions {
  apollo?: { subgraph?: { resolveReference?: ResolveReference } };
}

/**
 * The value of a field over no nodes at all: empty lists, zero counts, false flags, and null where
 * the schema allows it (shortest name, cursors, averages), exactly what Neo4j answers for a document
 * whose entities are all hidden. Derived from the schema, so new fields need no change here.
 */
export function emptyValue(
  type: GraphQLOutputType,
  seen: ReadonlySet<string> = new Set(),
): unknown {
  const inner = isNonNullType(type) ? type.ofType : type;
  if (isListType(inner)) return isNonNullType(type) ? [] : null;
  // Aggregates answer an object of nulls even where the schema allows null (`node { name {…} }`).
  if (isObjectType(inner) && !seen.has(inner.name)) {
    const path = new Set([...seen, inner.name]);
    return Object.fromEntries(
      Object.values(inner.getFields()).map((field) => [field.name, emptyValue(field.type, path)]),
    );
  }
  if (!isNonNullType(type)) return null;
  if (inner.name === 'Int' || inner.name === 'Float') return 0;
  if (inner.name === 'Boolean') return false;
  return null;
}

/**
 * A Document exists in the documents subgraph before the pipeline has written any entity for it, so
 * it may have no node here yet. @neo4j/graphql resolves such a reference to null, which would null out
 * `Document.entities: [Entity!]!` and with it the whole document in the gateway's answer; answer
 * "no entities" instead, field for field the same as a document whose entities the viewer may not
 * see (so the answer does not tell whether the document has a node here).
 */
export function resolveMissingDocumentsAsEmpty(schema: GraphQLSchema): void {
  const type = schema.getType('Document');
  if (!isObjectType(type)) throw new Error('the generated graph schema has no Document type');
  const extensions = type.extensions as SubgraphExtensions;
  const original = extensions.apollo?.subgraph?.resolveReference;
  if (!original) throw new Error('@neo4j/graphql generated no reference resolver for Document');
  const fields = Object.values(type.getFields()).filter((field) => field.name !== 'id');
  extensions.apollo!.subgraph!.resolveReference = async (reference, context, info) =>
    (await original(reference, context, info)) ?? {
      __typename: 'Document',
      id: reference.id,
      ...Object.fromEntries(fields.map((field) => [field.name, emptyValue(field.type)])),
    };
}

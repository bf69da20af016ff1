/**
 * Who may read what in the graph subgraph, declared in one place. Type definitions carry no
 * authorization directives: scopeTypeDefs() (apply-policy.ts) adds them from this declaration, and
 * refuses to build a schema it cannot scope.
 *
 * The rule: every @node type carries `collectionId: ID!` and is readable only when that id is in the
 * verified token's `collections` claim (for reads, nested traversals, connections and aggregates).
 * Exceptions are listed here, each with the reason it is safe.
 */

/** The property that puts a node in a collection. */
export const SCOPE_FIELD = 'collectionId';

/** The JWT claim (see JwtPayload in type-defs.ts) holding the collections the viewer may read. */
export const SCOPE_CLAIM = '$jwt.collections';

export interface UnscopedType {
  /** Why nodes of this type reveal nothing about a collection the viewer cannot read. */
  reason: string;
  /** The only scalar fields it may have; relationships are scoped by their target's rule. */
  fields: readonly string[];
}

export interface ScopingPolicy {
  /** @node types without `collectionId`; they never get root query fields. */
  unscoped: Readonly<Record<string, UnscopedType>>;
  /**
   * `Type.field` @cypher fields reviewed as scoped, with the reason. Custom Cypher bypasses the
   * generated filters, so the statement must also use `$jwt.collections` itself.
   */
  scopedCypher: Readonly<Record<string, string>>;
}

export const graphPolicy: ScopingPolicy = {
  unscoped: {
    Document: {
      reason:
        'a federation stub owned by the documents subgraph (which applies its own collection filter ' +
        'when resolving the rest); here it holds only its id, and its entities are scoped by Entity',
      fields: ['id'],
    },
  },
  scopedCypher: {},
};

/**
 * Who may read what in the graph subgraph, declared in one place. Type definitions carry no
 * authorization directives: scopeTypeDefs() (apply-policy.ts) adds them from this declaration, and
 * refuses to build a schema it cannot scope.
 *
 * The rule: every @node type carries `collectionId: ID!` and is readable only when that id is in the
 * verified token's `collections` claim (for reads, nested traversals, connections and aggregates).
 * Exceptions are listed here, each with the reason it is safe:
 *
 * - `unscoped`: a federation stub that holds nothing but its key fields (Document);
 * - `shared`: @node types without collectionId that only scoped @cypher statements reach (the
 *   knowledge graph's Entity, one per real-world thing across collections, and the rows of scoped
 *   statements). They get no root fields and no relationships; their stored fields are listed;
 *   every other field is a reviewed @cypher statement;
 * - `scopedCypher`: each reviewed @cypher field, with the reason; the statement must also use
 *   `$collections` (SCOPE_PARAMETER) itself;
 * - `mutations`: the Mutation fields allowed, each an audited custom resolver.
 */
import { CURATION_MUTATIONS } from '../curation/index.ts';

/** The property that puts a node in a collection. */
export const SCOPE_FIELD = 'collectionId';

/** The JWT claim (see JwtPayload in type-defs.ts) holding the collections the viewer may read. */
export const SCOPE_CLAIM = '$jwt.collections';

/**
 * The same collections as a Cypher parameter of every statement (context.ts sets it from the
 * verified token): reviewed @cypher statements filter by it, because Neo4j seeks its indexes for a
 * parameter list but not for `$jwt.collections`, a property of a map parameter.
 */
export const SCOPE_PARAMETER = '$collections';

export interface UnscopedType {
  /** Why nodes of this type reveal nothing about a collection the viewer cannot read. */
  reason: string;
  /** The only stored scalar fields it may have; other fields are reviewed @cypher or relationships. */
  fields: readonly string[];
}

export interface ScopingPolicy {
  /** @node types without `collectionId`; they never get root query fields. */
  unscoped: Readonly<Record<string, UnscopedType>>;
  /** @node types without `collectionId` reached only through scoped @cypher: no relationships. */
  shared: Readonly<Record<string, UnscopedType>>;
  /**
   * `Type.field` @cypher fields reviewed as scoped, with the reason. Custom Cypher bypasses the
   * generated filters, so the statement must also use `$collections` (SCOPE_PARAMETER) itself.
   */
  scopedCypher: Readonly<Record<string, string>>;
  /** Mutation fields allowed, with the reason; each needs a resolver (schema.ts checks). */
  mutations: Readonly<Record<string, string>>;
}

const SUMMED = 'summed over the MENTIONS of readable collections only';
const ROW = 'a row made by a scoped statement; checks the row collectionId again';
const ENTITY_OF_ROW = 'the row entity, answered only when a readable document mentions it';

export const graphPolicy: ScopingPolicy = {
  unscoped: {
    Document: {
      reason:
        'a federation stub owned by the documents subgraph (which applies its own collection filter ' +
        'when resolving the rest); here it holds only its id, and its fields are scoped @cypher',
      fields: ['id'],
    },
  },
  shared: {
    Entity: {
      reason:
        'one node per real-world thing across collections (docs/graph-model.md): its key is the same ' +
        'whichever document wrote it; only scoped statements return entities',
      fields: ['key'],
    },
    EntityMention: {
      reason: 'a Mention of a readable collection (from a scoped statement)',
      fields: [
        'id',
        'documentId',
        'start',
        'end',
        'text',
        'type',
        'entityKey',
        'confidence',
        'seenAt',
      ],
    },
    Triple: {
      reason: 'a Triple node of a readable collection (from a scoped statement)',
      fields: ['id', 'documentId', 'confidence', 'seenAt'],
    },
    TripleArgument: {
      reason: 'a part of a readable Triple',
      fields: ['text', 'start', 'end'],
    },
    CoOccurrence: {
      reason: 'weights summed over readable CO_OCCURS edges by Entity.cooccurring',
      fields: ['weight', 'documents', 'firstSeen', 'lastSeen'],
    },
    EntityHit: {
      reason: 'a search hit on a shared name or a readable alias (Query.searchEntities)',
      fields: ['matched', 'score'],
    },
  },
  scopedCypher: {
    'Entity.name': `curated name, else the name ${SUMMED}`,
    'Entity.type': `curated or key-fixed type, else the type ${SUMMED}`,
    'Entity.aliases': `aliases of MENTIONS in readable collections`,
    'Entity.kb': 'shared KB link, answered only when a readable document mentions the entity',
    'Entity.mentionCount': SUMMED,
    'Entity.documentCount': SUMMED,
    'Entity.firstSeen': SUMMED,
    'Entity.lastSeen': SUMMED,
    'Entity.hidden': 'curation flag, answered only when a readable document mentions the entity',
    'Entity.mergedKeys': 'members that readable documents mention',
    'Entity.documents': 'documents whose readable MENTIONS reach the entity',
    'Entity.mentions': 'Mention nodes of readable collections',
    'Entity.triples': 'Triple nodes of readable collections',
    'Entity.cooccurring': 'CO_OCCURS edges of readable collections',
    'Entity.timeline': SUMMED,
    'EntityMention.sentence': ROW,
    'EntityMention.document': ROW,
    'Triple.subject': ROW,
    'Triple.relation': ROW,
    'Triple.object': ROW,
    'Triple.sentence': ROW,
    'Triple.document': ROW,
    'TripleArgument.entity': ROW,
    'CoOccurrence.entity': ENTITY_OF_ROW,
    'EntityHit.entity': ENTITY_OF_ROW,
    'Document.entities': 'MENTIONS of readable collections',
    'Document.mentions': 'Mention nodes of readable collections',
    'Document.triples': 'Triple nodes of readable collections',
    'Query.entity': 'an entity that readable documents mention',
    'Query.entitiesByKeys': 'entities that readable documents mention',
    'Query.searchEntities': 'names of readable entities and aliases of readable MENTIONS',
    'Query.topEntities': 'MENTIONS of readable collections (narrowed, never widened)',
    'Query.neighbourhood':
      'CO_OCCURS and MENTIONS of readable collections (narrowed, never widened)',
    'Query.paths': 'CO_OCCURS of readable collections, filtered inside the path search',
    'Query.triples': 'Triple nodes of readable collections (narrowed, never widened)',
  },
  mutations: Object.fromEntries(
    Object.keys(CURATION_MUTATIONS).map((field) => [
      field,
      `curation (src/curation/): checks role and write access, audited as ${CURATION_MUTATIONS[field]}`,
    ]),
  ),
};

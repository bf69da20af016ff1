import Link from 'next/link';
import type { GatewayError } from '../../lib/gateway/errors.ts';
import { exploreHref } from '../../lib/explorer/url-state.ts';
import type { DocumentGraph } from '../../lib/operations/entity.ts';
import { DOCUMENT_ENTITIES, DOCUMENT_TRIPLES } from '../../lib/operations/entity.ts';
import { formatCount, formatInteger } from '../../lib/text/format.ts';
import { EntityLink } from '../entity/entity-link.tsx';
import { TripleTable } from '../entity/triple-table.tsx';
import { GatewayErrors } from '../search/gateway-errors.tsx';

/** Seeds handed to the explorer at most (the most mentioned entities of the document). */
const EXPLORER_SEEDS = 25;

export type GraphAnswer =
  { ok: true; graph: DocumentGraph | null } | { ok: false; errors: GatewayError[] };

/**
 * The document's entities as the knowledge graph has them: links to their pages, and the explorer
 * opened on them. The graph is asked separately from the document, so when it fails only this
 * part (and the coloured mentions) is missing.
 */
export function GraphEntitiesSection({ answer }: { answer: GraphAnswer }) {
  return (
    <section
      className="doc-section"
      aria-labelledby="graph-entities-title"
      data-testid="graph-entities"
    >
      <h2 id="graph-entities-title">In the knowledge graph</h2>
      {!answer.ok ? (
        <GatewayErrors
          title="The document's entities could not be loaded."
          errors={answer.errors}
        />
      ) : !answer.graph || answer.graph.entities.length === 0 ? (
        <p className="muted">No entities of this document are in the graph.</p>
      ) : (
        <>
          <p>
            <Link
              href={exploreHref(answer.graph.entities.slice(0, EXPLORER_SEEDS).map((e) => e.key))}
              prefetch={false}
              className="button button-primary"
              data-testid="document-open-in-explorer"
            >
              Open in explorer
            </Link>
          </p>
          <ul className="graph-entities" aria-label="Entity pages, most mentioned first">
            {answer.graph.entities.map((entity) => (
              <li key={entity.key}>
                <EntityLink entity={entity} />
              </li>
            ))}
          </ul>
          {answer.graph.entities.length >= DOCUMENT_ENTITIES ? (
            <p className="muted">
              The {formatInteger(DOCUMENT_ENTITIES)} most mentioned are listed.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

/** The document's triples with their sentences; each sentence link marks it in the text above. */
export function DocumentTriplesSection({ answer }: { answer: GraphAnswer }) {
  if (!answer.ok || !answer.graph) return null;
  const triples = answer.graph.triples;
  return (
    <section className="doc-section" aria-labelledby="document-triples-title">
      <h2 id="document-triples-title">
        Triples <span className="muted">{formatInteger(triples.length)}</span>
      </h2>
      {triples.length === 0 ? (
        <p className="muted" data-testid="document-triples-empty">
          No statement (subject – relation – object) was extracted from this document.
        </p>
      ) : (
        <>
          <TripleTable triples={triples} caption="Triples of this document" showDocument={false} />
          {triples.length >= DOCUMENT_TRIPLES ? (
            <p className="muted">
              The first {formatCount(DOCUMENT_TRIPLES, 'triple')} in text order are shown.
            </p>
          ) : null}
        </>
      )}
    </section>
  );
}

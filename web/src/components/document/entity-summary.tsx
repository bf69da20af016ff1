import Link from 'next/link';
import {
  entityClass,
  entitySearchHref,
  entityTypeLabel,
  NAMES_SHOWN,
} from '../../lib/document/entities.ts';
import type { DocumentDetails } from '../../lib/search/operations.ts';
import { formatInteger } from '../../lib/text/format.ts';

type Group = DocumentDetails['entitySummary'][number];

/**
 * The entities found in the document, grouped by type under a colour legend. Names of people,
 * organizations, places and other names link to a search for documents naming them too.
 */
export function EntitySummary({ document }: { document: DocumentDetails }) {
  const groups = document.entitySummary;
  return (
    <section
      className="doc-section"
      aria-labelledby="entities-title"
      data-testid="document-entities"
    >
      <h2 id="entities-title">Entities</h2>
      <KnowledgeNotice document={document} />
      {groups.length === 0 ? (
        <p className="muted" data-testid="entities-empty">
          {emptyText(document)}
        </p>
      ) : (
        <>
          <ul className="entity-legend" aria-label="Entity types">
            {groups.map((group) => (
              <li key={group.type} className={entityClass(group.type)}>
                <span className="entity-swatch" aria-hidden="true" />
                {entityTypeLabel(group.type)}{' '}
                <span className="muted">{formatInteger(group.names.length)}</span>
              </li>
            ))}
          </ul>
          {groups.map((group) => (
            <EntityGroup key={group.type} group={group} />
          ))}
        </>
      )}
    </section>
  );
}

function EntityGroup({ group }: { group: Group }) {
  const shown = group.names.slice(0, NAMES_SHOWN);
  const rest = group.names.slice(NAMES_SHOWN);
  const headingId = `entities-${group.type.toLowerCase()}`;
  return (
    <div className={`entity-group ${entityClass(group.type)}`} data-entity-type={group.type}>
      <h3 id={headingId}>
        <span className="entity-swatch" aria-hidden="true" />
        {entityTypeLabel(group.type, group.names.length)}
      </h3>
      <EntityNames group={group} names={shown} labelledBy={headingId} />
      {rest.length > 0 ? (
        <details className="entity-more">
          <summary>{formatInteger(rest.length)} more</summary>
          <EntityNames group={group} names={rest} labelledBy={headingId} />
        </details>
      ) : null}
    </div>
  );
}

function EntityNames({
  group,
  names,
  labelledBy,
}: {
  group: Group;
  names: string[];
  labelledBy: string;
}) {
  return (
    <ul className="entity-names" aria-labelledby={labelledBy}>
      {names.map((name) => {
        const href = entitySearchHref(group.type, name);
        return (
          <li key={name}>
            {href ? (
              <Link
                href={href}
                prefetch={false}
                className="entity-name"
                title={`Search documents naming ${name}`}
              >
                {name}
              </Link>
            ) : (
              <span className="entity-name">{name}</span>
            )}
          </li>
        );
      })}
    </ul>
  );
}

/** Lower quality, still to come, or stuck: said before the names, which it qualifies. */
function KnowledgeNotice({ document }: { document: DocumentDetails }) {
  if (document.knowledgeQuality === 'FALLBACK') {
    return (
      <p className="alert alert-warning" role="note" data-testid="entities-fallback">
        <strong>Lower-quality entities.</strong> The NLP service was unavailable, so these were
        found by patterns and the place-name list only; people and organizations may be missing.
        They will upgrade automatically when the service is back
        {document.knowledgeStatus === 'WAITING' ? ' (this document is waiting for it)' : ''}.
      </p>
    );
  }
  if (document.knowledgeStatus === 'QUEUED' || document.knowledgeStatus === 'RUNNING') {
    return (
      <p className="alert alert-info" role="note" data-testid="entities-pending">
        Entities are being extracted{document.entitySummary.length > 0 ? ' again' : ''}; reload the
        page in a moment to see {document.entitySummary.length > 0 ? 'the new ones' : 'them'}.
      </p>
    );
  }
  return null;
}

function emptyText(document: DocumentDetails): string {
  if (document.knowledgeStatus === 'FAILED') return 'Entity extraction failed for this document.';
  if (document.knowledgeQuality || document.knowledgeStatus === 'DONE') return 'No entities found.';
  if (document.knowledgeStatus === 'NONE')
    return 'Entities were not extracted for this document: re-run its skills with entity extraction to find them.';
  return 'No entities yet.';
}

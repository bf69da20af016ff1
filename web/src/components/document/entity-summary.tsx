import Link from 'next/link';
import {
  entityClass,
  entitySearchHref,
  entityTypeLabel,
  legendEntries,
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
      <h2 id="entities-title">
        Entities{' '}
        {document.knowledgeQuality === 'FALLBACK' ? (
          <span className="badge entity-quality-badge" data-testid="entities-fallback-badge">
            Lower quality
          </span>
        ) : null}
      </h2>
      <PendingNote document={document} />
      {groups.length === 0 ? (
        <p className="muted" data-testid="entities-empty">
          {emptyText(document)}
        </p>
      ) : (
        <>
          <ul className="entity-legend" aria-label="Legend: entity types and their colours">
            {legendEntries(groups).map((entry) => (
              <li key={entry.key} className={entry.className}>
                <span className="entity-swatch" aria-hidden="true" />
                {entry.label} <span className="muted">{formatInteger(entry.count)}</span>
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

/**
 * Said at the top of the page, next to the other notes about the document: the entities are
 * the weaker kind and will be replaced without anyone doing anything.
 */
export function KnowledgeQualityNotice({ document }: { document: DocumentDetails }) {
  if (document.knowledgeQuality !== 'FALLBACK') return null;
  return (
    <p className="alert alert-warning" role="note" data-testid="entities-fallback">
      <strong>Lower-quality entities (NLP service was unavailable).</strong> The{' '}
      <a href="#entities-title">entities</a> shown were found by patterns and the place-name list
      only, so people and organizations may be missing. They will upgrade automatically when the
      service is back
      {document.knowledgeStatus === 'WAITING' ? ': this document is waiting for it' : ''}.
    </p>
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

/** The stage is (re-)running for this document: what is shown may change shortly. */
function PendingNote({ document }: { document: DocumentDetails }) {
  if (document.knowledgeStatus !== 'QUEUED' && document.knowledgeStatus !== 'RUNNING') return null;
  const again = document.entitySummary.length > 0;
  return (
    <p className="muted" data-testid="entities-pending">
      Entities are being extracted{again ? ' again' : ''}; reload the page in a moment to see{' '}
      {again ? 'the new ones' : 'them'}.
    </p>
  );
}

function emptyText(document: DocumentDetails): string {
  if (document.knowledgeStatus === 'FAILED') return 'Entity extraction failed for this document.';
  if (document.knowledgeQuality || document.knowledgeStatus === 'DONE') return 'No entities found.';
  if (document.knowledgeStatus === 'NONE')
    return 'Entities were not extracted for this document: re-run its skills with “entities” to find them.';
  return 'No entities yet.';
}

'use client';

import { useQuery } from '@apollo/client/react';
import Link from 'next/link';
import { endSessionIfRejected } from '../../lib/auth/end-rejected-session.ts';
import { entityColour, entityTypeName } from '../../lib/entity-types.ts';
import { errorInWords } from '../../lib/explorer/errors.ts';
import type { GraphNode } from '../../lib/explorer/model.ts';
import { MAX_CAP } from '../../lib/explorer/view-state.ts';
import type { GatewayError } from '../../lib/gateway/errors.ts';
import { gatewayErrors } from '../../lib/gateway/errors.ts';
import { EXPLORER_SUGGESTIONS, SUGGESTIONS } from '../../lib/operations/explorer.ts';
import { formatInteger } from '../../lib/text/format.ts';
import { EntitySearch } from './entity-search.tsx';
import styles from './explorer.module.css';

/** No seed yet: a search box, and the most mentioned entities of the readable collections. */
export function EmptyState({ onPick }: { onPick: (entity: GraphNode) => void }) {
  const { data, loading, error } = useQuery(EXPLORER_SUGGESTIONS, {
    variables: { first: SUGGESTIONS },
    ssr: false,
  });
  const suggestions = data?.topEntities ?? [];
  return (
    <div className={`${styles.box} ${styles.empty}`} data-testid="explorer-empty">
      <h2>Start from an entity</h2>
      <p>
        Search for a person, organization, place or other name found in your documents. The explorer
        draws it with the entities it occurs with; double-click any of them to follow the trail.
      </p>
      <EntitySearch onPick={onPick} autoFocus />
      <div>
        <h3 style={{ margin: '0.5rem 0 0' }}>Most mentioned in your collections</h3>
        {loading ? (
          <p className="muted">Loading suggestions…</p>
        ) : error ? (
          <ErrorNotice title="Suggestions could not be loaded." errors={gatewayErrors(error)} />
        ) : suggestions.length === 0 ? (
          <p className="muted" data-testid="explorer-no-suggestions">
            No entities yet: entities appear once documents have been through the knowledge stage.{' '}
            <Link href="/ingest">Add documents</Link>.
          </p>
        ) : (
          <ul className={styles.suggestions} data-testid="explorer-suggestions">
            {suggestions.map((entity) => (
              <li key={entity.key}>
                <button
                  type="button"
                  className={styles.chip}
                  onClick={() => onPick(entity)}
                  title={entityTypeName(entity.type, 1)}
                >
                  <span
                    className={styles.swatch}
                    style={{ background: entityColour(entity.type) }}
                    aria-hidden="true"
                  />
                  {entity.name}
                  <span className={styles.count}>{formatInteger(entity.mentionCount)}</span>
                </button>
              </li>
            ))}
          </ul>
        )}
      </div>
    </div>
  );
}

/** A link whose view state does not read: what is wrong, and a way to start afresh. */
export function InvalidLink({ problems }: { problems: readonly string[] }) {
  return (
    <div className="alert alert-error" role="alert" data-testid="explorer-invalid-link">
      <p>
        <strong>This explorer link cannot be opened.</strong>
      </p>
      <ul className="error-list">
        {problems.map((problem) => (
          <li key={problem}>{problem}</li>
        ))}
      </ul>
      <p>
        <a href="/explore">Start a new view</a>
      </p>
    </div>
  );
}

export function ErrorNotice({
  title,
  errors,
  onRetry,
}: {
  title: string;
  errors: readonly GatewayError[];
  onRetry?: () => void;
}) {
  endSessionIfRejected(errors);
  return (
    <div className="alert alert-error" role="alert" data-testid="explorer-error">
      <p>
        <strong>{title}</strong>
      </p>
      <ul className="error-list">
        {errors.map((error, index) => (
          <li key={index}>
            {errorInWords(error)}: {error.message} <code className="error-code">{error.code}</code>
          </li>
        ))}
      </ul>
      {onRetry ? (
        <button type="button" className="button" onClick={onRetry}>
          Try again
        </button>
      ) : null}
    </div>
  );
}

/** A neighbourhood was cut at the cap: say so, and offer the next cap up to the API's maximum. */
export function CappedNotice({ cap, onRaise }: { cap: number; onRaise: (cap: number) => void }) {
  const next = Math.min(MAX_CAP, cap < 500 ? 500 : cap < 1000 ? 1000 : MAX_CAP);
  return (
    <div className="alert alert-info" role="status" data-testid="explorer-capped">
      <p style={{ margin: 0 }}>
        <strong>Capped at {formatInteger(cap)} nodes</strong> per neighbourhood: the heaviest edges
        were kept.{' '}
        {cap < MAX_CAP ? (
          <button
            type="button"
            className="button"
            onClick={() => onRaise(next)}
            data-testid="explorer-raise-cap"
          >
            Show up to {formatInteger(next)}
          </button>
        ) : (
          'This is the most the explorer draws; filter by type, weight or time to see the rest.'
        )}
      </p>
    </div>
  );
}

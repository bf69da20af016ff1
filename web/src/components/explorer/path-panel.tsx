'use client';

import type { GatewayError } from '../../lib/gateway/errors.ts';
import type { GraphPath } from '../../lib/explorer/model.ts';
import { describeErrors } from '../../lib/explorer/errors.ts';
import { PATHS_MAX_HOPS } from '../../lib/explorer/view-state.ts';
import styles from './explorer.module.css';

type PathsAnswer =
  | { status: 'loading' }
  | { status: 'done'; value: GraphPath[] }
  | { status: 'error'; errors: GatewayError[] };

/**
 * Shortest paths between two chosen entities: the ends (one may still be missing), the k paths
 * found, shortest first; choosing one highlights it on the graph.
 */
export function PathPanel({
  fromName,
  toName,
  paths,
  highlighted,
  onHighlight,
  onClear,
}: {
  fromName: string | null;
  toName: string | null;
  paths: PathsAnswer | null;
  highlighted: number | null;
  onHighlight: (index: number | null) => void;
  onClear: () => void;
}) {
  if (!fromName && !toName) return null;
  return (
    <section
      className={styles.box}
      aria-labelledby="explorer-paths-title"
      data-testid="explorer-paths"
    >
      <h2 id="explorer-paths-title">Shortest paths</h2>
      <p>
        From <strong>{fromName ?? '…'}</strong> to <strong>{toName ?? '…'}</strong>
      </p>
      {!fromName || !toName ? (
        <p className={styles.hint}>
          Select another entity and choose “Path {fromName ? 'to' : 'from'} here”.
        </p>
      ) : paths === null || paths.status === 'loading' ? (
        <p className={styles.hint}>Looking for paths…</p>
      ) : paths.status === 'error' ? (
        <div className="alert alert-error" role="alert">
          {describeErrors(paths.errors).map((line) => (
            <p key={line}>{line}</p>
          ))}
        </div>
      ) : paths.value.length === 0 ? (
        <p data-testid="explorer-no-path">
          No path of at most {PATHS_MAX_HOPS} hops links them in your readable documents (with the
          current filters).
        </p>
      ) : (
        <ol className={styles.paths}>
          {paths.value.map((path, index) => (
            <li key={index}>
              <button
                type="button"
                className={styles.pathButton}
                aria-pressed={highlighted === index}
                onClick={() => onHighlight(highlighted === index ? null : index)}
                data-testid="explorer-path"
              >
                <strong>
                  {path.hops} {path.hops === 1 ? 'hop' : 'hops'}:
                </strong>{' '}
                {path.nodes.map((n) => n.name).join(' → ')}
              </button>
            </li>
          ))}
        </ol>
      )}
      <div className={styles.actions}>
        <button type="button" className="button button-quiet" onClick={onClear}>
          Clear path
        </button>
      </div>
    </section>
  );
}

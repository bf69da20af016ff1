'use client';

import {
  ENTITY_TYPES,
  entityColour,
  entityTypeName,
  type KnownEntityType,
} from '../../lib/entity-types.ts';
import type { DisplayNode } from '../../lib/explorer/display.ts';
import { formatInteger } from '../../lib/text/format.ts';
import styles from './explorer.module.css';

/**
 * The legend by type, with how many of each are drawn; each entry also filters: pressing one or
 * more shows only those types (none pressed: every type).
 */
export function Legend({
  nodes,
  activeTypes,
  scheme,
  onToggle,
}: {
  nodes: readonly DisplayNode[];
  activeTypes: readonly KnownEntityType[];
  scheme: 'light' | 'dark';
  onToggle: (type: KnownEntityType) => void;
}) {
  const counts = new Map<string, number>();
  for (const node of nodes) {
    if (node.isGroup) continue;
    const type = node.type ?? 'UNTYPED';
    counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  const groups = nodes.filter((n) => n.isGroup).length;
  const shown = ENTITY_TYPES.filter((t) => counts.has(t) || activeTypes.includes(t));
  const filtering = activeTypes.length > 0;
  return (
    <section className={styles.box} aria-labelledby="explorer-legend-title">
      <h2 id="explorer-legend-title">Types</h2>
      {shown.length === 0 && !counts.has('UNTYPED') ? (
        <p className="muted">Nothing drawn yet.</p>
      ) : (
        <ul className={styles.legend} data-testid="explorer-legend">
          {shown.map((type) => {
            const on = activeTypes.includes(type);
            return (
              <li key={type}>
                <button
                  type="button"
                  className={`${styles.legendButton} ${filtering && !on ? styles.legendOff : ''}`}
                  aria-pressed={on}
                  title={
                    on
                      ? `Stop filtering by ${entityTypeName(type)}`
                      : `Show only ${entityTypeName(type)} (add more types by pressing them too)`
                  }
                  onClick={() => onToggle(type)}
                  data-entity-type={type}
                >
                  <span
                    className={styles.swatch}
                    style={{ background: entityColour(type, scheme) }}
                    aria-hidden="true"
                  />
                  {entityTypeName(type)}
                  <span className={styles.count}>{formatInteger(counts.get(type) ?? 0)}</span>
                </button>
              </li>
            );
          })}
          {counts.has('UNTYPED') ? (
            <li className={styles.legendButton}>
              <span
                className={styles.swatch}
                style={{ background: entityColour(null, scheme) }}
                aria-hidden="true"
              />
              {entityTypeName(null)}
              <span className={styles.count}>{formatInteger(counts.get('UNTYPED') ?? 0)}</span>
            </li>
          ) : null}
          {groups > 0 ? (
            <li className={styles.legendButton}>
              <span
                className={styles.swatch}
                style={{ background: scheme === 'dark' ? '#d1d5db' : '#374151' }}
                aria-hidden="true"
              />
              Groups
              <span className={styles.count}>{formatInteger(groups)}</span>
            </li>
          ) : null}
        </ul>
      )}
      {filtering ? <p className={styles.hint}>Showing only the pressed types.</p> : null}
    </section>
  );
}

'use client';

import { useEffect, useState } from 'react';
import { MAX_CAP, type ExplorerFilters } from '../../lib/explorer/view-state.ts';
import styles from './explorer.module.css';

const CAPS = [100, 200, 500, 1000, MAX_CAP];

/** Edge weight, time window and node cap. Typed values apply when the field is left or Enter pressed. */
export function FilterPanel({
  filters,
  cap,
  onFilters,
  onCap,
}: {
  filters: ExplorerFilters;
  cap: number;
  onFilters: (filters: Partial<ExplorerFilters>) => void;
  onCap: (cap: number) => void;
}) {
  const [weight, setWeight] = useState(String(filters.minWeight));
  useEffect(() => setWeight(String(filters.minWeight)), [filters.minWeight]);
  const applyWeight = () => {
    const value = Number(weight);
    if (Number.isInteger(value) && value >= 1 && value !== filters.minWeight)
      onFilters({ minWeight: value });
    else setWeight(String(filters.minWeight));
  };
  const caps = CAPS.includes(cap) ? CAPS : [...CAPS, cap].sort((a, b) => a - b);
  return (
    <section className={styles.box} aria-labelledby="explorer-filters-title">
      <h2 id="explorer-filters-title">Filters</h2>
      <div className={styles.fields}>
        <label>
          Minimum edge weight
          <input
            type="number"
            min={1}
            step={1}
            inputMode="numeric"
            value={weight}
            data-testid="explorer-min-weight"
            onChange={(event) => setWeight(event.target.value)}
            onBlur={applyWeight}
            onKeyDown={(event) => {
              if (event.key === 'Enter') applyWeight();
            }}
          />
        </label>
        <label>
          Seen from
          <input
            type="date"
            value={filters.from ?? ''}
            max={filters.to ?? undefined}
            data-testid="explorer-from"
            onChange={(event) => onFilters({ from: event.target.value || null })}
          />
        </label>
        <label>
          Seen until
          <input
            type="date"
            value={filters.to ?? ''}
            min={filters.from ?? undefined}
            data-testid="explorer-to"
            onChange={(event) => onFilters({ to: event.target.value || null })}
          />
        </label>
        <label>
          Nodes per neighbourhood
          <select
            value={cap}
            onChange={(event) => onCap(Number(event.target.value))}
            data-testid="explorer-cap"
          >
            {caps.map((value) => (
              <option key={value} value={value}>
                at most {value.toLocaleString('en')}
              </option>
            ))}
          </select>
        </label>
      </div>
      <p className={styles.hint}>
        The weight counts the readable documents naming both entities; dates are the documents’ own.
      </p>
    </section>
  );
}

import Link from 'next/link';
import type { FacetBucket } from '../../lib/search/operations.ts';
import {
  activeYear,
  ENTITY_FACET_KINDS,
  isFacetActive,
  searchHref,
  toggleFacet,
  toggleYear,
  type FacetKind,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { formatInteger } from '../../lib/text/format.ts';
import { FACET_TITLES, facetValueLabel, type CollectionNames } from './labels.ts';

interface FacetItem {
  key: string;
  label: string;
  count: number;
  active: boolean;
  href: string;
}

/** One facet as a list of links; each link toggles that value's filter (no script needed). */
function FacetList({
  id,
  title,
  items,
  swatch,
}: {
  id: string;
  title: string;
  items: FacetItem[];
  /** An entity type's colour class: the same swatch as the document page's legend. */
  swatch?: string;
}) {
  if (items.length === 0) return null;
  return (
    <section
      className={`facet${swatch ? ` ${swatch}` : ''}`}
      aria-labelledby={`facet-${id}`}
      data-testid={`facet-${id}`}
    >
      <h2 id={`facet-${id}`}>
        {swatch ? <span className="entity-swatch" aria-hidden="true" /> : null}
        {title}
      </h2>
      <ul>
        {items.map((item) => (
          <li key={item.key}>
            <Link
              href={item.href}
              prefetch={false}
              className={`facet-value${item.active ? ' facet-value-active' : ''}`}
              aria-current={item.active ? 'true' : undefined}
              data-value={item.key}
            >
              <span className="facet-check" aria-hidden="true">
                {item.active ? '✓' : ''}
              </span>
              <span className="facet-label">
                {item.active ? <span className="visually-hidden">Remove filter: </span> : null}
                {item.label}
              </span>
              <span className="facet-count">
                {formatInteger(item.count)}
                <span className="visually-hidden"> documents</span>
              </span>
            </Link>
          </li>
        ))}
      </ul>
    </section>
  );
}

/**
 * A filter in force stays listed even when the result has no bucket for it (count 0), so it can
 * always be switched off where it was switched on.
 */
function withActiveValues(
  buckets: readonly FacetBucket[],
  active: readonly string[],
): FacetBucket[] {
  const present = new Set(buckets.map((b) => b.value));
  return [
    ...buckets,
    ...active.filter((v) => !present.has(v)).map((value) => ({ value, count: 0 })),
  ];
}

export function FacetPanel({
  kind,
  buckets,
  state,
  names,
}: {
  kind: FacetKind;
  buckets: readonly FacetBucket[];
  state: SearchState;
  names: CollectionNames;
}) {
  const items = withActiveValues(buckets, state.filters[kind]).map((bucket) => ({
    key: bucket.value,
    label: facetValueLabel(kind, bucket.value, names),
    count: bucket.count,
    active: isFacetActive(state, kind, bucket.value),
    href: searchHref(toggleFacet(state, kind, bucket.value)),
  }));
  const swatch = (ENTITY_FACET_KINDS as readonly string[]).includes(kind)
    ? `entity-${kind}`
    : undefined;
  return <FacetList id={kind} title={FACET_TITLES[kind]} items={items} swatch={swatch} />;
}

export function YearFacet({
  buckets,
  state,
}: {
  buckets: readonly FacetBucket[];
  state: SearchState;
}) {
  const year = activeYear(state);
  const items = withActiveValues(buckets, year ? [year] : [])
    .sort((a, b) => b.value.localeCompare(a.value))
    .map((bucket) => ({
      key: bucket.value,
      label: bucket.value,
      count: bucket.count,
      active: bucket.value === year,
      href: searchHref(toggleYear(state, bucket.value)),
    }));
  return <FacetList id="years" title={FACET_TITLES.years} items={items} />;
}

'use client';

import { useQuery } from '@apollo/client/react';
import { useEffect, useId, useState } from 'react';
import { entityColour, entityTypeName } from '../../lib/entity-types.ts';
import type { GraphNode } from '../../lib/explorer/model.ts';
import { EXPLORER_SEARCH, SEARCH_HITS } from '../../lib/operations/explorer.ts';
import { formatInteger } from '../../lib/text/format.ts';
import styles from './explorer.module.css';

const DEBOUNCE_MS = 200;

/**
 * Typeahead over the graph API's entity search (prefix and typo tolerant): arrow keys move, Enter
 * adds the entity to the view.
 */
export function EntitySearch({
  onPick,
  placeholder = 'Add an entity: type a name…',
  autoFocus = false,
}: {
  onPick: (entity: GraphNode) => void;
  placeholder?: string;
  autoFocus?: boolean;
}) {
  const [text, setText] = useState('');
  const [query, setQuery] = useState('');
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const listId = useId();

  useEffect(() => {
    const timer = setTimeout(() => setQuery(text.trim()), DEBOUNCE_MS);
    return () => clearTimeout(timer);
  }, [text]);

  const { data, previousData, loading, error } = useQuery(EXPLORER_SEARCH, {
    variables: { query, first: SEARCH_HITS },
    skip: query.length < 2,
    ssr: false,
  });
  const hits = query.length < 2 ? [] : ((data ?? previousData)?.searchEntities ?? []);

  const pick = (index: number) => {
    const hit = hits[index];
    if (!hit) return;
    onPick(hit.entity);
    setText('');
    setQuery('');
    setOpen(false);
  };

  return (
    <div className={styles.search}>
      <label className="visually-hidden" htmlFor={`${listId}-input`}>
        Search entities to add
      </label>
      <input
        id={`${listId}-input`}
        type="search"
        role="combobox"
        aria-expanded={open && hits.length > 0}
        aria-controls={listId}
        aria-autocomplete="list"
        aria-activedescendant={open && hits[active] ? `${listId}-${active}` : undefined}
        autoComplete="off"
        autoFocus={autoFocus}
        placeholder={placeholder}
        value={text}
        data-testid="explorer-search"
        onChange={(event) => {
          setText(event.target.value);
          setActive(0);
          setOpen(true);
        }}
        onFocus={() => setOpen(true)}
        onBlur={() => setTimeout(() => setOpen(false), 150)}
        onKeyDown={(event) => {
          if (event.key === 'ArrowDown') {
            event.preventDefault();
            setActive((i) => Math.min(hits.length - 1, i + 1));
          } else if (event.key === 'ArrowUp') {
            event.preventDefault();
            setActive((i) => Math.max(0, i - 1));
          } else if (event.key === 'Enter') {
            event.preventDefault();
            pick(active);
          } else if (event.key === 'Escape') setOpen(false);
        }}
      />
      {open && query.length >= 2 ? (
        <ul id={listId} role="listbox" className={styles.hits} data-testid="explorer-search-hits">
          {hits.map((hit, index) => (
            <li
              key={hit.entity.key}
              id={`${listId}-${index}`}
              role="option"
              aria-selected={index === active}
              className={styles.hit}
              onMouseDown={(event) => {
                event.preventDefault();
                pick(index);
              }}
              onMouseEnter={() => setActive(index)}
            >
              <span
                className={styles.swatch}
                style={{ background: entityColour(hit.entity.type) }}
                aria-hidden="true"
              />
              <span>
                {hit.entity.name}{' '}
                {hit.matched !== hit.entity.name ? (
                  <span className={styles.hitMatched}>(“{hit.matched}”)</span>
                ) : null}
              </span>
              <span className={styles.count}>
                {entityTypeName(hit.entity.type, 1)} · {formatInteger(hit.entity.documentCount)}{' '}
                {hit.entity.documentCount === 1 ? 'document' : 'documents'}
              </span>
            </li>
          ))}
          {hits.length === 0 && !loading ? (
            <li className={styles.hit} role="option" aria-selected={false} aria-disabled="true">
              {error ? 'Search failed: ' + error.message : `No entity matches “${query}”.`}
            </li>
          ) : null}
          {loading && hits.length === 0 ? (
            <li className={styles.hit} role="option" aria-selected={false} aria-disabled="true">
              Searching…
            </li>
          ) : null}
        </ul>
      ) : null}
    </div>
  );
}

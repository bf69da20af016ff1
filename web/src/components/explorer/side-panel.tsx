'use client';

import { useQuery } from '@apollo/client/react';
import { useState } from 'react';
import Link from 'next/link';
import { entityColour, entityTypeName } from '../../lib/entity-types.ts';
import type { DisplayNode } from '../../lib/explorer/display.ts';
import { EXPLORER_ENTITIES } from '../../lib/operations/explorer.ts';
import { formatDate, formatInteger } from '../../lib/text/format.ts';
import styles from './explorer.module.css';

export interface NodeActions {
  expand: (key: string) => void;
  hide: (key: string) => void;
  togglePin: (key: string) => void;
  pathFrom: (key: string) => void;
  pathTo: (key: string) => void;
  ungroup: (groupId: string) => void;
  select: (key: string) => void;
}

/** `/entities/<key>`: the entity page. */
export function entityHref(key: string): string {
  return `/entities/${encodeURIComponent(key)}`;
}

/** What is known about the selected node, and what can be done with it. */
export function SidePanel({
  node,
  selectionSize,
  expanded,
  pinned,
  neighbourCount,
  actions,
  onGroupSelection,
  scheme,
}: {
  node: DisplayNode | null;
  selectionSize: number;
  expanded: boolean;
  pinned: boolean;
  neighbourCount: number;
  actions: NodeActions;
  onGroupSelection: (label: string) => void;
  scheme: 'light' | 'dark';
}) {
  return (
    <section
      className={styles.box}
      aria-labelledby="explorer-selected-title"
      data-testid="explorer-side-panel"
    >
      <h2 id="explorer-selected-title">Selected</h2>
      {selectionSize > 1 ? (
        <GroupForm selectionSize={selectionSize} onGroup={onGroupSelection} />
      ) : node === null ? (
        <p className="muted">
          Click a node to see it here. Double-click expands it; drag it to pin it; Shift+click
          selects several to group them.
        </p>
      ) : node.isGroup ? (
        <GroupDetails node={node} actions={actions} />
      ) : (
        <EntityDetails
          node={node}
          expanded={expanded}
          pinned={pinned}
          neighbourCount={neighbourCount}
          actions={actions}
          scheme={scheme}
        />
      )}
    </section>
  );
}

function GroupDetails({ node, actions }: { node: DisplayNode; actions: NodeActions }) {
  return (
    <div data-testid="explorer-group-details">
      <h3>{node.label}</h3>
      <p className="muted">
        A group of {formatInteger(node.members.length)} entities, {formatInteger(node.mentionCount)}{' '}
        mentions.
      </p>
      <ul className={styles.members}>
        {node.members.map((key) => (
          <li key={key}>
            <Link href={entityHref(key)} prefetch={false}>
              {key}
            </Link>
          </li>
        ))}
      </ul>
      <div className={styles.actions}>
        <button
          type="button"
          className="button"
          onClick={() => actions.ungroup(node.key)}
          data-testid="explorer-ungroup"
        >
          Ungroup
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => actions.hide(node.key)}
        >
          Hide
        </button>
      </div>
    </div>
  );
}

function EntityDetails({
  node,
  expanded,
  pinned,
  neighbourCount,
  actions,
  scheme,
}: {
  node: DisplayNode;
  expanded: boolean;
  pinned: boolean;
  neighbourCount: number;
  actions: NodeActions;
  scheme: 'light' | 'dark';
}) {
  const { data, loading } = useQuery(EXPLORER_ENTITIES, {
    variables: { keys: [node.key] },
    ssr: false,
  });
  const entity = data?.entitiesByKeys.find((e) => e.key === node.key);
  return (
    <div data-testid="explorer-entity-details">
      <h3 style={{ display: 'flex', gap: '0.4rem', alignItems: 'center', margin: 0 }}>
        <span
          className={styles.swatch}
          style={{ background: entityColour(node.type, scheme) }}
          aria-hidden="true"
        />
        {node.label}
      </h3>
      <dl className={styles.details}>
        <dt>Type</dt>
        <dd>{entityTypeName(node.type, 1)}</dd>
        <dt>Mentions</dt>
        <dd>{formatInteger(node.mentionCount)}</dd>
        <dt>Documents</dt>
        <dd>{formatInteger(node.documentCount)}</dd>
        <dt>Neighbours shown</dt>
        <dd>{formatInteger(neighbourCount)}</dd>
        {entity?.firstSeen || entity?.lastSeen ? (
          <>
            <dt>Seen</dt>
            <dd>
              {formatDate(entity.firstSeen)} – {formatDate(entity.lastSeen)}
            </dd>
          </>
        ) : null}
        {entity && entity.aliases.length > 1 ? (
          <>
            <dt>Also</dt>
            <dd>
              {entity.aliases
                .filter((a) => a !== node.label)
                .slice(0, 6)
                .join(', ')}
            </dd>
          </>
        ) : null}
        {entity?.kb ? (
          <>
            <dt>Link</dt>
            <dd>
              {entity.kb.url ? (
                <a href={entity.kb.url} rel="noreferrer noopener" target="_blank">
                  {entity.kb.title}
                </a>
              ) : (
                entity.kb.title
              )}{' '}
              <span className="muted">({entity.kb.source})</span>
            </dd>
          </>
        ) : null}
      </dl>
      {loading ? <p className={styles.hint}>Loading details…</p> : null}
      <p>
        <Link href={entityHref(node.key)} prefetch={false} data-testid="explorer-entity-link">
          Open the entity page
        </Link>
      </p>
      <div className={styles.actions}>
        <button
          type="button"
          className="button button-primary"
          onClick={() => actions.expand(node.key)}
          disabled={expanded}
          data-testid="explorer-expand"
        >
          {expanded ? 'Expanded' : 'Expand'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => actions.togglePin(node.key)}
          aria-pressed={pinned}
        >
          {pinned ? 'Unpin' : 'Pin'}
        </button>
        <button
          type="button"
          className="button"
          onClick={() => actions.hide(node.key)}
          data-testid="explorer-hide"
        >
          Hide
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => actions.pathFrom(node.key)}
          data-testid="explorer-path-from"
        >
          Path from here
        </button>
        <button
          type="button"
          className="button button-quiet"
          onClick={() => actions.pathTo(node.key)}
          data-testid="explorer-path-to"
        >
          Path to here
        </button>
      </div>
    </div>
  );
}

function GroupForm({
  selectionSize,
  onGroup,
}: {
  selectionSize: number;
  onGroup: (label: string) => void;
}) {
  const [label, setLabel] = useState('');
  return (
    <form
      className={styles.fields}
      onSubmit={(event) => {
        event.preventDefault();
        onGroup(label);
        setLabel('');
      }}
    >
      <p style={{ margin: 0 }}>
        {formatInteger(selectionSize)} nodes selected (Shift+click adds or removes one).
      </p>
      <label>
        Group name
        <input
          value={label}
          placeholder={`${selectionSize} entities`}
          onChange={(event) => setLabel(event.target.value)}
          data-testid="explorer-group-name"
        />
      </label>
      <div className={styles.actions}>
        <button type="submit" className="button button-primary" data-testid="explorer-group">
          Group them
        </button>
      </div>
    </form>
  );
}

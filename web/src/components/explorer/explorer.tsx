'use client';

import { useState } from 'react';
import { parseView } from '../../lib/explorer/url-state.ts';
import { InvalidLink } from './explorer-states.tsx';
import { ExplorerWorkspace } from './explorer-workspace.tsx';

/**
 * The explorer, in the browser only (WebGL): reads the view from the address bar. The raw query
 * string is read, not Next's decoded searchParams, so a comma inside an entity key stays a comma.
 */
export function Explorer() {
  const [parsed] = useState(() => parseView(window.location.search));
  if (!parsed.ok)
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">Explore</h1>
        <InvalidLink problems={parsed.problems} />
      </section>
    );
  return <ExplorerWorkspace initialView={parsed.view} />;
}

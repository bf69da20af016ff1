'use client';

import { useRouter } from 'next/navigation';
import { useEffect, useState, useTransition } from 'react';

/**
 * Re-renders the server page every `intervalMs` while `active` (something is still queued or
 * running): the page re-runs its fixed GraphQL operation on the server, so the monitor needs no
 * client-side data layer. Pauses while the tab is hidden; the viewer can pause it too.
 */
export function AutoRefresh({
  active,
  intervalMs = 2000,
}: {
  active: boolean;
  intervalMs?: number;
}) {
  const router = useRouter();
  const [paused, setPaused] = useState(false);
  const [pending, startTransition] = useTransition();

  useEffect(() => {
    if (!active || paused) return;
    const timer = window.setInterval(() => {
      if (document.visibilityState !== 'visible') return;
      startTransition(() => router.refresh());
    }, intervalMs);
    return () => window.clearInterval(timer);
  }, [active, paused, intervalMs, router]);

  if (!active) return <span className="muted ingest-refresh">All finished: not refreshing.</span>;
  return (
    <span className="ingest-refresh">
      <span className="muted" aria-live="off">
        {paused
          ? 'Auto-refresh paused.'
          : `Refreshing every ${Math.round(intervalMs / 1000)} s${pending ? '…' : '.'}`}
      </span>{' '}
      <button
        type="button"
        className="button button-quiet ingest-button-small"
        onClick={() => setPaused(!paused)}
      >
        {paused ? 'Resume' : 'Pause'}
      </button>
    </span>
  );
}

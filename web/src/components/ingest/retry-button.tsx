'use client';

import { useRouter } from 'next/navigation';
import { useState } from 'react';

interface RetryButtonProps {
  jobId: string;
  /** Retry just this item; without it, every failed item of the job. */
  itemId?: string;
  label: string;
  /** Accessible name when the visible label is short ("Retry" in a table row). */
  ariaLabel?: string;
  className?: string;
}

type State =
  | { kind: 'idle' }
  | { kind: 'busy' }
  | { kind: 'done'; text: string }
  | { kind: 'error'; text: string };

/** Calls the retry route, then re-renders the page so the retried items show as queued. */
export function RetryButton({ jobId, itemId, label, ariaLabel, className }: RetryButtonProps) {
  const router = useRouter();
  const [state, setState] = useState<State>({ kind: 'idle' });

  async function retry() {
    setState({ kind: 'busy' });
    try {
      const response = await fetch(`/api/ingest/jobs/${encodeURIComponent(jobId)}/retry`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify(itemId ? { itemIds: [itemId] } : {}),
      });
      const body = (await response.json().catch(() => null)) as {
        queued?: number;
        error?: { code?: string; message?: string };
      } | null;
      if (!response.ok || typeof body?.queued !== 'number') {
        const code = body?.error?.code ?? `HTTP_${response.status}`;
        setState({ kind: 'error', text: `${code}: ${body?.error?.message ?? 'retry failed'}` });
        return;
      }
      setState({
        kind: 'done',
        text: body.queued === 1 ? '1 item queued again' : `${body.queued} items queued again`,
      });
      router.refresh();
    } catch (error) {
      setState({
        kind: 'error',
        text: `NETWORK: ${error instanceof Error ? error.message : String(error)}`,
      });
    }
  }

  return (
    <span className="ingest-retry">
      <button
        type="button"
        className={className ?? 'button button-quiet'}
        onClick={() => void retry()}
        disabled={state.kind === 'busy'}
        aria-label={ariaLabel}
      >
        {state.kind === 'busy' ? 'Retrying…' : label}
      </button>
      <span role="status" className={state.kind === 'error' ? 'ingest-retry-error' : 'muted'}>
        {state.kind === 'done' || state.kind === 'error' ? state.text : ''}
      </span>
    </span>
  );
}

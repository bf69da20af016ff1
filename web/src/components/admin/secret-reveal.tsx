'use client';

import { useState } from 'react';
import type { ShownOnceSecret } from '../../lib/admin/action-state.ts';

/**
 * A secret the API returns only once (generated password, API token): shown in a read-only field
 * with a copy button and a warning. It lives only in this component's state, never in the URL.
 */
export function SecretReveal({ secret }: { secret: ShownOnceSecret }) {
  const [copied, setCopied] = useState<'yes' | 'failed' | null>(null);
  async function copy() {
    try {
      await navigator.clipboard.writeText(secret.value);
      setCopied('yes');
    } catch {
      // Clipboard access needs a secure context (https or localhost): select the text instead.
      setCopied('failed');
    }
  }
  return (
    <div className="admin-secret" data-testid="shown-once-secret">
      <label className="admin-secret-label">
        {secret.label}
        <input
          type="text"
          readOnly
          value={secret.value}
          className="admin-secret-value"
          data-testid="secret-value"
          onFocus={(event) => event.currentTarget.select()}
        />
      </label>
      <button type="button" className="button button-quiet" onClick={() => void copy()}>
        {copied === 'yes' ? 'Copied' : 'Copy'}
      </button>
      <p className="admin-secret-warning" role="note">
        Shown only now: it is not stored in readable form. Copy it before you leave this page.
        {copied === 'failed' ? ' Copying failed here: select the text and copy it by hand.' : ''}
      </p>
    </div>
  );
}

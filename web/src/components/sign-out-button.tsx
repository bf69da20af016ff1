'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { logoutAction } from '../lib/auth/logout-action.ts';

/** `label`: the button text (default "Sign out"), e.g. "Sign in again" after a revoked session. */
export function SignOutButton({ label = 'Sign out' }: { label?: string }) {
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    try {
      // First end the session on the server (revokes the token); a failure must not keep the
      // user signed in here, so it is ignored and the local session is cleared regardless.
      await logoutAction().catch(() => null);
      // No next-auth redirect: its URL is built from NEXTAUTH_URL, which may name another host than the one in use.
      await signOut({ redirect: false });
    } finally {
      window.location.assign('/login');
    }
  }
  return (
    <button
      type="button"
      className="button button-quiet"
      onClick={() => void onClick()}
      disabled={busy}
    >
      {busy ? 'Signing out…' : label}
    </button>
  );
}

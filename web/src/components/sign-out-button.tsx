'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';
import { logoutAction } from '../lib/auth/logout-action.ts';

/** The header's sign-out: ends the server session, then the local one. */
export function SignOutButton() {
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
      {busy ? 'Signing out…' : 'Sign out'}
    </button>
  );
}

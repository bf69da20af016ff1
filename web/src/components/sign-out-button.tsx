'use client';

import { signOut } from 'next-auth/react';
import { useState } from 'react';

export function SignOutButton() {
  const [busy, setBusy] = useState(false);
  async function onClick() {
    setBusy(true);
    try {
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

'use client';

import { signIn } from 'next-auth/react';
import { useState } from 'react';
import { OIDC_PROVIDER_ID } from '../../lib/auth/oidc-provider.ts';

/** Starts single sign-on with the configured OIDC provider (connected operation only). */
export function SsoButton({ name, callbackPath }: { name: string; callbackPath: string }) {
  const [busy, setBusy] = useState(false);
  return (
    <button
      type="button"
      className="button button-quiet login-sso"
      disabled={busy}
      onClick={() => {
        setBusy(true);
        void signIn(OIDC_PROVIDER_ID, { callbackUrl: callbackPath });
      }}
    >
      {busy ? 'Redirecting…' : `Sign in with ${name}`}
    </button>
  );
}

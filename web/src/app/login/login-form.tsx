'use client';

import { signIn } from 'next-auth/react';
import { useState, type FormEvent } from 'react';
import { signInErrorMessage } from '../../lib/auth/sign-in-redirect.ts';

interface LoginFormProps {
  callbackPath: string;
  initialError: string | null;
}

function field(form: FormData, name: string): string {
  const value = form.get(name);
  return typeof value === 'string' ? value : '';
}

export function LoginForm({ callbackPath, initialError }: LoginFormProps) {
  const [error, setError] = useState<string | null>(initialError);
  const [submitting, setSubmitting] = useState(false);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const form = new FormData(event.currentTarget);
    setSubmitting(true);
    setError(null);
    try {
      const result = await signIn('credentials', {
        email: field(form, 'email'),
        password: field(form, 'password'),
        redirect: false,
      });
      if (result?.ok && !result.error) {
        // A full navigation so every server component renders with the new session cookie.
        window.location.assign(callbackPath);
        return;
      }
      setError(signInErrorMessage(result?.error ?? 'Unknown'));
    } catch {
      setError(signInErrorMessage('Unknown'));
    }
    setSubmitting(false);
  }

  return (
    <form className="form" onSubmit={(event) => void onSubmit(event)}>
      <div className="field">
        <label htmlFor="email">Email</label>
        <input id="email" name="email" type="email" autoComplete="username" required autoFocus />
      </div>
      <div className="field">
        <label htmlFor="password">Password</label>
        <input
          id="password"
          name="password"
          type="password"
          autoComplete="current-password"
          required
        />
      </div>
      {/* Always rendered so screen readers announce the message when it appears. */}
      <div role="alert" aria-live="assertive">
        {error ? (
          <p className="alert alert-error" data-testid="login-error">
            {error}
          </p>
        ) : null}
      </div>
      <button
        type="submit"
        className="button button-primary"
        disabled={submitting}
        aria-busy={submitting}
      >
        {submitting ? 'Signing in…' : 'Sign in'}
      </button>
    </form>
  );
}

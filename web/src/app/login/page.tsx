import type { Metadata } from 'next';
import { redirect } from 'next/navigation';
import { readViewerSession } from '../../lib/auth/viewer-session.ts';
import { signInNotice } from '../../lib/auth/session-ended.ts';
import { safeCallbackPath, signInErrorMessage } from '../../lib/auth/sign-in-redirect.ts';
import { env } from '../../env.ts';
import { oidcProvider } from '../../lib/auth/oidc-provider.ts';
import { LoginForm } from './login-form.tsx';
import { SsoButton } from './sso-button.tsx';

export const metadata: Metadata = { title: 'Sign in' };

interface LoginPageProps {
  searchParams: Promise<Record<string, string | string[] | undefined>>;
}

export default async function LoginPage({ searchParams }: LoginPageProps) {
  const params = await searchParams;
  const callbackPath = safeCallbackPath(params['callbackUrl']);
  if (await readViewerSession()) redirect(callbackPath);
  const error = params['error'];
  // next-auth redirects here with ?error=… when a sign-in fails outside the form's own handling.
  const initialError = signInErrorMessage(Array.isArray(error) ? error[0] : error);
  const notice = signInNotice(params['reason']);
  const sso = oidcProvider(env());

  return (
    <main id="main" className="login-page">
      <div className="login-card">
        <p className="brand brand-large">
          <span className="brand-mark" aria-hidden="true">
            Q
          </span>
          Quarry
        </p>
        <h1>Sign in</h1>
        <p className="muted">
          Use your Quarry account. Ask an administrator if you do not have one.
        </p>
        {notice ? (
          <p className="alert alert-info" role="status" data-testid="login-notice">
            {notice}
          </p>
        ) : null}
        <LoginForm callbackPath={callbackPath} initialError={initialError} />
        {sso ? <SsoButton name={sso.name} callbackPath={callbackPath} /> : null}
      </div>
    </main>
  );
}

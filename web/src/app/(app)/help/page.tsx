import type { Metadata } from 'next';
import Link from 'next/link';
import { env } from '../../../env.ts';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';

export const metadata: Metadata = { title: 'Help' };

export default async function HelpPage() {
  await getViewerSession();
  const graphqlUrl = `${env().GATEWAY_URL}/graphql`;
  return (
    <section className="page prose" aria-labelledby="page-title">
      <h1 id="page-title">Help</h1>

      <h2>What Quarry does</h2>
      <p>
        Quarry is knowledge mining that runs fully offline. You bring in mixed content (documents,
        images, audio and video); a pipeline extracts the text, then enriches it with languages, key
        phrases, named entities and the facts that connect them. You then search the content and
        explore the resulting graph of entities, always able to trace a result back to the passage
        it came from.
      </p>

      <h2>Signing in</h2>
      <p>
        Sign in with the email address and password of your Quarry account on the{' '}
        <Link href="/login">sign-in page</Link>. Accounts are local to this installation, so signing
        in works without an internet connection. Your session ends when your access token expires or
        when you choose <strong>Sign out</strong> in the header. If you have no account or forgot
        your password, ask an administrator.
      </p>

      <h2>Checking that Quarry is healthy</h2>
      <p>
        The <Link href="/status">Status</Link> page lists every Quarry service, whether it is ready,
        and the result and latency of each dependency it checks (search index, graph database,
        accounts database and so on). If something is not ready, the error shown there is the first
        thing to pass on to your administrator.
      </p>

      <h2>Using the API</h2>
      <p>
        Programs use the same GraphQL API as this web app, at{' '}
        <a href={graphqlUrl}>
          <code>{graphqlUrl}</code>
        </a>
        . Obtain an access token with the <code>login</code> mutation, then send it as{' '}
        <code>Authorization: Bearer &lt;token&gt;</code> on every request; all operations except{' '}
        <code>login</code> require it.
      </p>
      <pre className="code-block">
        <code>{`mutation {
  login(email: "you@example.org", password: "…") {
    ok token expiresAt error
  }
}`}</code>
      </pre>
    </section>
  );
}

import type { Metadata } from 'next';
import Link from 'next/link';
import { SyntaxList } from '../../../components/search/syntax-help.tsx';
import { env } from '../../../env.ts';
import { getViewerSession } from '../../../lib/auth/viewer-session.ts';
import { ingestLimits, READABLE_FORMATS } from '../../../lib/help/product-facts.ts';

export const metadata: Metadata = { title: 'Help' };

export default async function HelpPage() {
  await getViewerSession();
  const graphqlUrl = `${env().GATEWAY_URL}/graphql`;
  return (
    <section className="page prose" aria-labelledby="page-title">
      <h1 id="page-title">Help</h1>

      <h2>What Quarry does</h2>
      <p>
        Quarry is knowledge mining that runs fully offline. You bring in documents (by upload, by
        the API, or through an ingest folder); the pipeline extracts their text, detects each
        part&apos;s language and picks out key phrases, then indexes everything for full-text search
        with filters and highlighted hits. You can always open a result and read the passage it came
        from, with the original file for download.
      </p>
      <p>
        Once a document is searchable, the knowledge stage finds the people, organizations, places
        and other names in it (and dates, amounts, e-mail addresses, web addresses, phone numbers
        and IBANs). The document page lists them by type; search can filter by them. The job monitor
        shows this stage beside the search stage, each with its own progress and time left. When the
        NLP service is unavailable, files wait for enrichment: their documents show lower-quality
        entities meanwhile, and they are enriched by themselves when it is back.
      </p>
      <p>
        Explore shows who and what is connected: search for an entity to add it, double-click to
        expand its neighbours (entities named in the same sentences, weighted by how often), filter
        by type, weight and time, and ask for the shortest paths between two entities. The view is
        kept in the address, so a link reopens it; it can be saved as PNG, JSON or GraphML (Gephi).
        Each entity has a page with its other spellings, its knowledge-base link, every mention in
        its sentence (opening the document at that place), its triples and the entities named with
        it. Triples lists subject–relation–object statements with their source sentence. Analysts
        and administrators can correct the graph on an entity&apos;s page (merge and undo, split,
        rename, retype, hide, mark a wrong link); each change is recorded in the audit log and kept
        when documents are processed again.
      </p>
      <p>
        Quarry reads text. It does not read images, scanned pages without a text layer, audio or
        video; such files are recorded as unsupported, with the reason, in the job monitor.
      </p>

      <h2>Formats Quarry reads</h2>
      <p>
        Quarry looks at a file&apos;s content to tell its format; the name&apos;s ending only
        settles ties between text formats that look alike.
      </p>
      <ul data-testid="help-formats">
        {Object.entries(READABLE_FORMATS).map(([kind, format]) => (
          <li key={kind} data-kind={kind}>
            {format.name}{' '}
            <span className="muted">
              ({format.extensions.map((extension) => `.${extension}`).join(', ')})
            </span>
          </li>
        ))}
      </ul>

      <h2>Ingest limits</h2>
      <p>
        Files beyond these limits fail with the reason shown in the job monitor. The values are the
        defaults; an administrator may set another largest file size for the pipeline.
      </p>
      <dl className="help-limits" data-testid="help-limits">
        {ingestLimits().map((limit) => (
          <div key={limit.label}>
            <dt>{limit.label}</dt>
            <dd>{limit.value}</dd>
          </div>
        ))}
      </dl>

      <h2>Search syntax</h2>
      <div className="syntax-help">
        <SyntaxList />
      </div>

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

import { MAX_QUERY_LENGTH } from '../../lib/search/search-state.ts';
import { formatInteger } from '../../lib/text/format.ts';

/** Beside the search box: the syntax as a disclosure (no script needed). */
export function SyntaxHelp() {
  return (
    <details className="syntax-help">
      <summary>Search syntax</summary>
      <SyntaxList />
    </details>
  );
}

/** The query syntax, as the `search` field of the API describes it (also on the Help page). */
export function SyntaxList() {
  return (
    <>
      <dl>
        <div>
          <dt>
            <code>annual budget</code>
          </dt>
          <dd>Words: every word must match.</dd>
        </div>
        <div>
          <dt>
            <code>&quot;annual report&quot;</code>
          </dt>
          <dd>An exact phrase.</dd>
        </div>
        <div>
          <dt>
            <code>invoice OR receipt</code>
          </dt>
          <dd>
            Either word (also <code>invoice | receipt</code>).
          </dd>
        </div>
        <div>
          <dt>
            <code>-draft</code>, <code>NOT draft</code>
          </dt>
          <dd>Leave out documents with this word.</dd>
        </div>
        <div>
          <dt>
            <code>contract*</code>
          </dt>
          <dd>Prefix: contract, contracts, contractor…</dd>
        </div>
        <div>
          <dt>
            <code>recieve~</code>, <code>recieve~1</code>
          </dt>
          <dd>Fuzzy: similar spellings (optionally how many edits).</dd>
        </div>
        <div>
          <dt>
            <code>(tax OR vat) -draft</code>
          </dt>
          <dd>Parentheses group parts of the query.</dd>
        </div>
      </dl>
      <p className="muted">
        An empty query lists every document you may read. Queries are limited to{' '}
        {formatInteger(MAX_QUERY_LENGTH)} characters.
      </p>
    </>
  );
}

/** The query syntax, as the `search` field of the API describes it. A disclosure: no script needed. */
export function SyntaxHelp() {
  return (
    <details className="syntax-help">
      <summary>Search syntax</summary>
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
        An empty query lists every document you may read. Queries are limited to 1,000 characters.
      </p>
    </details>
  );
}

/** What a signed-in user without the admin role sees on /admin/*: a clear 403, not a broken page. */
export function Forbidden() {
  return (
    <section className="page" aria-labelledby="page-title" data-testid="forbidden">
      <h1 id="page-title">403 · Admins only</h1>
      <div className="panel">
        <p>
          Administration needs the <strong>admin</strong> role, and your account does not have it.
        </p>
        <p>
          Ask an administrator if you need access. Your own account, password, API tokens and
          sessions are on <a href="/profile">your profile</a>.
        </p>
      </div>
    </section>
  );
}

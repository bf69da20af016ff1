import type { Metadata } from 'next';
import { AdminPage } from '../../../../components/admin/admin-page.tsx';
import { Forbidden } from '../../../../components/admin/forbidden.tsx';
import { Pager } from '../../../../components/admin/pager.tsx';
import { TokenTable } from '../../../../components/admin/token-table.tsx';
import { ApiErrors } from '../../../../components/admin/api-errors.tsx';
import { adminSession } from '../../../../lib/admin/access.ts';
import { fetchAllCollections } from '../../../../lib/admin/collections.ts';
import {
  cursorParam,
  nextPageHref,
  param,
  withQuery,
} from '../../../../lib/admin/search-params.ts';
import { fetchApiTokens } from '../../../../lib/admin/tokens.ts';
import { fetchUsers } from '../../../../lib/admin/users.ts';
import { formatCount } from '../../../../lib/format.ts';

export const metadata: Metadata = { title: 'API tokens · Admin' };

const PICKER_SIZE = 200;

export default async function AdminTokensPage({ searchParams }: PageProps<'/admin/tokens'>) {
  const session = await adminSession();
  if (!session) return <Forbidden />;
  const params = await searchParams;
  const after = cursorParam(params);
  const userId = param(params, 'user', 128);
  const [tokens, users, collections] = await Promise.all([
    fetchApiTokens(userId, after),
    fetchUsers(null, PICKER_SIZE),
    fetchAllCollections(null, 100),
  ]);
  const names = new Map(
    collections.ok ? collections.data.allCollections.nodes.map((c) => [c.id, c.name]) : [],
  );
  const now = Date.now();

  return (
    <AdminPage
      title="API tokens"
      intro="Every user's tokens for programs. Revoking one stops it at once; secrets are never shown again."
    >
      <form method="get" action="/admin/tokens" className="panel admin-filter" role="search">
        <div className="field">
          <label htmlFor="token-user">User</label>
          <select id="token-user" name="user" defaultValue={userId ?? ''} className="admin-select">
            <option value="">All users</option>
            {users.ok
              ? users.data.users.nodes.map((user) => (
                  <option key={user.id} value={user.id}>
                    {user.name} ({user.email})
                  </option>
                ))
              : null}
          </select>
        </div>
        <button type="submit" className="button button-quiet">
          Filter
        </button>
      </form>

      {tokens.ok ? (
        <section aria-labelledby="tokens-title" className="admin-section">
          <h2 id="tokens-title">{formatCount(tokens.data.apiTokens.totalCount, 'token')}</h2>
          {tokens.data.apiTokens.nodes.length === 0 ? (
            <p className="panel">No tokens{userId ? ' for this user' : ''}.</p>
          ) : (
            <TokenTable
              tokens={tokens.data.apiTokens.nodes}
              collectionNames={names}
              showOwner
              now={now}
            />
          )}
          <Pager
            label="Pages of tokens"
            firstHref={withQuery('/admin/tokens', { user: userId })}
            onFirstPage={!after}
            nextHref={nextPageHref('/admin/tokens', tokens.data.apiTokens, { user: userId })}
          />
        </section>
      ) : (
        <ApiErrors title="The API tokens could not be loaded." errors={tokens.errors} />
      )}
    </AdminPage>
  );
}

import type { Metadata } from 'next';
import { roleLabel } from '../../../components/admin/labels.ts';
import { TokenTable } from '../../../components/admin/token-table.tsx';
import { PasswordForm } from '../../../components/profile/password-form.tsx';
import { SessionTable } from '../../../components/profile/session-table.tsx';
import { TokenCreateForm } from '../../../components/profile/token-create-form.tsx';
import { ApiErrors } from '../../../components/admin/api-errors.tsx';
import { formatDateTime } from '../../../lib/format.ts';
import {
  fetchMyApiTokens,
  fetchMySessions,
  fetchProfile,
  fetchProfileAccess,
} from '../../../lib/profile/operations.ts';

export const metadata: Metadata = { title: 'Profile' };

const ACCESS_LABEL = { READ: 'read', WRITE: 'read + write' };

export default async function ProfilePage() {
  const [profile, access, tokens, sessions] = await Promise.all([
    fetchProfile(),
    fetchProfileAccess(),
    fetchMyApiTokens(),
    fetchMySessions(),
  ]);
  if (!profile.ok) {
    return (
      <section className="page" aria-labelledby="page-title">
        <h1 id="page-title">Profile</h1>
        <ApiErrors title="Your profile could not be loaded." errors={profile.errors} />
      </section>
    );
  }
  const { me, collections } = profile.data;
  const accessById = new Map(
    access.ok ? access.data.collections.map((c) => [c.id, c.access] as const) : [],
  );
  const names = new Map(collections.map((c) => [c.id, c.name]));
  const now = Date.now();

  return (
    <section className="page admin-page profile-page" aria-labelledby="page-title">
      <h1 id="page-title">Profile</h1>

      <section className="panel admin-panel" aria-labelledby="account-title">
        <h2 id="account-title">Your account</h2>
        <dl className="profile-facts" data-testid="profile-account">
          <dt>Name</dt>
          <dd>{me.name}</dd>
          <dt>Email</dt>
          <dd>{me.email}</dd>
          <dt>Roles</dt>
          <dd>{me.roles.map(roleLabel).join(', ')}</dd>
          {access.ok ? (
            <>
              <dt>Groups</dt>
              <dd>{access.data.me.groups.map((g) => g.name).join(', ') || 'none'}</dd>
            </>
          ) : null}
          <dt>Since</dt>
          <dd>{formatDateTime(me.createdAt)}</dd>
        </dl>
        <h3>Collections you can read</h3>
        {collections.length === 0 ? (
          <p className="muted">None yet: an administrator gives access through groups.</p>
        ) : (
          <ul className="admin-plain-list" data-testid="profile-collections">
            {collections.map((collection) => {
              const level = accessById.get(collection.id);
              return (
                <li key={collection.id}>
                  {collection.name}
                  {level ? <span className="muted"> · {ACCESS_LABEL[level]}</span> : null}
                </li>
              );
            })}
          </ul>
        )}
      </section>

      <section className="panel admin-panel" aria-labelledby="password-title">
        <h2 id="password-title">Change password</h2>
        <PasswordForm />
      </section>

      <section className="panel admin-panel" aria-labelledby="tokens-title">
        <h2 id="tokens-title">API tokens</h2>
        <p className="muted">
          For scripts and programs (see Help). A token acts as you, within its scopes and
          collections.
        </p>
        <TokenCreateForm collections={collections} isAdmin={me.roles.includes('ADMIN')} />
        <h3>Your tokens</h3>
        {tokens.ok ? (
          tokens.data.myApiTokens.length === 0 ? (
            <p className="muted">No tokens yet.</p>
          ) : (
            <TokenTable
              tokens={tokens.data.myApiTokens}
              collectionNames={names}
              showOwner={false}
              now={now}
            />
          )
        ) : (
          <ApiErrors title="Your tokens could not be loaded." errors={tokens.errors} />
        )}
      </section>

      <section className="panel admin-panel" aria-labelledby="sessions-title">
        <h2 id="sessions-title">Sessions</h2>
        <p className="muted">Where you are signed in. Sign out any session you do not recognise.</p>
        {sessions.ok ? (
          <SessionTable sessions={sessions.data.mySessions} />
        ) : (
          <ApiErrors title="Your sessions could not be loaded." errors={sessions.errors} />
        )}
      </section>
    </section>
  );
}

import type { Metadata } from 'next';
import { ActionForm } from '../../../../components/admin/action-form.tsx';
import { AdminPage } from '../../../../components/admin/admin-page.tsx';
import { ChoiceList } from '../../../../components/admin/choice-list.tsx';
import { Forbidden } from '../../../../components/admin/forbidden.tsx';
import { ROLE_OPTIONS } from '../../../../components/admin/labels.ts';
import { Pager } from '../../../../components/admin/pager.tsx';
import { UserRow, type UserGroups } from '../../../../components/admin/user-row.tsx';
import { ApiErrors } from '../../../../components/admin/api-errors.tsx';
import { adminSession } from '../../../../lib/admin/access.ts';
import { createUserAction } from '../../../../lib/admin/actions.ts';
import { fetchAllCollections } from '../../../../lib/admin/collections.ts';
import { fetchGroups } from '../../../../lib/admin/groups.ts';
import { cursorParam, nextPageHref } from '../../../../lib/admin/search-params.ts';
import type { CollectionRef, Group } from '../../../../lib/admin/types.ts';
import { fetchReadableCollections, fetchUsers } from '../../../../lib/admin/users.ts';
import { formatCount } from '../../../../lib/format.ts';

export const metadata: Metadata = { title: 'Users · Admin' };

// Enough for the pickers of a local installation; the Groups and Collections tabs page through all.
const PICKER_SIZE = 100;

/** Every collection for the create form; the viewer's readable ones if allCollections is not there. */
async function collectionChoices(): Promise<CollectionRef[]> {
  const all = await fetchAllCollections(null, PICKER_SIZE);
  if (all.ok) return all.data.allCollections.nodes;
  const readable = await fetchReadableCollections();
  return readable.ok ? readable.data.collections : [];
}

function groupsOf(userId: string, groups: Group[]): UserGroups {
  const member: CollectionRef[] = [];
  const others: CollectionRef[] = [];
  for (const group of groups) {
    const ref = { id: group.id, name: group.name };
    if (group.members.some((m) => m.id === userId)) member.push(ref);
    else others.push(ref);
  }
  return { member, others };
}

export default async function AdminUsersPage({ searchParams }: PageProps<'/admin/users'>) {
  const session = await adminSession();
  if (!session) return <Forbidden />;
  const after = cursorParam(await searchParams);
  const [users, collections, groups] = await Promise.all([
    fetchUsers(after),
    collectionChoices(),
    fetchGroups(null, PICKER_SIZE),
  ]);
  const now = Date.now();

  return (
    <AdminPage
      title="Users"
      intro="Local accounts: roles, sign-in state, passwords, sessions and group membership."
    >
      <section className="panel admin-panel" aria-labelledby="create-user-title">
        <h2 id="create-user-title">Create a user</h2>
        <ActionForm
          action={createUserAction}
          submitLabel="Create user"
          pendingLabel="Creating…"
          testId="create-user-form"
        >
          <div className="admin-fields">
            <div className="field">
              <label htmlFor="new-user-email">Email</label>
              <input id="new-user-email" name="email" type="email" required autoComplete="off" />
            </div>
            <div className="field">
              <label htmlFor="new-user-name">Name</label>
              <input id="new-user-name" name="name" required maxLength={200} autoComplete="off" />
            </div>
          </div>
          <ChoiceList
            legend="Roles"
            name="roles"
            idPrefix="new-user-role"
            options={ROLE_OPTIONS}
            checked={['VIEWER']}
          />
          <ChoiceList
            legend="May read these collections"
            name="collectionIds"
            idPrefix="new-user-collection"
            options={collections.map((c) => ({ value: c.id, label: c.name }))}
            checked={[]}
            empty="No collections to choose from."
          />
        </ActionForm>
      </section>

      {groups.ok ? null : (
        <ApiErrors
          title="Group membership could not be loaded (users are listed without it)."
          errors={groups.errors}
        />
      )}

      {users.ok ? (
        <section aria-labelledby="users-title" className="admin-section">
          <h2 id="users-title">
            {formatCount(users.data.users.totalCount, 'user')}
            <span className="muted admin-count-note"> · oldest first</span>
          </h2>
          {users.data.users.nodes.length === 0 ? (
            <p className="panel">No users on this page.</p>
          ) : (
            <ul className="admin-list" data-testid="admin-users">
              {users.data.users.nodes.map((user) => (
                <UserRow
                  key={user.id}
                  user={user}
                  groups={groups.ok ? groupsOf(user.id, groups.data.groups.nodes) : null}
                  isSelf={user.id === session.user.id}
                  now={now}
                />
              ))}
            </ul>
          )}
          <Pager
            label="Pages of users"
            firstHref="/admin/users"
            onFirstPage={!after}
            nextHref={nextPageHref('/admin/users', users.data.users)}
          />
        </section>
      ) : (
        <ApiErrors title="The users could not be loaded." errors={users.errors} />
      )}
    </AdminPage>
  );
}

import type { Metadata } from 'next';
import { ActionForm } from '../../../../components/admin/action-form.tsx';
import { AdminPage } from '../../../../components/admin/admin-page.tsx';
import { Forbidden } from '../../../../components/admin/forbidden.tsx';
import { GroupRow } from '../../../../components/admin/group-row.tsx';
import { Pager } from '../../../../components/admin/pager.tsx';
import { ApiErrors } from '../../../../components/admin/api-errors.tsx';
import { adminSession } from '../../../../lib/admin/access.ts';
import { createGroupAction } from '../../../../lib/admin/actions.ts';
import { fetchGroups } from '../../../../lib/admin/groups.ts';
import { cursorParam, nextPageHref } from '../../../../lib/admin/search-params.ts';
import { fetchUsers } from '../../../../lib/admin/users.ts';
import { formatCount } from '../../../../lib/format.ts';

export const metadata: Metadata = { title: 'Groups · Admin' };

// Users offered in the "add member" pickers (the users API pages by up to 200).
const USER_PICKER_SIZE = 200;

export default async function AdminGroupsPage({ searchParams }: PageProps<'/admin/groups'>) {
  const session = await adminSession();
  if (!session) return <Forbidden />;
  const after = cursorParam(await searchParams);
  const [groups, users] = await Promise.all([
    fetchGroups(after),
    fetchUsers(null, USER_PICKER_SIZE),
  ]);

  return (
    <AdminPage
      title="Groups"
      intro="Groups collect users; collections are shared with groups (Collections tab)."
    >
      <section className="panel admin-panel" aria-labelledby="create-group-title">
        <h2 id="create-group-title">Create a group</h2>
        <ActionForm
          action={createGroupAction}
          submitLabel="Create group"
          testId="create-group-form"
        >
          <div className="admin-fields">
            <div className="field">
              <label htmlFor="new-group-name">Name</label>
              <input id="new-group-name" name="name" required maxLength={100} />
            </div>
            <div className="field">
              <label htmlFor="new-group-description">Description</label>
              <input id="new-group-description" name="description" maxLength={500} />
            </div>
          </div>
        </ActionForm>
      </section>

      {users.ok ? null : (
        <ApiErrors
          title="The users for adding members could not be loaded."
          errors={users.errors}
        />
      )}

      {groups.ok ? (
        <section aria-labelledby="groups-title" className="admin-section">
          <h2 id="groups-title">{formatCount(groups.data.groups.totalCount, 'group')}</h2>
          {groups.data.groups.nodes.length === 0 ? (
            <p className="panel">No groups yet. Create one above.</p>
          ) : (
            <ul className="admin-list" data-testid="admin-groups">
              {groups.data.groups.nodes.map((group) => (
                <GroupRow
                  key={group.id}
                  group={group}
                  users={users.ok ? users.data.users.nodes : null}
                />
              ))}
            </ul>
          )}
          <Pager
            label="Pages of groups"
            firstHref="/admin/groups"
            onFirstPage={!after}
            nextHref={nextPageHref('/admin/groups', groups.data.groups)}
          />
        </section>
      ) : (
        <ApiErrors title="The groups could not be loaded." errors={groups.errors} />
      )}
    </AdminPage>
  );
}

import type { Metadata } from 'next';
import { ActionForm } from '../../../../components/admin/action-form.tsx';
import { AdminPage } from '../../../../components/admin/admin-page.tsx';
import { CollectionRow } from '../../../../components/admin/collection-row.tsx';
import { Forbidden } from '../../../../components/admin/forbidden.tsx';
import { Pager } from '../../../../components/admin/pager.tsx';
import { ApiErrors } from '../../../../components/admin/api-errors.tsx';
import { adminSession } from '../../../../lib/admin/access.ts';
import { createCollectionAction } from '../../../../lib/admin/actions.ts';
import { fetchAllCollections } from '../../../../lib/admin/collections.ts';
import { fetchGroupNames } from '../../../../lib/admin/groups.ts';
import { cursorParam, nextPageHref } from '../../../../lib/admin/search-params.ts';
import { formatCount } from '../../../../lib/format.ts';

export const metadata: Metadata = { title: 'Collections · Admin' };

const GROUP_PICKER_SIZE = 100;

export default async function AdminCollectionsPage({
  searchParams,
}: PageProps<'/admin/collections'>) {
  const session = await adminSession();
  if (!session) return <Forbidden />;
  const after = cursorParam(await searchParams);
  const [collections, groups] = await Promise.all([
    fetchAllCollections(after),
    fetchGroupNames(GROUP_PICKER_SIZE),
  ]);

  return (
    <AdminPage
      title="Collections"
      intro="Every document belongs to one collection; groups are given read or write access to it."
    >
      <section className="panel admin-panel" aria-labelledby="create-collection-title">
        <h2 id="create-collection-title">Create a collection</h2>
        <ActionForm
          action={createCollectionAction}
          submitLabel="Create collection"
          testId="create-collection-form"
        >
          <div className="field">
            <label htmlFor="new-collection-name">Name</label>
            <input id="new-collection-name" name="name" required maxLength={100} />
          </div>
        </ActionForm>
      </section>

      {collections.ok ? (
        <section aria-labelledby="collections-title" className="admin-section">
          <h2 id="collections-title">
            {formatCount(collections.data.allCollections.totalCount, 'collection')}
          </h2>
          {collections.data.allCollections.nodes.length === 0 ? (
            <p className="panel">No collections yet.</p>
          ) : (
            <ul className="admin-list" data-testid="admin-collections">
              {collections.data.allCollections.nodes.map((collection) => (
                <CollectionRow
                  key={collection.id}
                  collection={collection}
                  groups={
                    groups.ok
                      ? groups.data.groups.nodes.map(({ id, name }) => ({ id, name }))
                      : null
                  }
                />
              ))}
            </ul>
          )}
          <Pager
            label="Pages of collections"
            firstHref="/admin/collections"
            onFirstPage={!after}
            nextHref={nextPageHref('/admin/collections', collections.data.allCollections)}
          />
        </section>
      ) : (
        <ApiErrors title="The collections could not be loaded." errors={collections.errors} />
      )}
    </AdminPage>
  );
}

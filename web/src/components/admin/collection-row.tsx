import { renameCollectionAction, setGrantAction } from '../../lib/admin/actions.ts';
import type { AdminCollection, CollectionRef } from '../../lib/admin/types.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ActionForm } from './action-form.tsx';

/** One collection: its grants at a glance; rename and per-group access behind "Manage". */
export function CollectionRow({
  collection,
  groups,
}: {
  collection: AdminCollection;
  groups: CollectionRef[] | null;
}) {
  return (
    <li className="admin-item" data-testid="admin-collection" data-name={collection.name}>
      <div className="admin-item-head">
        <div className="admin-item-who">
          <strong>{collection.name}</strong>
          <span className="muted">Created {formatDateTime(collection.createdAt)}</span>
        </div>
        <div className="admin-badges">
          {collection.grants.length === 0 ? (
            <span className="muted">No group has access.</span>
          ) : null}
          {collection.grants.map((grant) => (
            <span key={grant.group.id} className="badge badge-neutral">
              {grant.group.name}: {grant.access === 'WRITE' ? 'read + write' : 'read'}
            </span>
          ))}
        </div>
      </div>
      <details className="admin-manage">
        <summary>Manage {collection.name}</summary>
        <div className="admin-manage-grid">
          <ActionForm action={renameCollectionAction} submitLabel="Rename">
            <input type="hidden" name="id" value={collection.id} />
            <div className="field">
              <label htmlFor={`collection-name-${collection.id}`}>Name</label>
              <input
                id={`collection-name-${collection.id}`}
                name="name"
                defaultValue={collection.name}
                required
                maxLength={100}
              />
            </div>
          </ActionForm>

          <div className="admin-manage-col">
            <h3>Access by group</h3>
            <ul className="admin-plain-list">
              {collection.grants.map((grant) => (
                <li key={grant.group.id} className="admin-member">
                  <span>
                    {grant.group.name}{' '}
                    <span className="muted">
                      {grant.access === 'WRITE' ? 'read + write' : 'read'}
                    </span>
                  </span>
                  <ActionForm
                    action={setGrantAction}
                    submitLabel="Remove access"
                    variant="quiet"
                    className="admin-form-inline"
                  >
                    <input type="hidden" name="collectionId" value={collection.id} />
                    <input type="hidden" name="groupId" value={grant.group.id} />
                    <input type="hidden" name="access" value="NONE" />
                  </ActionForm>
                </li>
              ))}
            </ul>
            {groups && groups.length > 0 ? (
              <ActionForm
                action={setGrantAction}
                submitLabel="Set access"
                className="admin-form-inline"
                testId="grant-form"
              >
                <input type="hidden" name="collectionId" value={collection.id} />
                <div className="field">
                  <label htmlFor={`grant-group-${collection.id}`}>Group</label>
                  <select
                    id={`grant-group-${collection.id}`}
                    name="groupId"
                    className="admin-select"
                  >
                    {groups.map((group) => (
                      <option key={group.id} value={group.id}>
                        {group.name}
                      </option>
                    ))}
                  </select>
                </div>
                <div className="field">
                  <label htmlFor={`grant-access-${collection.id}`}>Access</label>
                  <select
                    id={`grant-access-${collection.id}`}
                    name="access"
                    className="admin-select"
                    defaultValue="READ"
                  >
                    <option value="READ">Read</option>
                    <option value="WRITE">Read + write</option>
                    <option value="NONE">None</option>
                  </select>
                </div>
              </ActionForm>
            ) : (
              <p className="muted">
                {groups ? 'Create a group first (Groups tab).' : 'The groups could not be loaded.'}
              </p>
            )}
          </div>
        </div>
      </details>
    </li>
  );
}

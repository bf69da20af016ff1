import type { CollectionRef } from '../../lib/admin/types.ts';
import { createTokenAction } from '../../lib/profile/actions.ts';
import { DEFAULT_EXPIRY_DAYS, MAX_EXPIRY_DAYS } from '../../lib/profile/token-form.ts';
import { ActionForm } from '../admin/action-form.tsx';
import { ChoiceList } from '../admin/choice-list.tsx';

const SCOPE_OPTIONS = [
  { value: 'READ', label: 'Read (search, documents)' },
  { value: 'WRITE', label: 'Write (ingest)' },
  { value: 'ADMIN', label: 'Admin (administration)' },
];

/** New API token: the secret comes back once, shown by the form (see ActionForm). */
export function TokenCreateForm({
  collections,
  isAdmin,
}: {
  collections: CollectionRef[];
  /** The ADMIN scope is offered to admins only (the API refuses it for anyone else). */
  isAdmin: boolean;
}) {
  return (
    <ActionForm
      action={createTokenAction}
      submitLabel="Create token"
      pendingLabel="Creating…"
      testId="create-token-form"
    >
      <div className="admin-fields">
        <div className="field">
          <label htmlFor="token-name">Name</label>
          <input
            id="token-name"
            name="name"
            required
            maxLength={100}
            placeholder="e.g. nightly import"
          />
        </div>
        <div className="field">
          <label htmlFor="token-expiry">Expires after (days)</label>
          <input
            id="token-expiry"
            name="expiresInDays"
            type="number"
            min={1}
            max={MAX_EXPIRY_DAYS}
            step={1}
            defaultValue={DEFAULT_EXPIRY_DAYS}
            required
          />
        </div>
      </div>
      <ChoiceList
        legend="Scopes"
        name="scopes"
        idPrefix="token-scope"
        options={isAdmin ? SCOPE_OPTIONS : SCOPE_OPTIONS.filter((o) => o.value !== 'ADMIN')}
        checked={['READ']}
      />
      {collections.length === 0 ? null : (
        <fieldset className="admin-choices">
          <legend>Collections</legend>
          <span className="admin-choice">
            <input type="checkbox" id="token-restrict" name="restrict" />
            <label htmlFor="token-restrict">Only these collections:</label>
          </span>
          {collections.map((collection) => (
            <span key={collection.id} className="admin-choice">
              <input
                type="checkbox"
                id={`token-collection-${collection.id}`}
                name="collectionIds"
                value={collection.id}
              />
              <label htmlFor={`token-collection-${collection.id}`}>{collection.name}</label>
            </span>
          ))}
          <p className="admin-hint muted">
            Unrestricted, the token reaches every collection you can read, now and later.
          </p>
        </fieldset>
      )}
    </ActionForm>
  );
}

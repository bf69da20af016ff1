import { revokeTokenAction } from '../../lib/admin/actions.ts';
import type { ApiToken } from '../../lib/admin/types.ts';
import { tokenStatus } from '../../lib/admin/token-status.ts';
import { formatDateTime } from '../../lib/format.ts';
import { ActionForm } from './action-form.tsx';

const STATUS_BADGE = { active: 'badge-ok', revoked: 'badge-bad', expired: 'badge-neutral' };

/** API tokens with their state; active ones can be revoked. Shared by Admin → Tokens and Profile. */
export function TokenTable({
  tokens,
  collectionNames,
  showOwner,
  now,
}: {
  tokens: ApiToken[];
  collectionNames: ReadonlyMap<string, string>;
  showOwner: boolean;
  now: number;
}) {
  return (
    <div className="admin-table-wrap">
      <table className="admin-table" data-testid="token-table">
        <caption className="visually-hidden">API tokens</caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            {showOwner ? <th scope="col">Owner</th> : null}
            <th scope="col">Prefix</th>
            <th scope="col">Scopes</th>
            <th scope="col">Collections</th>
            <th scope="col">Created</th>
            <th scope="col">Expires</th>
            <th scope="col">Last used</th>
            <th scope="col">State</th>
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {tokens.map((token) => {
            const status = tokenStatus(token, now);
            return (
              <tr key={token.id} data-testid="token-row">
                <th scope="row">{token.name}</th>
                {showOwner ? (
                  <td>
                    {token.owner.name}
                    <span className="admin-sub muted">{token.owner.email}</span>
                  </td>
                ) : null}
                <td>
                  {/* The prefix alone, no ellipsis: "prefix…" was copied by mistake for the token. */}
                  <code title="The token's first characters, to recognise it; not a usable token">
                    {token.prefix}
                  </code>
                </td>
                <td>{token.scopes.join(', ').toLowerCase()}</td>
                <td>
                  {token.collectionIds === null
                    ? 'All of the owner’s'
                    : token.collectionIds.map((id) => collectionNames.get(id) ?? id).join(', ') ||
                      'none'}
                </td>
                <td>{formatDateTime(token.createdAt)}</td>
                <td>{formatDateTime(token.expiresAt)}</td>
                <td>{token.lastUsedAt ? formatDateTime(token.lastUsedAt) : 'never'}</td>
                <td>
                  <span className={`badge ${STATUS_BADGE[status]}`}>
                    {status}
                    {status === 'revoked' && token.revokedAt
                      ? ` ${formatDateTime(token.revokedAt)}`
                      : ''}
                  </span>
                </td>
                <td>
                  {status === 'active' ? (
                    <ActionForm
                      action={revokeTokenAction}
                      submitLabel="Revoke"
                      variant="danger"
                      confirm={`Revoke the token ${token.name}? Programs using it stop working.`}
                      className="admin-form-inline"
                    >
                      <input type="hidden" name="id" value={token.id} />
                    </ActionForm>
                  ) : null}
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

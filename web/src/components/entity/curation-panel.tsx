import Link from 'next/link';
import { ActionForm } from '../admin/action-form.tsx';
import { curateEntityAction } from '../../lib/entity/curation-actions.ts';
import { entityHref } from '../../lib/entity/entity-link.ts';
import { MAX_NAME_LENGTH } from '../../lib/entity/curation-form.ts';
import { ENTITY_TYPES, entityTypeName } from '../../lib/entity-types.ts';
import type { EntityMatch, EntityPageEntity } from '../../lib/operations/entity.ts';
import { formatCount } from '../../lib/text/format.ts';
import { EntityLink } from './entity-link.tsx';

/**
 * Curation for analysts and admins: each action in its own fold, a confirmation before anything
 * that changes what every reader sees, and the API's answer beside the form. Curation is global
 * (one entity across collections), which the panel says up front.
 */
export function CurationPanel({
  entity,
  mergeQuery,
  candidates,
}: {
  entity: EntityPageEntity;
  mergeQuery: string;
  /** Entities found by the merge search (null: no search yet or it failed). */
  candidates: readonly EntityMatch[] | null;
}) {
  const keyField = (
    <>
      <input type="hidden" name="key" value={entity.key} />
    </>
  );
  return (
    <section
      className="doc-section curation-panel"
      aria-labelledby="curation-title"
      data-testid="curation"
    >
      <h2 id="curation-title">Curate</h2>
      <p className="muted">
        Changes apply to this entity for everyone who can read a document that mentions it, and are
        recorded in the audit log.
      </p>

      <details open={Boolean(mergeQuery)}>
        <summary>Merge with another entity</summary>
        <form action={entityHref(entity.key)} className="admin-form" role="search">
          <label htmlFor="merge-search">Find the other entity</label>
          <input
            id="merge-search"
            name="merge"
            type="search"
            defaultValue={mergeQuery}
            maxLength={200}
            placeholder="Name or alias"
            data-testid="merge-search"
          />
          <div className="admin-form-actions">
            <button type="submit" className="button button-quiet">
              Find
            </button>
          </div>
        </form>
        <MergeCandidates entity={entity} mergeQuery={mergeQuery} candidates={candidates} />
      </details>

      <details>
        <summary>Rename</summary>
        <ActionForm action={curateEntityAction} submitLabel="Rename" testId="rename-form">
          {keyField}
          <input type="hidden" name="action" value="rename" />
          <label htmlFor="rename-name">New name</label>
          <input
            id="rename-name"
            name="name"
            defaultValue={entity.name}
            required
            maxLength={MAX_NAME_LENGTH}
          />
        </ActionForm>
      </details>

      <details>
        <summary>Change the type</summary>
        <ActionForm action={curateEntityAction} submitLabel="Change type" testId="retype-form">
          {keyField}
          <input type="hidden" name="action" value="retype" />
          <label htmlFor="retype-type">Type</label>
          <select id="retype-type" name="type" defaultValue={entity.type ?? 'MISC'}>
            {ENTITY_TYPES.map((type) => (
              <option key={type} value={type}>
                {entityTypeName(type, 1)}
              </option>
            ))}
          </select>
        </ActionForm>
      </details>

      {entity.aliases.length > 1 ? (
        <details>
          <summary>Split aliases out</summary>
          <ActionForm
            action={curateEntityAction}
            submitLabel="Split out"
            confirm="Split the ticked aliases out into a new entity? Their mentions move to it."
            testId="split-form"
          >
            {keyField}
            <input type="hidden" name="action" value="split" />
            <AliasChoices aliases={entity.aliases} legend="Aliases that are another entity" />
            <label htmlFor="split-name">Name of the new entity (optional)</label>
            <input id="split-name" name="name" maxLength={MAX_NAME_LENGTH} />
            <label htmlFor="split-type">Its type (optional)</label>
            <select id="split-type" name="type" defaultValue="">
              <option value="">Same as now</option>
              {ENTITY_TYPES.map((type) => (
                <option key={type} value={type}>
                  {entityTypeName(type, 1)}
                </option>
              ))}
            </select>
          </ActionForm>
        </details>
      ) : null}

      {entity.kb ? (
        <details>
          <summary>Mark the knowledge-base link wrong</summary>
          <ActionForm
            action={curateEntityAction}
            submitLabel="Mark link wrong"
            variant="danger"
            confirm={`Mark the link to “${entity.kb.title}” wrong? The mentions are unlinked from it.`}
            testId="link-wrong-form"
          >
            {keyField}
            <input type="hidden" name="action" value="markLinkWrong" />
            <p className="muted">
              Tick the aliases that were linked wrongly, or none if the link is wrong for all of
              them.
            </p>
            <AliasChoices aliases={entity.aliases} legend="Wrongly linked aliases" />
          </ActionForm>
        </details>
      ) : null}

      {entity.mergedKeys.length > 0 ? (
        <details open>
          <summary>Merged into this entity ({entity.mergedKeys.length})</summary>
          <ul className="curation-candidates" data-testid="merged-keys">
            {entity.mergedKeys.map((member) => (
              <li key={member}>
                <code>{member}</code>
                <ActionForm
                  action={curateEntityAction}
                  submitLabel="Unmerge"
                  variant="quiet"
                  confirm={`Undo the merge of ${member}? It becomes its own entity again.`}
                  testId="unmerge-form"
                >
                  {keyField}
                  <input type="hidden" name="action" value="unmerge" />
                  <input type="hidden" name="member" value={member} />
                </ActionForm>
              </li>
            ))}
          </ul>
        </details>
      ) : null}

      <details open={entity.hidden}>
        <summary>{entity.hidden ? 'Show again' : 'Hide'}</summary>
        {entity.hidden ? (
          <ActionForm action={curateEntityAction} submitLabel="Unhide" testId="unhide-form">
            {keyField}
            <input type="hidden" name="action" value="unhide" />
          </ActionForm>
        ) : (
          <ActionForm
            action={curateEntityAction}
            submitLabel="Hide"
            variant="danger"
            confirm={`Hide “${entity.name}”? It leaves searches, lists and the explorer for everyone; this page can show it again.`}
            testId="hide-form"
          >
            {keyField}
            <input type="hidden" name="action" value="hide" />
            <p className="muted">
              For noise (“he” tagged as a person, a heading taken for a name). Nothing is deleted.
            </p>
          </ActionForm>
        )}
      </details>
    </section>
  );
}

function AliasChoices({ aliases, legend }: { aliases: readonly string[]; legend: string }) {
  return (
    <fieldset className="curation-choices">
      <legend>{legend}</legend>
      {aliases.map((alias) => (
        <label key={alias}>
          <input type="checkbox" name="alias" value={alias} /> {alias}
        </label>
      ))}
    </fieldset>
  );
}

function MergeCandidates({
  entity,
  mergeQuery,
  candidates,
}: {
  entity: EntityPageEntity;
  mergeQuery: string;
  candidates: readonly EntityMatch[] | null;
}) {
  if (!mergeQuery) return null;
  if (candidates === null) {
    return <p className="muted">The search for entities did not work; try again.</p>;
  }
  const others = candidates.filter((hit) => hit.entity.key !== entity.key);
  if (others.length === 0) {
    return (
      <p className="muted" data-testid="merge-none">
        No other entity matches “{mergeQuery}”.{' '}
        <Link href={entityHref(entity.key)} prefetch={false}>
          Clear
        </Link>
      </p>
    );
  }
  return (
    <ul className="curation-candidates" data-testid="merge-candidates">
      {others.map((hit) => (
        <li key={hit.entity.key} data-testid="merge-candidate">
          <EntityLink entity={hit.entity} />{' '}
          <span className="muted">
            {entityTypeName(hit.entity.type, 1)} · {formatCount(hit.entity.mentionCount, 'mention')}{' '}
            in {formatCount(hit.entity.documentCount, 'document')}
            {hit.matched !== hit.entity.name ? ` · matched “${hit.matched}”` : ''}
          </span>
          <ActionForm
            action={curateEntityAction}
            submitLabel={`Merge into “${entity.name}”`}
            confirm={`Merge “${hit.entity.name}” into “${entity.name}”? Its mentions count as this entity for everyone; it can be unmerged here.`}
            testId="merge-into-this"
          >
            <input type="hidden" name="key" value={entity.key} />
            <input type="hidden" name="action" value="merge" />
            <input type="hidden" name="other" value={hit.entity.key} />
          </ActionForm>
          <ActionForm
            action={curateEntityAction}
            submitLabel={`Merge this into “${hit.entity.name}”`}
            variant="quiet"
            confirm={`Merge “${entity.name}” into “${hit.entity.name}”? This page then opens “${hit.entity.name}”.`}
            testId="merge-into-other"
          >
            <input type="hidden" name="key" value={entity.key} />
            <input type="hidden" name="action" value="merge" />
            <input type="hidden" name="other" value={hit.entity.key} />
            <input type="hidden" name="direction" value="into-other" />
          </ActionForm>
        </li>
      ))}
    </ul>
  );
}

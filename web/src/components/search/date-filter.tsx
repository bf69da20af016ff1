import type { SearchState } from '../../lib/search/search-state.ts';
import { SEARCH_FORM_ID } from './search-form.tsx';

/**
 * Indexed-date range and the older-versions switch. The fields belong to the search form through
 * their `form` attribute, so "Apply" submits them together with the query and the other filters.
 */
export function DateFilter({ state }: { state: SearchState }) {
  return (
    <fieldset className="facet date-filter">
      <legend>Indexed</legend>
      <div className="date-filter-fields">
        <label>
          <span>From</span>
          <input type="date" name="from" form={SEARCH_FORM_ID} defaultValue={state.createdFrom} />
        </label>
        <label>
          <span>To</span>
          <input type="date" name="to" form={SEARCH_FORM_ID} defaultValue={state.createdTo} />
        </label>
      </div>
      <label className="checkbox">
        <input
          type="checkbox"
          name="all"
          value="1"
          form={SEARCH_FORM_ID}
          defaultChecked={state.allVersions}
        />
        <span>Include older versions</span>
      </label>
      <button type="submit" form={SEARCH_FORM_ID} className="button button-quiet button-small">
        Apply
      </button>
    </fieldset>
  );
}

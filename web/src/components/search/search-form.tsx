import Form from 'next/form';
import {
  FACET_KINDS,
  FACET_PARAM,
  MAX_QUERY_LENGTH,
  type SearchState,
} from '../../lib/search/search-state.ts';
import { SortSelect } from './sort-select.tsx';
import { SyntaxHelp } from './syntax-help.tsx';

export const SEARCH_FORM_ID = 'search-form';

/**
 * The query box: a GET form on /search (next/form adds client-side navigation when JavaScript runs;
 * without it this is a plain form). Facet filters ride along as hidden fields so a new query keeps
 * them; the date fields in the filter panel join this form through their `form` attribute. A new
 * submission never carries a cursor, so it always starts at the first page.
 */
export function SearchForm({
  state,
  inputError,
}: {
  state: SearchState;
  inputError: string | null;
}) {
  return (
    <Form action="/search" id={SEARCH_FORM_ID} className="search-form" role="search">
      <div className="search-box">
        <label htmlFor="search-q" className="visually-hidden">
          Search documents
        </label>
        <input
          id="search-q"
          name="q"
          type="search"
          defaultValue={state.q}
          placeholder='Words, "a phrase", a OR b, -excluded, prefix*, fuzzy~'
          maxLength={MAX_QUERY_LENGTH}
          autoComplete="off"
          spellCheck={false}
          aria-invalid={inputError ? true : undefined}
          aria-describedby={inputError ? 'search-q-error' : undefined}
        />
        <button type="submit" className="button button-primary">
          Search
        </button>
      </div>
      {inputError ? (
        <p
          id="search-q-error"
          className="field-error"
          role="alert"
          data-testid="search-input-error"
        >
          {inputError}
        </p>
      ) : null}
      <div className="search-options">
        <SortSelect sort={state.sort} hasQuery={state.q.trim() !== ''} />
        <SyntaxHelp />
      </div>
      {FACET_KINDS.flatMap((kind) =>
        state.filters[kind].map((value) => (
          <input key={`${kind}:${value}`} type="hidden" name={FACET_PARAM[kind]} value={value} />
        )),
      )}
    </Form>
  );
}

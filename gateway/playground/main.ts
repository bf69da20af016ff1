// The offline GraphQL playground: GraphiQL bundled at build time (no CDN), talking to this
// gateway's /graphql with the API token the developer pastes. The page holds no data: every call
// it makes needs the token, like any other API client. The schema, docs and autocompletion come
// from introspection, which the gateway allows only for the ADMIN and DEVELOPER roles: when the
// schema does not load, the page says why and what to do (schemaProblem) rather than GraphiQL's
// bare "Error fetching schema".
import { GraphiQL } from 'graphiql';
import 'graphiql/style.css';
import './playground.css';
import { createElement, useState, type FormEvent } from 'react';
import { createRoot } from 'react-dom/client';
import type { ExecutionResult } from 'graphql';
import { isSchemaRequest, schemaProblem } from '../src/playground/schema-problem.ts';

const TOKEN_KEY = 'quarry.playground.token';

type FetcherParams = { query: string; operationName?: string | null; variables?: unknown };

/** `onSchema` hears the outcome of every schema request (null: it loaded). */
function fetcherFor(token: string, onSchema: (problem: string | null) => void) {
  return async (params: FetcherParams): Promise<ExecutionResult> => {
    const response = await fetch('/graphql', {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        accept: 'application/json',
        ...(token ? { authorization: `Bearer ${token}` } : {}),
      },
      body: JSON.stringify(params),
    });
    const result: unknown = await response.json().catch(() => null);
    if (isSchemaRequest(params)) onSchema(schemaProblem(Boolean(token), result));
    // GraphiQL shows whatever the gateway answered, errors included, as it came.
    return result as ExecutionResult;
  };
}

function TokenBar(props: { token: string; onChange: (token: string) => void }) {
  const [draft, setDraft] = useState(props.token);
  const save = (event: FormEvent) => {
    event.preventDefault();
    props.onChange(draft.trim());
  };
  return createElement(
    'form',
    { className: 'token-bar', onSubmit: save },
    createElement('label', { htmlFor: 'token' }, 'API token'),
    createElement('input', {
      id: 'token',
      type: 'password',
      autoComplete: 'off',
      placeholder: 'Paste an API token or session token (kept in this tab only)',
      value: draft,
      onChange: (event: { target: { value: string } }) => setDraft(event.target.value),
    }),
    createElement('button', { type: 'submit' }, 'Use token'),
    createElement(
      'button',
      {
        type: 'button',
        onClick: () => {
          setDraft('');
          props.onChange('');
        },
      },
      'Forget',
    ),
    createElement(
      'span',
      { className: props.token ? 'token-state ok' : 'token-state' },
      props.token ? 'token set' : 'no token: every call but login is refused',
    ),
    createElement(
      'span',
      { className: 'token-note' },
      "Schema and docs need the ADMIN or DEVELOPER role (an admin's API token: with the ADMIN scope).",
    ),
  );
}

function Playground() {
  const [token, setToken] = useState(() => sessionStorage.getItem(TOKEN_KEY) ?? '');
  const [problem, setProblem] = useState<string | null>(null);
  const change = (next: string) => {
    if (next) sessionStorage.setItem(TOKEN_KEY, next);
    else sessionStorage.removeItem(TOKEN_KEY);
    setProblem(null);
    setToken(next);
  };
  return createElement(
    'div',
    { className: 'playground' },
    createElement(TokenBar, { token, onChange: change }),
    problem
      ? createElement(
          'p',
          { className: 'schema-problem', role: 'alert' },
          createElement('strong', null, 'No schema or docs: '),
          problem,
        )
      : null,
    // Remounting on a new token refetches the schema with it.
    createElement(GraphiQL, { key: token, fetcher: fetcherFor(token, setProblem) }),
  );
}

const container = document.getElementById('playground');
if (container) createRoot(container).render(createElement(Playground));

'use client';

import { useActionState, type ReactNode } from 'react';
import { IDLE, type ActionState, type FormAction } from '../../lib/admin/action-state.ts';
import { ApiErrors } from './api-errors.tsx';
import { SecretReveal } from './secret-reveal.tsx';

interface ActionFormProps {
  action: FormAction;
  submitLabel: string;
  pendingLabel?: string;
  /** Asks before posting (destructive actions). */
  confirm?: string;
  /** The submit button's look: primary (default), quiet (secondary actions), danger. */
  variant?: 'primary' | 'quiet' | 'danger';
  /** Keeps the form (and its last outcome) on screen while there is nothing to submit. */
  disabled?: boolean;
  className?: string;
  testId?: string;
  children?: ReactNode;
}

/**
 * A form posting to a server action, with the outcome shown beside it: the API's errors (code and
 * message), a success message, and a shown-once secret. Works without JavaScript too (the action
 * then re-renders the page). The state survives the page's refresh after the change, so a secret
 * stays on screen until the next post of this form.
 */
export function ActionForm({
  action,
  submitLabel,
  pendingLabel,
  confirm,
  variant = 'primary',
  disabled = false,
  className,
  testId,
  children,
}: ActionFormProps) {
  const [state, formAction, pending] = useActionState<ActionState, FormData>(action, IDLE);
  return (
    <form
      action={formAction}
      className={`admin-form ${className ?? ''}`}
      data-testid={testId}
      onSubmit={(event) => {
        if (confirm && !window.confirm(confirm)) event.preventDefault();
      }}
    >
      {children}
      <div className="admin-form-actions">
        <button type="submit" className={`button button-${variant}`} disabled={pending || disabled}>
          {pending ? (pendingLabel ?? `${submitLabel}…`) : submitLabel}
        </button>
      </div>
      <ActionOutcome state={state} />
    </form>
  );
}

export function ActionOutcome({ state }: { state: ActionState }) {
  if (state.status === 'idle') return null;
  if (state.status === 'error') {
    return (
      <div className="admin-outcome" data-testid="action-error">
        <ApiErrors title="That did not work." errors={state.errors} />
      </div>
    );
  }
  return (
    <div className="admin-outcome" data-testid="action-ok">
      <p className="alert alert-ok" role="status">
        {state.message}
      </p>
      {state.secret ? <SecretReveal key={state.at} secret={state.secret} /> : null}
    </div>
  );
}

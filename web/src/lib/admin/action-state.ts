// What a form's server action answers (useActionState): nothing yet, a success message (and a
// secret shown once), or the API's errors. Pure, shared by the admin and profile forms.
import type { GatewayError, GraphqlResult } from '../gateway/errors.ts';

export interface ShownOnceSecret {
  /** What it is, e.g. "Password for ana@example.org". */
  label: string;
  value: string;
}

export type ActionState =
  | { status: 'idle' }
  | { status: 'ok'; message: string; secret?: ShownOnceSecret; at: number }
  | { status: 'error'; errors: GatewayError[]; at: number };

export const IDLE: ActionState = { status: 'idle' };

/** A form action as useActionState calls it. */
export type FormAction = (previous: ActionState, form: FormData) => Promise<ActionState>;

export function actionError(code: string, message: string): ActionState {
  return { status: 'error', errors: [{ code, message }], at: Date.now() };
}

export function actionOk(message: string, secret?: ShownOnceSecret): ActionState {
  return secret
    ? { status: 'ok', message, secret, at: Date.now() }
    : { status: 'ok', message, at: Date.now() };
}

/** The API's errors, or the message (and secret) built from its data. */
export function fromResult<T>(
  result: GraphqlResult<T>,
  success: (data: T) => string | { message: string; secret: ShownOnceSecret },
): ActionState {
  if (!result.ok) return { status: 'error', errors: result.errors, at: Date.now() };
  const outcome = success(result.data);
  return typeof outcome === 'string'
    ? actionOk(outcome)
    : actionOk(outcome.message, outcome.secret);
}

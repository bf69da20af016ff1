// What the profile page shows after "Create token". Pure, unit-tested.
import type { ShownOnceSecret } from '../admin/action-state.ts';

/**
 * The message names the token, never a part of it: a visible prefix followed by "…" was copied by
 * mistake for the token. The whole secret is shown once, beside its copy button.
 */
export function tokenCreatedOutcome(created: { token: { name: string }; secret: string }): {
  message: string;
  secret: ShownOnceSecret;
} {
  return {
    message: `Created the token ${created.token.name}. Copy its secret now: it is shown only once.`,
    secret: { label: `Secret of ${created.token.name}`, value: created.secret },
  };
}

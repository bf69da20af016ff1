import type { Context } from '../context.ts';
import type { LoginResult } from '../login.ts';

export const Mutation = {
  /** Anonymous by design; wrong credentials come back as `{ ok: false, error }`, not as an error. */
  login(
    _parent: unknown,
    args: { email: string; password: string },
    context: Context,
  ): Promise<LoginResult> {
    return context.logins.login({ email: args.email, password: args.password, ip: context.ip });
  },
};

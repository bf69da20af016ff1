/**
 * Exactly one audit event per curation call, whatever happens (like accounts' audited.ts):
 * refused by policy ('denied'), refused for its input or a missing entity ('failure'), broken on
 * our side ('error'), or done ('success', with the keys before and after).
 */
import type { GraphQLError } from 'graphql';
import type { CurationAuditEvent, CurationDeps } from './contract.ts';
import type { Context } from './contract.ts';
import { asClientError } from './curation-errors.ts';

function codeOf(error: unknown): string | null {
  const code = (error as Partial<GraphQLError>).extensions?.['code'];
  return typeof code === 'string' ? code : null;
}

function outcomeOf(code: string | null): CurationAuditEvent['outcome'] {
  if (code === 'FORBIDDEN') return 'denied';
  return code === null ? 'error' : 'failure';
}

export interface Done {
  /** the entity the mutation answers */
  answer: string;
  details: Record<string, unknown>;
}

export interface AuditedCall {
  action: string;
  /** `entity:<key>` */
  target: string;
  /** what the event says on any outcome (the request) */
  request: Record<string, unknown>;
  /** role and access checks: a FORBIDDEN here is 'denied' */
  authorize: () => Promise<void>;
  run: () => Promise<Done>;
}

/** Runs the call, writes its one event, and answers the key of the entity to answer with. */
export async function audited(
  deps: Pick<CurationDeps, 'audit'>,
  context: Context,
  call: AuditedCall,
): Promise<string> {
  const event = (outcome: CurationAuditEvent['outcome'], details: Record<string, unknown>) =>
    deps.audit({
      actorId: context.viewer.id,
      action: call.action,
      target: call.target,
      outcome,
      ip: context.ip,
      details: { ...call.request, ...details },
    });
  let done: Done;
  try {
    await call.authorize();
    done = await call.run();
  } catch (raw) {
    const error = asClientError(raw);
    const code = codeOf(error);
    await event(outcomeOf(code), { reason: code ?? 'INTERNAL' });
    throw error;
  }
  await event('success', done.details);
  return done.answer;
}

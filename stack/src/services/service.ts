import type { StackEnv } from '../env.ts';
import type { ProcessSpec } from '../processes.ts';
import type { StackSecrets } from '../secrets.ts';

export interface StackContext {
  env: StackEnv;
  secrets: StackSecrets;
}

/** One process the stack manager obtains, starts, probes and stops. */
export interface ManagedService {
  name: string;
  /** Stores start first; app services need them (and a built web app). */
  kind: 'store' | 'app';
  port(ctx: StackContext): number;
  /** Whether this profile and configuration use the service at all (default: always). */
  enabled?(ctx: StackContext): boolean;
  /** The signal that stops it cleanly (default SIGTERM). */
  stopSignal?: NodeJS.Signals;
  /** Obtain what the process needs (downloads, builds); cached so a second call is cheap. */
  prepare?(ctx: StackContext): Promise<void>;
  spec(ctx: StackContext): Promise<ProcessSpec> | ProcessSpec;
  /** One cheap probe; the caller retries it until the start timeout. */
  ready(ctx: StackContext): Promise<boolean>;
}

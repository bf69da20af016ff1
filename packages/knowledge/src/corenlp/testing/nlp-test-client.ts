import { createNlpClient, type NlpClientOptions } from '../client.ts';
import type { NlpAnalyser } from '../types.ts';
import { nlpTestSettings } from './env.ts';

/** A client of the dev stack's NLP service, for integration tests and benches. */
export function nlpTestClient(overrides: Partial<NlpClientOptions> = {}): NlpAnalyser {
  return createNlpClient({ ...nlpTestSettings(), ...overrides });
}

export { nlpTestSettings };

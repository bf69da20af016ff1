import type { NlpClientOptions } from '../client.ts';

/** The connection to the dev stack's NLP service (`set -a; . .quarry/dev/stack.env` first). */
export function nlpTestSettings(): NlpClientOptions {
  const { CORENLP_URL, CORENLP_USER, CORENLP_PASSWORD } = process.env;
  if (!CORENLP_URL || !CORENLP_USER || !CORENLP_PASSWORD) {
    throw new Error(
      'CORENLP_URL, CORENLP_USER and CORENLP_PASSWORD must be set (the stack.env file)',
    );
  }
  // the first request for a language loads its models, which takes up to a minute on 2 cores
  return { url: CORENLP_URL, user: CORENLP_USER, password: CORENLP_PASSWORD, timeoutMs: 300_000 };
}

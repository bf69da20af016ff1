/**
 * Runs once when the Next.js server starts (not during `next build`): validate configuration now,
 * so a server with a missing secret or gateway URL refuses to start instead of failing per request.
 */
export async function register(): Promise<void> {
  // Next.js replaces this literal at build time, which drops the Node-only import from the edge bundle.
  // eslint-disable-next-line no-restricted-properties
  if (process.env.NEXT_RUNTIME === 'nodejs') {
    const { validateEnvOrExit } = await import('./validate-env.ts');
    validateEnvOrExit();
  }
}

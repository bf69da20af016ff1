import { env, WebEnvError } from './env.ts';

/** Prints every configuration problem and exits with EX_CONFIG, like the Node services do. */
export function validateEnvOrExit(): void {
  try {
    env();
  } catch (error) {
    if (error instanceof WebEnvError) {
      console.error(error.message);
      process.exit(78);
    }
    throw error;
  }
}

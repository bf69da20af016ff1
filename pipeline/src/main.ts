import { createLogger, loadEnv, onShutdown } from '@quarry/service-kit';
import { start } from './app.ts';
import { envSchema } from './env.ts';

const env = loadEnv('pipeline', envSchema);
const logger = createLogger('pipeline', env.LOG_LEVEL);
const pipeline = await start(env, { logger });
onShutdown(logger, () => pipeline.close());

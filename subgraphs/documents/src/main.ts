import { createLogger, onShutdown } from '@quarry/service-kit';
import { start } from './app.ts';
import { readEnv } from './env.ts';

const env = readEnv();
const logger = createLogger('documents', env.LOG_LEVEL);
const app = await start(env, { logger });
onShutdown(logger, () => app.close());

import { z } from 'zod';
import { envFields, loadEnv } from '@quarry/service-kit';

export const envSchema = z.object({
  HOST: envFields.host(),
  PORT: envFields.port(4002),
  LOG_LEVEL: envFields.logLevel(),
  NEO4J_URI: z
    .string()
    .regex(/^(bolt|neo4j)(\+s|\+ssc)?:\/\//, 'must be a bolt:// or neo4j:// URI'),
  NEO4J_USER: z.string().min(1),
  NEO4J_PASSWORD: z.string().min(1),
  QUARRY_JWT_SECRET: envFields.secret(),
});

export type Env = z.infer<typeof envSchema>;

export function readEnv(): Env {
  return loadEnv('graph', envSchema);
}

import { appUrls } from '../connections.ts';
import { toolEnv, type StackEnv } from '../env.ts';
import { context, StackError, upApp, upStores } from '../stack.ts';
import { loadSamples } from '../samples.ts';
import { bin, exec } from './exec.ts';

type Say = (line: string) => void;

/** `quarry run`: everything a new user needs, ending with the URL and how to sign in. */
export async function runQuarry(env: StackEnv, say: Say): Promise<number> {
  const ctx = context(env);
  await upStores(ctx, say);
  say('Building (cached after the first time)');
  const build = await exec(
    bin('turbo'),
    ['run', 'generate', 'build', '--output-logs=errors-only'],
    { env: toolEnv({ NEXT_TELEMETRY_DISABLED: '1' }) },
  );
  if (build.code !== 0) throw new StackError('the build failed (output above)');
  const admin = await upApp(ctx, say);
  say('Loading the sample corpus');
  await loadSamples(ctx, say);
  const { WEB_URL, GATEWAY_URL } = appUrls(ctx);
  say('');
  say(`Quarry is running: ${WEB_URL}`);
  say(`GraphQL API:       ${GATEWAY_URL}/graphql`);
  if (admin.adminPassword) {
    say(`Sign in as ${admin.adminEmail} with password ${admin.adminPassword}`);
    say(
      '(generated now and shown only this once: keep it, or set QUARRY_ADMIN_PASSWORD before the first run)',
    );
  } else {
    say(`Sign in as ${admin.adminEmail} with the password chosen when that admin was created.`);
  }
  say('Stop it with: ./quarry down');
  return 0;
}

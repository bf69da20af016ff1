import type { PipelineEnv } from './env.ts';

export async function elasticsearchHealthy(baseUrl: string): Promise<void> {
  const response = await fetch(new URL('/_cluster/health', baseUrl), {
    signal: AbortSignal.timeout(1_500),
  });
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
  const { status } = (await response.json()) as { status?: string };
  if (status !== 'green' && status !== 'yellow')
    throw new Error(`cluster status ${status ?? 'unknown'}`);
}

/** A tokenize-only request: cheap, and it proves the credentials work, not just that the port answers. */
export async function corenlpAnswers(env: PipelineEnv): Promise<void> {
  const url = new URL(env.CORENLP_URL);
  url.searchParams.set(
    'properties',
    JSON.stringify({ annotators: 'tokenize', outputFormat: 'json' }),
  );
  const auth = Buffer.from(`${env.CORENLP_USER}:${env.CORENLP_PASSWORD}`).toString('base64');
  const response = await fetch(url, {
    method: 'POST',
    body: 'ready?',
    headers: { authorization: `Basic ${auth}` },
    signal: AbortSignal.timeout(1_500),
  });
  await response.arrayBuffer();
  if (!response.ok) throw new Error(`answered HTTP ${response.status}`);
}

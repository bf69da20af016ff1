import { PipelineError, PipelineUnavailableError } from '../errors.ts';

/** The pipeline's enqueue route takes at most this many ids per request. */
export const ENQUEUE_BATCH = 1_000;

/**
 * Hands recorded items to the pipeline: `POST <PIPELINE_URL>/ingest/enqueue` with the CALLER's
 * token, so the pipeline checks the caller's rights again instead of trusting this service.
 */
export class PipelineClient {
  readonly baseUrl: string;
  readonly timeoutMs: number;

  constructor(baseUrl: string, timeoutMs = 30_000) {
    this.baseUrl = baseUrl.replace(/\/+$/, '');
    this.timeoutMs = timeoutMs;
  }

  /** Returns how many items the pipeline queued. */
  async enqueue(itemIds: readonly string[], token: string): Promise<number> {
    let queued = 0;
    for (let i = 0; i < itemIds.length; i += ENQUEUE_BATCH) {
      const batch = itemIds.slice(i, i + ENQUEUE_BATCH);
      try {
        queued += await this.post(batch, token);
      } catch (error) {
        if (error instanceof PipelineUnavailableError) {
          const waiting = itemIds.length - i;
          throw new PipelineUnavailableError(
            `The pipeline could not be reached (${error.message}). ${waiting} item(s) stay queued ` +
              'in the ingest records but have not been started.',
          );
        }
        throw error;
      }
    }
    return queued;
  }

  private async post(itemIds: string[], token: string): Promise<number> {
    let response: Response;
    try {
      response = await fetch(`${this.baseUrl}/ingest/enqueue`, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
        body: JSON.stringify({ itemIds }),
        signal: AbortSignal.timeout(this.timeoutMs),
      });
    } catch (error) {
      const cause = (error as { cause?: { code?: string } }).cause?.code;
      throw new PipelineUnavailableError(cause ?? (error instanceof Error ? error.name : 'error'));
    }
    const body = (await response.json().catch(() => null)) as {
      queued?: unknown;
      error?: { code?: unknown; message?: unknown };
    } | null;
    if (response.ok && typeof body?.queued === 'number') return body.queued;
    if (response.status >= 500 || !body?.error) {
      throw new PipelineUnavailableError(`HTTP ${response.status}`);
    }
    const { code, message } = body.error;
    throw new PipelineError(
      `The pipeline refused the request: ${typeof message === 'string' ? message : 'no reason given'}`,
      typeof code === 'string' ? code : 'UNKNOWN',
    );
  }
}

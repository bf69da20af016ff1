/**
 * The HTTP client for the NLP service (Stanford CoreNLP's server). One per process: it bounds its
 * own concurrency, times requests out, cuts over-long sentences and huge texts into pieces before
 * sending them, and tells "the service is not there" (NlpUnavailableError, the document waits)
 * apart from "this request is wrong" (Error, a bug).
 */
import { toNlpMentions, toNlpSentence, type CoreNlpDocument } from './corenlp-json.ts';
import { planPieces, type TextPiece } from './pieces.ts';
import { requestProperties, SERVICE_MAX_SENTENCE_TOKENS } from './request-properties.ts';
import { createSemaphore } from './semaphore.ts';
import {
  NlpUnavailableError,
  type NlpAnalyseOptions,
  type NlpAnalyser,
  type NlpAnalysis,
  type NlpEntityMention,
  type NlpLanguage,
  type NlpSentence,
} from './types.ts';

export interface NlpClientOptions {
  /** e.g. http://127.0.0.1:9000 */
  url: string;
  user: string;
  password: string;
  /** requests this client has in flight at most; the service's own threads are shared by all */
  maxConcurrent?: number;
  /** per request; the first request for a language also loads its models (tens of seconds) */
  timeoutMs?: number;
  /** longer sentences are cut before they reach the service (at most SERVICE_MAX_SENTENCE_TOKENS) */
  maxSentenceTokens?: number;
  /** texts longer than this go in several requests (the server refuses over its maxCharLength) */
  maxRequestChars?: number;
}

export const NLP_CLIENT_DEFAULTS = {
  maxConcurrent: 2,
  timeoutMs: 120_000,
  maxSentenceTokens: 150,
  maxRequestChars: 50_000,
} as const;

export function createNlpClient(options: NlpClientOptions): NlpAnalyser {
  const settings = {
    maxConcurrent: options.maxConcurrent ?? NLP_CLIENT_DEFAULTS.maxConcurrent,
    timeoutMs: options.timeoutMs ?? NLP_CLIENT_DEFAULTS.timeoutMs,
    maxSentenceTokens: Math.min(
      options.maxSentenceTokens ?? NLP_CLIENT_DEFAULTS.maxSentenceTokens,
      SERVICE_MAX_SENTENCE_TOKENS,
    ),
    maxRequestChars: options.maxRequestChars ?? NLP_CLIENT_DEFAULTS.maxRequestChars,
  };
  const base = options.url.replace(/\/+$/u, '');
  const authorization = `Basic ${Buffer.from(`${options.user}:${options.password}`).toString('base64')}`;
  const slots = createSemaphore(settings.maxConcurrent);

  async function annotate(
    text: string,
    language: NlpLanguage,
    parse: boolean,
    signal: AbortSignal | undefined,
  ): Promise<CoreNlpDocument> {
    const properties = requestProperties(language, parse);
    const url = `${base}/?properties=${encodeURIComponent(JSON.stringify(properties))}`;
    const timeout = AbortSignal.timeout(settings.timeoutMs);
    const combined = signal ? AbortSignal.any([signal, timeout]) : timeout;
    let response: Response;
    try {
      response = await fetch(url, {
        method: 'POST',
        headers: { authorization, 'content-type': 'text/plain; charset=utf-8' },
        body: text,
        signal: combined,
      });
    } catch (error) {
      if (signal?.aborted) throw error;
      const reason = timeout.aborted ? `timed out after ${settings.timeoutMs} ms` : 'unreachable';
      throw new NlpUnavailableError(`NLP service ${reason} (${base})`, { cause: error });
    }
    const body = await readBody(response, signal, timeout, settings.timeoutMs);
    if (response.status >= 500) {
      throw new NlpUnavailableError(
        `NLP service answered ${response.status}: ${body.slice(0, 300)}`,
      );
    }
    if (!response.ok) {
      throw new Error(
        `NLP service refused the request (${response.status}): ${body.slice(0, 300)}`,
      );
    }
    try {
      return JSON.parse(body) as CoreNlpDocument;
    } catch (error) {
      throw new NlpUnavailableError('NLP service answered something that is not JSON', {
        cause: error,
      });
    }
  }

  async function analysePiece(
    text: string,
    piece: TextPiece,
    language: NlpLanguage,
    parse: boolean,
    signal: AbortSignal | undefined,
  ): Promise<{ sentences: NlpSentence[]; mentions: NlpEntityMention[] }> {
    const slice = text.slice(piece.start, piece.end);
    if (slice.trim() === '') return { sentences: [], mentions: [] };
    const document = await slots.run(() => annotate(slice, language, parse, signal));
    const sentences: NlpSentence[] = [];
    const mentions: NlpEntityMention[] = [];
    for (const raw of document.sentences) {
      const sentence = toNlpSentence(raw, piece.start);
      if (!sentence) continue;
      if (sentence.tokens.length > settings.maxSentenceTokens) sentence.capped = true;
      sentences.push(sentence);
      mentions.push(...toNlpMentions(raw, text, piece.start));
    }
    const first = sentences[0];
    const last = sentences.at(-1);
    if (piece.cutBefore && first) first.capped = true;
    if (piece.cutAfter && last) last.capped = true;
    return { sentences, mentions };
  }

  return {
    async analyse(
      text: string,
      language: NlpLanguage,
      analyseOptions: NlpAnalyseOptions = {},
    ): Promise<NlpAnalysis> {
      const pieces = planPieces(text, {
        maxSentenceTokens: settings.maxSentenceTokens,
        maxPieceChars: settings.maxRequestChars,
      });
      // One piece after the other: a huge document then holds one request slot at a time, and the
      // other documents' requests queue beside its pieces instead of behind all of them.
      const results = [];
      for (const piece of pieces) {
        results.push(
          await analysePiece(
            text,
            piece,
            language,
            analyseOptions.parse ?? false,
            analyseOptions.signal,
          ),
        );
      }
      const sentences = results.flatMap((r) => r.sentences);
      return {
        language,
        sentences,
        mentions: results.flatMap((r) => r.mentions),
        cappedSentences: sentences.filter((s) => s.capped).length,
      };
    },
    async ready() {
      try {
        const response = await fetch(`${base}/ready`, { signal: AbortSignal.timeout(5_000) });
        await response.body?.cancel();
        return response.status === 200;
      } catch {
        return false;
      }
    },
  };
}

async function readBody(
  response: Response,
  signal: AbortSignal | undefined,
  timeout: AbortSignal,
  timeoutMs: number,
): Promise<string> {
  try {
    return await response.text();
  } catch (error) {
    if (signal?.aborted) throw error;
    const reason = timeout.aborted ? `timed out after ${timeoutMs} ms` : 'broke off its answer';
    throw new NlpUnavailableError(`NLP service ${reason}`, { cause: error });
  }
}

// Stock CoreNLP OpenIE (its `openie` annotator) as the triples baseline: one request per sentence to
// the NLP service, its triples mapped to CaRB's (relation; subject; object). Its JSON output has no
// confidence, so every triple gets 1 and CaRB's curve has a single point for it.
import type { CarbExtraction } from '@quarry/knowledge';

interface OpenIeJson {
  sentences: { openie?: { subject: string; relation: string; object: string }[] }[];
}

export interface CoreNlpConnection {
  url: string;
  user: string;
  password: string;
}

const PROPERTIES = {
  annotators: 'tokenize,ssplit,pos,lemma,depparse,natlog,openie',
  outputFormat: 'json',
};

export async function stockOpenIe(
  connection: CoreNlpConnection,
  sentence: string,
): Promise<CarbExtraction[]> {
  const url = `${connection.url.replace(/\/+$/, '')}/?properties=${encodeURIComponent(JSON.stringify(PROPERTIES))}`;
  const response = await fetch(url, {
    method: 'POST',
    headers: {
      authorization: `Basic ${Buffer.from(`${connection.user}:${connection.password}`).toString('base64')}`,
      'content-type': 'text/plain; charset=utf-8',
    },
    body: sentence,
    signal: AbortSignal.timeout(300_000),
  });
  if (!response.ok)
    throw new Error(
      `CoreNLP answered ${response.status}: ${(await response.text()).slice(0, 200)}`,
    );
  const document = (await response.json()) as OpenIeJson;
  return document.sentences.flatMap((s) =>
    (s.openie ?? []).map((t) => ({
      relation: t.relation,
      args: [t.subject, t.object],
      confidence: 1,
    })),
  );
}

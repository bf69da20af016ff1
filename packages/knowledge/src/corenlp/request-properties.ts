import type { NlpLanguage } from './types.ts';

/**
 * The per-request `properties` CoreNLP's server reads from the query string. For German, French and
 * Spanish `pipelineLanguage` makes the server load that language's defaults (tokenizer, tagger,
 * NER and parser models) from the models-<language> jars on its classpath; English uses the
 * server's own defaults. Spanish's NER needs the lemma annotator, and lemma is asked for
 * everywhere because the triple extractor reads lemmas.
 */
/**
 * Sentences longer than this (in tokens) are left untagged and unparsed by the service itself. A
 * constant on purpose: the server caches annotators by their properties, so a value that varied
 * between clients would load the NER models once more for each value (gigabytes, a minute each).
 */
export const SERVICE_MAX_SENTENCE_TOKENS = 400;

export function requestProperties(language: NlpLanguage, parse: boolean): Record<string, string> {
  const annotators = ['tokenize', 'ssplit', 'pos', 'lemma', 'ner', ...(parse ? ['depparse'] : [])];
  const maxlen = String(SERVICE_MAX_SENTENCE_TOKENS);
  return {
    ...(language === 'en' ? {} : { pipelineLanguage: languageName[language] }),
    annotators: annotators.join(','),
    outputFormat: 'json',
    // a second line of defence behind the client's own cut (pieces.ts): the service skips
    // sentences it still finds too long instead of spending minutes on them
    'pos.maxlen': maxlen,
    'ner.maxlen': maxlen,
    'parse.maxlen': maxlen,
    // SUTime's dates and numbers come from Quarry's pattern extractors; skipping it saves time
    'ner.useSUTime': 'false',
    'ner.applyNumericClassifiers': 'false',
  };
}

const languageName: Record<Exclude<NlpLanguage, 'en'>, string> = {
  de: 'german',
  fr: 'french',
  es: 'spanish',
};

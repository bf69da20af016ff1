import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { NlpUnavailableError, type NlpAnalyser } from '../corenlp/types.ts';
import type { DocumentKnowledge } from '../types.ts';
import { extractDocumentKnowledge } from './extract.ts';
import { fakeGazetteer, fakeNlp } from './fake-services.ts';
import type { ExtractionServices, NamedEntityRecognizer } from './services.ts';
import { documentOf, HAMBURG_LINK } from './test-documents.ts';

const GERMAN =
  'Bundeskanzler Friedrich Merz traf am Dienstag Vertreter von Siemens Energy AG, Rheinmetall und Hapag-Lloyd in Hamburg. ' +
  'Merz sprach danach mit der Presse. ';
const ENGLISH =
  'Later, Friedrich Merz flew to London. Contact press@bund.de or +49 30 182722720 for details. ';

const NAMES = {
  'Bundeskanzler Friedrich Merz': 'PERSON',
  'Friedrich Merz': 'PERSON',
  Merz: 'PERSON',
  'Siemens Energy AG': 'ORGANIZATION',
  Rheinmetall: 'ORGANIZATION',
  'Hapag-Lloyd': 'ORGANIZATION',
  Hamburg: 'LOCATION',
  London: 'LOCATION',
} as const;

const taggerFor = fakeNlp;

/** The fake's mentions as they are: these tests are about extraction, not NER refinement. */
const asTagged: NamedEntityRecognizer = (_, analysis) => analysis.mentions;

const services = (overrides: Partial<ExtractionServices> = {}): ExtractionServices => ({
  nlp: taggerFor(NAMES),
  linker: null,
  gazetteer: null,
  recognize: asTagged,
  ...overrides,
});

function assertConsistent(text: string, knowledge: DocumentKnowledge): void {
  for (const mention of knowledge.mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.text);
    const sentence = knowledge.sentences[mention.sentence];
    assert.ok(
      sentence !== undefined && sentence.start <= mention.start && mention.end <= sentence.end + 1,
      mention.text,
    );
    assert.equal(sentence.chunkSeq, mention.chunkSeq);
  }
  knowledge.sentences.forEach((sentence, index) => assert.equal(sentence.index, index));
  knowledge.entities.forEach((entity) =>
    entity.mentions.forEach((index) => assert.equal(knowledge.mentions[index]?.type, entity.type)),
  );
}

describe('extractDocumentKnowledge with the NLP service', () => {
  test('offsets, sentences and chunks across a German and an English chunk', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities@1'],
    });
    assertConsistent(input.text, knowledge);
    assert.deepEqual(
      nlp.calls.map((call) => [call.language, call.parse]),
      [
        ['de', false],
        ['en', false],
      ],
    );
    assert.equal(knowledge.quality, 'full');
    assert.deepEqual(knowledge.languages, ['de', 'en']);
    assert.deepEqual(knowledge.patternOnlyLanguages, []);
    assert.deepEqual(knowledge.skills, ['entities@1']);
    assert.equal(knowledge.sentences.length, 4);
    const london = knowledge.mentions.find((mention) => mention.text === 'London');
    assert.equal(london?.chunkSeq, 1);
    assert.equal(london?.sentence, 2);
    assert.equal(london?.start, GERMAN.length + ENGLISH.indexOf('London'));
  });

  test('entities: Merz clustered over both chunks, pattern entities keyed by value', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    const knowledge = await extractDocumentKnowledge(input, services(), { skills: ['entities'] });
    const byKey = new Map(knowledge.entities.map((entity) => [entity.key, entity]));
    const merz = byKey.get('name:PERSON:friedrich merz');
    assert.equal(merz?.name, 'Friedrich Merz');
    assert.deepEqual(merz?.aliases.sort(), [
      'Bundeskanzler Friedrich Merz',
      'Friedrich Merz',
      'Merz',
    ]);
    assert.equal(merz?.mentions.length, 3);
    assert.equal(byKey.get('name:ORGANIZATION:siemens energy')?.name, 'Siemens Energy AG');
    assert.ok(byKey.has('value:EMAIL:press@bund.de'));
    assert.ok(byKey.has('value:PHONE:+4930182722720'));
    assert.deepEqual([...byKey.keys()].filter((key) => key.startsWith('name:')).sort(), [
      'name:LOCATION:hamburg',
      'name:LOCATION:london',
      'name:ORGANIZATION:hapag-lloyd',
      'name:ORGANIZATION:rheinmetall',
      'name:ORGANIZATION:siemens energy',
      'name:PERSON:friedrich merz',
    ]);
  });

  test('co-occurrence: pairs per sentence over the whole document', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    const { cooccurrences } = await extractDocumentKnowledge(input, services(), {
      skills: ['entities'],
    });
    const count = (a: string, b: string) =>
      cooccurrences.find((pair) => pair.a === (a < b ? a : b) && pair.b === (a < b ? b : a))?.count;
    assert.equal(count('name:PERSON:friedrich merz', 'name:LOCATION:hamburg'), 1);
    assert.equal(count('name:PERSON:friedrich merz', 'name:LOCATION:london'), 1);
    assert.equal(count('name:ORGANIZATION:rheinmetall', 'name:ORGANIZATION:hapag-lloyd'), 1);
    assert.equal(count('value:EMAIL:press@bund.de', 'value:PHONE:+4930182722720'), 1);
    assert.equal(count('name:LOCATION:london', 'value:EMAIL:press@bund.de'), undefined);
    for (const pair of cooccurrences) assert.ok(pair.a < pair.b);
  });

  test('a name the tagger puts on an email or a URL gives way; a name beats a shorter pattern', async () => {
    const nlp = taggerFor({ 'siemens.de': 'ORGANIZATION', 'Mai 2024 GmbH': 'ORGANIZATION' });
    const input = documentOf(['Schreiben Sie an info@siemens.de oder an die Mai 2024 GmbH.', 'de']);
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities'],
    });
    assert.deepEqual(
      knowledge.mentions.map((mention) => [mention.type, mention.text, mention.source]),
      [
        ['EMAIL', 'info@siemens.de', 'pattern'],
        ['ORGANIZATION', 'Mai 2024 GmbH', 'ner'],
      ],
    );
  });

  test('the recognizer sees all chunks at once, in document offsets, and its answer is used', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    let seen: Array<[string, number]> = [];
    const knowledge = await extractDocumentKnowledge(
      input,
      services({
        recognize: (text, analysis) => {
          seen = analysis.mentions.map((mention) => [
            text.slice(mention.start, mention.end),
            mention.start,
          ]);
          assert.equal(analysis.sentences.length, 4);
          for (const sentence of analysis.sentences) {
            for (const token of sentence.tokens)
              assert.equal(text.slice(token.start, token.end), token.word);
          }
          return analysis.mentions.filter((mention) => mention.type !== 'LOCATION');
        },
      }),
      { skills: ['entities'] },
    );
    assert.ok(
      seen.some(([text, start]) => text === 'London' && start === input.text.indexOf('London')),
    );
    assert.ok(!knowledge.mentions.some((mention) => mention.type === 'LOCATION'));
    assert.equal(
      knowledge.mentions.find((mention) => mention.text === 'press@bund.de')?.chunkSeq,
      1,
    );
  });

  test('by default the NER refinement runs over the whole document: a name tagged in one chunk is a name in the next', async () => {
    const input = documentOf(
      ['Die Reederei Hapag-Lloyd wächst. ', 'de'],
      ['Hapag-Lloyd hired staff. ', 'en'],
    );
    // the tagger finds the name only in the German chunk
    const tagger = fakeNlp({ 'Hapag-Lloyd': 'ORGANIZATION' });
    const nlp: NlpAnalyser = {
      ready: () => tagger.ready(),
      analyse: async (text, language, options) => {
        const analysis = await tagger.analyse(text, language, options);
        return language === 'de' ? analysis : { ...analysis, mentions: [] };
      },
    };
    const withDefaultRecognizer: ExtractionServices = { nlp, linker: null, gazetteer: null };
    const refined = await extractDocumentKnowledge(input, withDefaultRecognizer, {
      skills: ['entities'],
    });
    assert.deepEqual(
      refined.mentions.map((mention) => [mention.text, mention.chunkSeq]),
      [
        ['Hapag-Lloyd', 0],
        ['Hapag-Lloyd', 1],
      ],
    );
    const raw = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities'],
    });
    assert.equal(raw.mentions.length, 1);
  });

  test('the service being unavailable propagates; an aborted extraction stops', async () => {
    const down: NlpAnalyser = {
      analyse: () => Promise.reject(new NlpUnavailableError('connection refused')),
      ready: () => Promise.resolve(false),
    };
    const input = documentOf([GERMAN, 'de']);
    await assert.rejects(
      extractDocumentKnowledge(input, services({ nlp: down }), { skills: ['entities'] }),
      NlpUnavailableError,
    );
    await assert.rejects(
      extractDocumentKnowledge(input, services(), {
        skills: ['entities'],
        signal: AbortSignal.abort(),
      }),
      { name: 'AbortError' },
    );
  });
});

describe('extractDocumentKnowledge: triples', () => {
  test('parsed only when triples are asked for; offsets, sentence index and entity keys placed', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(
      input,
      services({
        nlp,
        // "<first word> <second word> <rest>" of every sentence
        triples: (text, sentence) => {
          const words = sentence.tokens.filter((token) => /\p{L}/u.test(token.word));
          const [subject, relation, object] = words;
          if (subject === undefined || relation === undefined || object === undefined) return [];
          const last = words.at(-1) ?? object;
          const arg = (from: number, to: number) => ({
            text: text.slice(from, to),
            start: from,
            end: to,
          });
          return [
            {
              subject: arg(subject.start, subject.end),
              relation: { text: relation.word, start: relation.start, end: relation.end },
              object: arg(object.start, last.end),
              confidence: 0.5,
            },
          ];
        },
      }),
      { skills: ['entities@1', 'triples@1'] },
    );
    assert.ok(nlp.calls.every((call) => call.parse));
    assert.deepEqual(knowledge.skills, ['entities@1', 'triples@1']);
    const later = knowledge.triples.find((triple) => triple.subject.text === 'Later');
    assert.equal(later?.sentence, 2);
    assert.equal(later?.relation.text, 'Friedrich');
    assert.equal(input.text.slice(later?.object.start, later?.object.end), later?.object.text);
    assert.equal(later?.object.entityKey, 'name:LOCATION:london');
    const first = knowledge.triples.find((triple) => triple.sentence === 0);
    assert.equal(first?.subject.entityKey, 'name:PERSON:friedrich merz');
    assert.equal(
      knowledge.triples.find((triple) => triple.sentence === 1)?.subject.entityKey,
      'name:PERSON:friedrich merz',
    );
  });

  test('without a triple extractor, or with entities only, no triples and no parse', async () => {
    const input = documentOf([ENGLISH, 'en']);
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities', 'triples'],
    });
    assert.deepEqual(knowledge.skills, ['entities']);
    assert.deepEqual(knowledge.triples, []);
    assert.ok(nlp.calls.every((call) => !call.parse));
  });

  test('triples alone: no mentions or entities, triples without entity keys', async () => {
    const input = documentOf([ENGLISH, 'en']);
    const knowledge = await extractDocumentKnowledge(
      input,
      services({
        triples: (text, sentence) =>
          sentence.tokens.length < 3
            ? []
            : [
                {
                  subject: {
                    text: text.slice(sentence.start, sentence.end),
                    start: sentence.start,
                    end: sentence.end,
                  },
                  relation: { text: 'is' },
                  object: { text: 'x', start: sentence.start, end: sentence.start + 1 },
                  confidence: 1,
                },
              ],
      }),
      { skills: ['triples'] },
    );
    assert.deepEqual(knowledge.mentions, []);
    assert.deepEqual(knowledge.entities, []);
    assert.equal(knowledge.triples.length, 2);
    assert.ok(knowledge.triples.every((triple) => triple.subject.entityKey === undefined));
  });
});

describe('extractDocumentKnowledge without the service, or without models for a language', () => {
  const hamburg = HAMBURG_LINK;

  test('fallback: Intl sentences, gazetteer names with their links, patterns; quality fallback', async () => {
    const input = documentOf([GERMAN, 'de'], [ENGLISH, 'en']);
    const gazetteer = fakeGazetteer({
      Hamburg: { type: 'LOCATION', link: hamburg },
      Rheinmetall: { type: 'ORGANIZATION' },
    });
    const knowledge = await extractDocumentKnowledge(input, services({ nlp: null, gazetteer }), {
      skills: ['entities', 'triples'],
    });
    assertConsistent(input.text, knowledge);
    assert.equal(knowledge.quality, 'fallback');
    assert.deepEqual(knowledge.languages, []);
    assert.equal(knowledge.sentences.length, 4);
    assert.deepEqual(
      knowledge.mentions.map((mention) => [mention.source, mention.type, mention.text]),
      [
        ['gazetteer', 'ORGANIZATION', 'Rheinmetall'],
        ['gazetteer', 'LOCATION', 'Hamburg'],
        ['pattern', 'EMAIL', 'press@bund.de'],
        ['pattern', 'PHONE', '+49 30 182722720'],
      ],
    );
    assert.ok(
      knowledge.entities.some(
        (entity) => entity.key === 'geonames:2911298' && entity.name === 'Hamburg',
      ),
    );
    assert.deepEqual(knowledge.triples, []);
  });

  test('a language without models gets patterns only and is named; the service is not asked', async () => {
    const input = documentOf(
      ['Il sindaco di Roma ha scritto a ufficio@comune.roma.it il 3 marzo 2024. ', 'it'],
      [ENGLISH, 'en'],
    );
    const nlp = taggerFor({ Roma: 'LOCATION', London: 'LOCATION' });
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities'],
    });
    assertConsistent(input.text, knowledge);
    assert.deepEqual(
      nlp.calls.map((call) => call.language),
      ['en'],
    );
    assert.deepEqual(knowledge.patternOnlyLanguages, ['it']);
    assert.deepEqual(knowledge.languages, ['en']);
    assert.equal(knowledge.quality, 'full');
    const italian = knowledge.mentions.filter((mention) => mention.chunkSeq === 0);
    assert.deepEqual(
      italian.map((mention) => [mention.type, mention.normalized]),
      [
        ['EMAIL', 'ufficio@comune.roma.it'],
        ['DATE', '2024-03-03'],
      ],
    );
  });

  test('a chunk without a detected language borrows the document language', async () => {
    const input = documentOf([GERMAN, 'de'], ['Merz war in Hamburg.', null]);
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities'],
    });
    assert.deepEqual(
      nlp.calls.map((call) => call.language),
      ['de', 'de'],
    );
    assert.equal(knowledge.entities.find((entity) => entity.type === 'PERSON')?.mentions.length, 3);
  });

  test('junk is skipped and tables get patterns only, neither reaching the service', async () => {
    const junk = `${'QUJDREVGR0hJSktMTU5PUFFSU1RVVldYWVo0NTY3ODkwYWJjZGVm'.repeat(20)} `;
    const table = '4711 | 0815 | 2024 | DE89 3704 0044 0532 0130 00 | 12.03.2024 | 99 | 17 ';
    const input = documentOf([junk, 'en'], [table, 'de'], [ENGLISH, 'en']);
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(input, services({ nlp }), {
      skills: ['entities'],
    });
    assertConsistent(input.text, knowledge);
    assert.deepEqual(
      nlp.calls.map((call) => call.text),
      [ENGLISH],
    );
    assert.ok(knowledge.sentences.every((sentence) => sentence.chunkSeq !== 0));
    assert.deepEqual(
      knowledge.mentions.filter((mention) => mention.chunkSeq === 1).map((mention) => mention.type),
      ['IBAN', 'DATE'],
    );
    assert.deepEqual(knowledge.patternOnlyLanguages, []);
  });

  test('no skills, no work', async () => {
    const nlp = taggerFor(NAMES);
    const knowledge = await extractDocumentKnowledge(
      documentOf([ENGLISH, 'en']),
      services({ nlp }),
      { skills: [] },
    );
    assert.equal(nlp.calls.length, 0);
    assert.deepEqual([knowledge.sentences, knowledge.mentions, knowledge.skills], [[], [], []]);
  });
});

// extractDocumentKnowledge against the dev stack's real NLP service (CoreNLP) and the real triple
// extractor, on fixed English, German, French and Spanish texts. The first request for a language
// loads its models, which can take a minute.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { nlpTestClient } from '../corenlp/testing/nlp-test-client.ts';
import { extractTriples } from '../triples/index.ts';
import type { DocumentKnowledge } from '../types.ts';
import { extractDocumentKnowledge } from './extract.ts';
import type { ExtractionServices } from './services.ts';
import { documentOf } from './test-documents.ts';

const services: ExtractionServices = {
  nlp: nlpTestClient(),
  linker: null,
  gazetteer: null,
  triples: extractTriples,
};
const SKILLS = ['entities@1', 'triples@1'];

const GERMAN =
  'Bundeskanzler Friedrich Merz traf am Dienstag Vertreter von Siemens Energy AG, Rheinmetall und Hapag-Lloyd in Hamburg. ' +
  'Merz kündigte an, am 3. März 2024 nach Paris zu reisen. ' +
  'Rheinmetall überwies 2,5 Mio. € auf das Konto DE89 3704 0044 0532 0130 00. ';
const ENGLISH =
  'Chancellor Friedrich Merz met Satya Nadella, the chief executive of Microsoft, in Berlin on March 3, 2024. ' +
  'Merz said Microsoft would invest $3.2 billion in Germany. ' +
  'Contact press@bundesregierung.de or +49 30 18272 2720. ';
const FRENCH =
  'Le président Emmanuel Macron a rencontré les dirigeants de Renault et de Airbus à Toulouse le 1er janvier 2024. ' +
  "Macron a annoncé 1,2 milliards d'euros pour Airbus. ";
const SPANISH =
  'El presidente Pedro Sánchez visitó la sede de Telefónica en Madrid el 3 de marzo de 2024. ' +
  'Sánchez anunció una inversión de 3,5 millones de euros con Telefónica. ';

function entity(knowledge: DocumentKnowledge, key: string) {
  const found = knowledge.entities.find((candidate) => candidate.key === key);
  assert.ok(found, `no entity ${key}; have ${knowledge.entities.map((e) => e.key).join(', ')}`);
  return found;
}

function cooccurs(knowledge: DocumentKnowledge, a: string, b: string): number {
  const [first, second] = a < b ? [a, b] : [b, a];
  return knowledge.cooccurrences.find((pair) => pair.a === first && pair.b === second)?.count ?? 0;
}

function assertWellFormed(text: string, knowledge: DocumentKnowledge): void {
  for (const mention of knowledge.mentions) {
    assert.equal(text.slice(mention.start, mention.end), mention.text);
    assert.equal(knowledge.sentences[mention.sentence]?.chunkSeq, mention.chunkSeq);
  }
  for (const triple of knowledge.triples) {
    assert.equal(text.slice(triple.subject.start, triple.subject.end), triple.subject.text);
    assert.equal(text.slice(triple.object.start, triple.object.end), triple.object.text);
  }
}

describe('extractDocumentKnowledge with CoreNLP', () => {
  test('German: Merz with his aliases, the companies, Hamburg, patterns, co-occurrence and triples', async () => {
    const input = documentOf([GERMAN, 'de']);
    const knowledge = await extractDocumentKnowledge(input, services, { skills: SKILLS });
    assertWellFormed(input.text, knowledge);
    assert.deepEqual(
      [knowledge.quality, knowledge.languages, knowledge.skills],
      ['full', ['de'], SKILLS],
    );
    const merz = entity(knowledge, 'name:PERSON:friedrich merz');
    assert.equal(merz.name, 'Friedrich Merz');
    assert.deepEqual([...merz.aliases].sort(), [
      'Bundeskanzler Friedrich Merz',
      'Friedrich Merz',
      'Merz',
    ]);
    assert.equal(merz.mentions.length, 2);
    assert.equal(entity(knowledge, 'name:ORGANIZATION:siemens energy').name, 'Siemens Energy AG');
    entity(knowledge, 'name:ORGANIZATION:rheinmetall');
    entity(knowledge, 'name:ORGANIZATION:hapag-lloyd');
    entity(knowledge, 'name:LOCATION:hamburg');
    entity(knowledge, 'value:DATE:2024-03-03');
    entity(knowledge, 'value:MONEY:EUR 2500000');
    entity(knowledge, 'value:IBAN:DE89370400440532013000');
    assert.equal(
      cooccurs(knowledge, 'name:PERSON:friedrich merz', 'name:ORGANIZATION:hapag-lloyd'),
      1,
    );
    assert.equal(
      cooccurs(knowledge, 'name:ORGANIZATION:siemens energy', 'name:LOCATION:hamburg'),
      1,
    );
    assert.equal(cooccurs(knowledge, 'name:PERSON:friedrich merz', 'name:LOCATION:paris'), 1);
    assert.ok(
      knowledge.triples.some(
        (triple) =>
          triple.subject.entityKey === 'name:PERSON:friedrich merz' &&
          triple.object.entityKey === 'name:LOCATION:paris',
      ),
    );
  });

  test('English: people, organization, places, email and phone, co-occurrence, triples with entity keys', async () => {
    const input = documentOf([ENGLISH, 'en']);
    const knowledge = await extractDocumentKnowledge(input, services, { skills: SKILLS });
    assertWellFormed(input.text, knowledge);
    assert.deepEqual([...entity(knowledge, 'name:PERSON:friedrich merz').aliases].sort(), [
      'Chancellor Friedrich Merz',
      'Friedrich Merz',
      'Merz',
    ]);
    entity(knowledge, 'name:PERSON:satya nadella');
    assert.equal(entity(knowledge, 'name:ORGANIZATION:microsoft').mentions.length, 2);
    entity(knowledge, 'name:LOCATION:berlin');
    entity(knowledge, 'name:LOCATION:germany');
    entity(knowledge, 'value:DATE:2024-03-03');
    entity(knowledge, 'value:MONEY:USD 3200000000');
    entity(knowledge, 'value:EMAIL:press@bundesregierung.de');
    entity(knowledge, 'value:PHONE:+4930182722720');
    assert.equal(
      cooccurs(knowledge, 'name:PERSON:friedrich merz', 'name:ORGANIZATION:microsoft'),
      2,
    );
    assert.equal(
      cooccurs(knowledge, 'value:EMAIL:press@bundesregierung.de', 'value:PHONE:+4930182722720'),
      1,
    );
    assert.equal(cooccurs(knowledge, 'name:LOCATION:berlin', 'value:DATE:2024-03-03'), 0);
    assert.ok(
      knowledge.triples.some(
        (triple) =>
          triple.subject.entityKey === 'name:PERSON:satya nadella' &&
          triple.object.entityKey === 'name:ORGANIZATION:microsoft',
      ),
    );
  });

  test('French: Macron clustered, Renault, Airbus, Toulouse, date and amount', async () => {
    const input = documentOf([FRENCH, 'fr']);
    const knowledge = await extractDocumentKnowledge(input, services, { skills: SKILLS });
    assertWellFormed(input.text, knowledge);
    const macron = entity(knowledge, 'name:PERSON:emmanuel macron');
    assert.ok(macron.aliases.includes('Macron'));
    assert.ok(macron.aliases.includes('président Emmanuel Macron'));
    assert.equal(macron.mentions.length, 2);
    entity(knowledge, 'name:ORGANIZATION:renault');
    assert.equal(entity(knowledge, 'name:ORGANIZATION:airbus').mentions.length, 2);
    entity(knowledge, 'name:LOCATION:toulouse');
    entity(knowledge, 'value:DATE:2024-01-01');
    entity(knowledge, 'value:MONEY:EUR 1200000000');
    assert.equal(cooccurs(knowledge, 'name:PERSON:emmanuel macron', 'name:ORGANIZATION:airbus'), 2);
  });

  test('Spanish: Sánchez clustered, Telefónica, Madrid, date and amount', async () => {
    const input = documentOf([SPANISH, 'es']);
    const knowledge = await extractDocumentKnowledge(input, services, { skills: SKILLS });
    assertWellFormed(input.text, knowledge);
    const sanchez = entity(knowledge, 'name:PERSON:pedro sánchez');
    assert.ok(sanchez.aliases.includes('Sánchez'));
    assert.equal(sanchez.mentions.length, 2);
    assert.equal(entity(knowledge, 'name:ORGANIZATION:telefónica').mentions.length, 2);
    entity(knowledge, 'name:LOCATION:madrid');
    entity(knowledge, 'value:DATE:2024-03-03');
    entity(knowledge, 'value:MONEY:EUR 3500000');
    assert.equal(
      cooccurs(knowledge, 'name:PERSON:pedro sánchez', 'name:ORGANIZATION:telefónica'),
      2,
    );
  });

  test('one document in four chunks and three languages: document offsets, global sentences, one Merz', async () => {
    const italian = 'Il sindaco di Roma ha scritto a ufficio@comune.roma.it il 3 marzo 2024. ';
    const input = documentOf([GERMAN, 'de'], [italian, 'it'], [ENGLISH, 'en'], [SPANISH, 'es']);
    const knowledge = await extractDocumentKnowledge(input, services, { skills: ['entities@1'] });
    assertWellFormed(input.text, knowledge);
    assert.deepEqual(knowledge.languages, ['de', 'en', 'es']);
    assert.deepEqual(knowledge.patternOnlyLanguages, ['it']);
    assert.deepEqual(knowledge.triples, []);
    knowledge.sentences.forEach((sentence, index) => assert.equal(sentence.index, index));
    const merz = entity(knowledge, 'name:PERSON:friedrich merz');
    assert.equal(merz.mentions.length, 4);
    assert.deepEqual(
      new Set(merz.mentions.map((index) => knowledge.mentions[index]?.chunkSeq)),
      new Set([0, 2]),
    );
    assert.ok(
      !knowledge.mentions.some((mention) => mention.chunkSeq === 1 && mention.source !== 'pattern'),
    );
    entity(knowledge, 'value:EMAIL:ufficio@comune.roma.it');
  });
});

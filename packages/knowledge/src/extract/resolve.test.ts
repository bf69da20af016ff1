import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import type { EntityType, KnowledgeBaseLink, Mention } from '../types.ts';
import { resolveEntities } from './resolve.ts';
import type { EntityLinker, LinkCandidate } from './services.ts';
import { HAMBURG_LINK } from './test-documents.ts';

function mentionsOf(...entries: Array<[string, EntityType, string?]>): Mention[] {
  return entries.map(([text, type, normalized], index) => ({
    start: index * 100,
    end: index * 100 + text.length,
    text,
    type,
    chunkSeq: 0,
    sentence: index,
    confidence: 0.9,
    source: normalized === undefined ? 'ner' : 'pattern',
    ...(normalized === undefined ? {} : { normalized }),
  }));
}

const resolve = (mentions: Mention[], linker: EntityLinker | null = null) =>
  resolveEntities({ mentions, linker, language: 'de' });

describe('resolveEntities: clustering names within a document', () => {
  test('Merz, Friedrich Merz and Bundeskanzler Friedrich Merz are one person', async () => {
    const { entities, keyOfMention } = await resolve(
      mentionsOf(
        ['Bundeskanzler Friedrich Merz', 'PERSON'],
        ['Merz', 'PERSON'],
        ['Friedrich Merz', 'PERSON'],
      ),
    );
    assert.equal(entities.length, 1);
    const [merz] = entities;
    assert.equal(merz?.key, 'name:PERSON:friedrich merz');
    assert.equal(merz?.name, 'Friedrich Merz');
    assert.deepEqual(merz?.aliases.sort(), [
      'Bundeskanzler Friedrich Merz',
      'Friedrich Merz',
      'Merz',
    ]);
    assert.deepEqual(merz?.mentions, [0, 1, 2]);
    assert.deepEqual(keyOfMention, Array(3).fill('name:PERSON:friedrich merz'));
  });

  test('the titles written before a tagged name make an alias, not a different person', async () => {
    const text = 'Bundeskanzler Friedrich Merz kam. Merz ging.';
    const mentions: Mention[] = [
      {
        start: 14,
        end: 28,
        text: 'Friedrich Merz',
        type: 'PERSON',
        chunkSeq: 0,
        sentence: 0,
        confidence: 0.9,
        source: 'ner',
      },
      {
        start: 34,
        end: 38,
        text: 'Merz',
        type: 'PERSON',
        chunkSeq: 0,
        sentence: 1,
        confidence: 0.9,
        source: 'ner',
      },
    ];
    const { entities } = await resolveEntities({ mentions, linker: null, language: 'de', text });
    assert.equal(entities.length, 1);
    assert.equal(entities[0]?.name, 'Friedrich Merz');
    assert.deepEqual(entities[0]?.aliases.sort(), [
      'Bundeskanzler Friedrich Merz',
      'Friedrich Merz',
      'Merz',
    ]);
  });

  test('a surname shared by two people joins neither; a lone first name joins nobody', async () => {
    const { entities } = await resolve(
      mentionsOf(
        ['Friedrich Merz', 'PERSON'],
        ['Angela Merz', 'PERSON'],
        ['Merz', 'PERSON'],
        ['Friedrich', 'PERSON'],
      ),
    );
    assert.deepEqual(entities.map((entity) => entity.key).sort(), [
      'name:PERSON:angela merz',
      'name:PERSON:friedrich',
      'name:PERSON:friedrich merz',
      'name:PERSON:merz',
    ]);
  });

  test('organizations: legal forms fold together, acronyms join, a shorter name does not', async () => {
    const { entities } = await resolve(
      mentionsOf(
        ['Siemens Energy AG', 'ORGANIZATION'],
        ['Siemens Energy', 'ORGANIZATION'],
        ['Siemens', 'ORGANIZATION'],
        ['Bank for International Settlements', 'ORGANIZATION'],
        ['BIS', 'ORGANIZATION'],
        ['Deutsche Presse-Agentur', 'ORGANIZATION'],
        ['DPA', 'ORGANIZATION'],
      ),
    );
    const byKey = new Map(entities.map((entity) => [entity.key, entity]));
    assert.equal(byKey.get('name:ORGANIZATION:siemens energy')?.name, 'Siemens Energy AG');
    assert.deepEqual(byKey.get('name:ORGANIZATION:siemens energy')?.mentions, [0, 1]);
    assert.deepEqual(byKey.get('name:ORGANIZATION:siemens')?.mentions, [2]);
    assert.deepEqual(
      byKey.get('name:ORGANIZATION:bank for international settlements')?.mentions,
      [3, 4],
    );
    assert.deepEqual(byKey.get('name:ORGANIZATION:deutsche presse-agentur')?.aliases.sort(), [
      'DPA',
      'Deutsche Presse-Agentur',
    ]);
    assert.equal(entities.length, 4);
  });

  test('the same name with different types stays apart; places only merge on the same name', async () => {
    const { entities } = await resolve(
      mentionsOf(['Hamburg', 'LOCATION'], ['Hamburg', 'ORGANIZATION'], ['Hamburg Süd', 'LOCATION']),
    );
    assert.equal(entities.length, 3);
  });

  test('pattern entities key by type and normalized value, all surface forms kept', async () => {
    const { entities } = await resolve(
      mentionsOf(
        ['DE89 3704 0044 0532 0130 00', 'IBAN', 'DE89370400440532013000'],
        ['DE89370400440532013000', 'IBAN', 'DE89370400440532013000'],
        ['3. März 2024', 'DATE', '2024-03-03'],
      ),
    );
    assert.deepEqual(
      entities.map((entity) => [entity.key, entity.name, entity.mentions]),
      [
        ['value:IBAN:DE89370400440532013000', 'DE89 3704 0044 0532 0130 00', [0, 1]],
        ['value:DATE:2024-03-03', '3. März 2024', [2]],
      ],
    );
  });
});

describe('resolveEntities: linking', () => {
  const hamburg = HAMBURG_LINK;
  const merz: KnowledgeBaseLink = {
    kb: 'wikipedia',
    id: 'Friedrich_Merz',
    title: 'Friedrich Merz',
    score: 0.8,
  };

  test('the linker sees each named cluster once with its aliases and the document context', async () => {
    const calls: Array<{ candidates: LinkCandidate[]; names: string[] }> = [];
    const linker: EntityLinker = {
      link: (candidates, context) => {
        calls.push({ candidates, names: context.names });
        return Promise.resolve(
          candidates.map((candidate) => (candidate.name === 'Hamburg' ? hamburg : null)),
        );
      },
    };
    const { entities, keyOfMention } = await resolve(
      mentionsOf(
        ['Hamburg', 'LOCATION'],
        ['Merz', 'PERSON'],
        ['Friedrich Merz', 'PERSON'],
        ['a@b.de', 'EMAIL', 'a@b.de'],
      ),
      linker,
    );
    assert.equal(calls.length, 1);
    assert.deepEqual(
      calls[0]?.candidates.map((candidate) => [
        candidate.name,
        candidate.type,
        candidate.aliases.sort(),
      ]),
      [
        ['Friedrich Merz', 'PERSON', ['Friedrich Merz', 'Merz']],
        ['Hamburg', 'LOCATION', ['Hamburg']],
      ],
    );
    assert.deepEqual(calls[0]?.names.sort(), ['Friedrich Merz', 'Hamburg']);
    assert.deepEqual(keyOfMention, [
      'geonames:2911298',
      'name:PERSON:friedrich merz',
      'name:PERSON:friedrich merz',
      'value:EMAIL:a@b.de',
    ]);
    assert.deepEqual(entities[0]?.link, hamburg);
  });

  test('two clusters linked to one title become one entity named by the title', async () => {
    const linker: EntityLinker = {
      link: (candidates) => Promise.resolve(candidates.map(() => merz)),
    };
    const { entities } = await resolve(
      mentionsOf(['Fritz Merz', 'PERSON'], ['F. Merz', 'PERSON']),
      linker,
    );
    assert.equal(entities.length, 1);
    assert.equal(entities[0]?.key, 'wikipedia:Friedrich_Merz');
    assert.equal(entities[0]?.name, 'Friedrich Merz');
    assert.deepEqual(entities[0]?.aliases.sort(), ['F. Merz', 'Friedrich Merz', 'Fritz Merz']);
    assert.deepEqual(entities[0]?.mentions, [0, 1]);
  });

  test('a link a gazetteer hit brought along is used without asking the linker', async () => {
    const linker: EntityLinker = { link: () => Promise.reject(new Error('must not be asked')) };
    const mentions = mentionsOf(['Hamburg', 'LOCATION']);
    const { entities } = await resolveEntities({
      mentions,
      linker,
      language: 'de',
      presetLinks: new Map([[0, hamburg]]),
    });
    assert.equal(entities[0]?.key, 'geonames:2911298');
  });
});

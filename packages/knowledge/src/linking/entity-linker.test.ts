import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { LinkCandidate, LinkContext } from '../extract/services.ts';
import type { NamedEntityType } from '../types.ts';
import { createEntityLinker } from './entity-linker.ts';
import { tinyKnowledgeBase, WORLD } from './testing/tiny-knowledge-base.ts';

const linker = createEntityLinker(tinyKnowledgeBase(WORLD.titles, WORLD.places));
const mention = (
  name: string,
  type: NamedEntityType,
  aliases: string[] = [name],
): LinkCandidate => ({
  name,
  type,
  aliases,
});
const link = async (
  candidate: LinkCandidate,
  names: string[] = [],
  language: string | null = 'en',
) => {
  const context: LinkContext = { language, names: [candidate.name, ...names] };
  return (await linker.link([candidate], context))[0];
};

test('a location links to the GeoNames place, not to the raw table top title', async () => {
  const honolulu = await link(mention('Honolulu', 'LOCATION'));
  assert.equal(honolulu?.kb, 'geonames');
  assert.equal(honolulu?.id, '5856195');
  assert.equal(typeof honolulu?.latitude, 'number');
});

test('the bigger Paris wins alone, the Texan one with Texas in the document', async () => {
  assert.equal((await link(mention('Paris', 'LOCATION')))?.id, '2988507');
  assert.equal((await link(mention('Paris', 'LOCATION'), ['Texas']))?.id, '4717560');
});

test('Georgia is the US state next to Atlanta and the country otherwise', async () => {
  assert.equal((await link(mention('Georgia', 'LOCATION')))?.id, '614540');
  assert.equal((await link(mention('Georgia', 'LOCATION'), ['Atlanta']))?.id, '4197000');
});

test('a person links through an alias to the person page', async () => {
  const merkel = await link(mention('Angela Merkel', 'PERSON', ['Angela Merkel', 'Merkel']));
  assert.deepEqual([merkel?.kb, merkel?.id], ['wikipedia', 'Angela_Merkel']);
  assert.ok(merkel!.score > 0 && merkel!.score <= 1);
});

test('a title of the wrong kind is not linked', async () => {
  // WikiDict's top title for "Honolulu" is a person: an ORGANIZATION mention must not get it.
  assert.equal(await link(mention('Honolulu', 'ORGANIZATION')), null);
  assert.equal(await link(mention('Texas', 'PERSON')), null);
  // the organisation's longer alias finds its page; the bare word's top title is the animal
  assert.equal(
    (await link(mention('Jaguar Cars', 'ORGANIZATION', ['Jaguar Cars', 'Jaguar'])))?.id,
    'Jaguar_Cars',
  );
});

test('names the knowledge base does not know, and pattern entities, link to nothing', async () => {
  assert.equal(await link(mention('Zorblax Quuxington', 'PERSON')), null);
  assert.equal(await link(mention('2024-01-01', 'DATE' as NamedEntityType)), null);
});

test('the answer is parallel to the candidates', async () => {
  const links = await linker.link(
    [
      mention('Zorblax', 'PERSON'),
      mention('Berlin', 'LOCATION'),
      mention('Paris Hilton', 'PERSON'),
    ],
    { language: 'en', names: ['Zorblax', 'Berlin', 'Paris Hilton'] },
  );
  assert.deepEqual(
    links.map((l) => l?.id ?? null),
    [null, '2950159', 'Paris_Hilton'],
  );
});

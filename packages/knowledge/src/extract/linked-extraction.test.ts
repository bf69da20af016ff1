// Extraction with the linking area's real linker and gazetteer over an in-memory knowledge base:
// the keys and names of linked entities, on the NLP path and in the fallback.
import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { createEntityLinker, createGazetteerMatcher } from '../linking/index.ts';
import { tinyKnowledgeBase, WORLD } from '../linking/testing/tiny-knowledge-base.ts';
import { extractDocumentKnowledge } from './extract.ts';
import { fakeNlp } from './fake-services.ts';
import { documentOf } from './test-documents.ts';

const kb = tinyKnowledgeBase(WORLD.titles, WORLD.places);
const TEXT = 'Angela Merkel flew from Berlin to Honolulu. Merkel then visited Atlanta. ';

describe('extraction with the knowledge-base linker', () => {
  test('NLP path: clusters are linked, keyed by the knowledge base and named by its title', async () => {
    const nlp = fakeNlp({
      'Angela Merkel': 'PERSON',
      Merkel: 'PERSON',
      Berlin: 'LOCATION',
      Honolulu: 'LOCATION',
      Atlanta: 'LOCATION',
    });
    const knowledge = await extractDocumentKnowledge(
      documentOf([TEXT, 'en']),
      { nlp, linker: createEntityLinker(kb), gazetteer: null },
      { skills: ['entities'] },
    );
    const merkel = knowledge.entities.find((entity) => entity.type === 'PERSON');
    assert.equal(merkel?.key, 'wikipedia:Angela_Merkel');
    assert.equal(merkel?.link?.kb, 'wikipedia');
    assert.deepEqual(merkel?.aliases.sort(), ['Angela Merkel', 'Merkel']);
    assert.equal(merkel?.mentions.length, 2);
    const keys = knowledge.entities.map((entity) => entity.key);
    assert.ok(keys.includes('geonames:2950159'), keys.join(', '));
    // the raw WikiDict links "Honolulu" to a person; in context it is the city
    assert.ok(!keys.includes('wikipedia:Eileen_Anderson'));
    for (const pair of knowledge.cooccurrences) assert.ok(pair.a < pair.b);
    assert.ok(
      knowledge.cooccurrences.some(
        (pair) => pair.a === 'geonames:2950159' && pair.b === 'wikipedia:Angela_Merkel',
      ),
    );
  });

  test('fallback: the gazetteer finds the places and its links become the keys', async () => {
    const knowledge = await extractDocumentKnowledge(
      documentOf([TEXT, 'en']),
      { nlp: null, linker: createEntityLinker(kb), gazetteer: createGazetteerMatcher(kb) },
      { skills: ['entities'] },
    );
    assert.equal(knowledge.quality, 'fallback');
    const berlin = knowledge.entities.find((entity) => entity.name === 'Berlin');
    assert.equal(berlin?.key, 'geonames:2950159');
    assert.ok(knowledge.mentions.every((mention) => mention.source === 'gazetteer'));
  });
});

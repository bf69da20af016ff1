import assert from 'node:assert/strict';
import { test } from 'node:test';
import { tinyKnowledgeBase, type TinyTitle } from '../linking/testing/tiny-knowledge-base.ts';
import { knownNamesFrom } from './name-types.ts';
import { recognizeEntities } from './recognize.ts';
import { analysisOf } from './test-analysis.ts';

const TITLES: TinyTitle[] = [
  { title: 'Velvet_Revolver', anchors: 49, type: null, links: { 'Velvet Revolver': 1 } },
  { title: 'Garage_rock', anchors: 80, type: null, links: { 'Garage Rock': 1 } },
  { title: 'Perth_Glory', anchors: 21, type: 'ORGANIZATION', links: { 'Perth Glory': 1 } },
  // the most linked title of the name decides: "Mars" is the planet, not the band
  { title: 'Mars', anchors: 259, type: null, links: { Mars: 1 } },
  { title: 'Mars_(band)', anchors: 11, type: 'ORGANIZATION', links: { Mars: 1 } },
  { title: 'Weak_Link', anchors: 9, type: 'ORGANIZATION', links: { 'Weak Link': 0.2 } },
  { title: 'Eileen_Anderson', anchors: 40, type: null, links: { 'Honolulu Blue': 0.97 } },
  { title: 'Bowling_Green,_Ohio', anchors: 18, type: 'LOCATION', links: { 'Bowling Green': 1 } },
  { title: 'Dutch_(band)', anchors: 5, type: 'ORGANIZATION', links: { Dutch: 1 } },
  { title: 'Domesday_Book', anchors: 30, type: 'MISC', links: { 'Domesday Book': 1 } },
];
const kb = tinyKnowledgeBase(TITLES, []);
const knownNames = knownNamesFrom(kb);

function found(...sentences: string[]): string[] {
  const { text, analysis } = analysisOf(...sentences);
  return recognizeEntities(text, analysis, { knownNames }).map((e) => `${e.text}/${e.type}`);
}

test('a name is known only when a title is spelled exactly like it and the anchor is probable', () => {
  assert.deepEqual(knownNames('Velvet Revolver'), { type: null });
  assert.equal(knownNames('Garage Rock'), null, 'the title is a concept, "Garage rock"');
  assert.equal(knownNames('Honolulu Blue'), null, 'the anchor links to a page of another name');
  assert.equal(knownNames('Weak Link'), null, 'an improbable anchor');
  assert.deepEqual(knownNames('Perth Glory'), { type: 'ORGANIZATION' });
  assert.deepEqual(knownNames('Mars'), { type: null }, 'the most linked title of that name');
  assert.equal(knownNames('Unknown Words'), null);
});

test('an untagged multi-word known name becomes an organization unless its title says otherwise', () => {
  assert.deepEqual(
    found(
      'They/PRP toured/VBD with/IN Velvet/NNP Revolver/NNP and/CC liked/VBD Garage/NNP Rock/NNP ./.',
      'The/DT Domesday/NNP Book/NNP lists/VBZ Bowling/NNP Green/NNP ./.',
    ),
    ['Velvet Revolver/ORGANIZATION'],
  );
});

test('a mention the knowledge base types as an organization becomes one; nationalities stay MISC', () => {
  assert.deepEqual(
    found(
      'He/PRP played/VBD for/IN Perth/NNP/CITY Glory/NNP/CITY with/IN Dutch/JJ/NATIONALITY players/NNS ./.',
    ),
    ['Perth Glory/ORGANIZATION', 'Dutch/MISC'],
  );
});

test('without the knowledge base the knowledge-base steps do nothing', () => {
  const { text, analysis } = analysisOf(
    'He/PRP played/VBD for/IN Perth/NNP/CITY Glory/NNP/CITY and/CC Velvet/NNP Revolver/NNP ./.',
  );
  assert.deepEqual(
    recognizeEntities(text, analysis).map((e) => `${e.text}/${e.type}`),
    ['Perth Glory/LOCATION'],
  );
});

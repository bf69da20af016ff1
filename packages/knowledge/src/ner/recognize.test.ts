import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeEntities } from './recognize.ts';
import { analysisOf } from './test-analysis.ts';

function found(...sentences: string[]): string[] {
  const { text, analysis } = analysisOf(...sentences);
  return recognizeEntities(text, analysis).map((e) => `${e.text}/${e.type}`);
}

test('a surname alone after the full name is the same person, tagged or not', () => {
  assert.deepEqual(
    found(
      'Friedrich/NNP/PERSON Merz/NNP/PERSON visited/VBD Hamburg/NNP/CITY ./.',
      'Merz/NNP/ORGANIZATION spoke/VBD ./.',
      'Later/RB Merz/NNP left/VBD ./.',
    ),
    ['Friedrich Merz/PERSON', 'Hamburg/LOCATION', 'Merz/PERSON', 'Merz/PERSON'],
  );
});

test('one label per surface form: the better-supported label wins everywhere', () => {
  assert.deepEqual(
    found(
      'Gigi/NNP/ORGANIZATION toured/VBD ./.',
      'Gigi/NNP/ORGANIZATION recorded/VBD ./.',
      'Fans/NNS loved/VBD Gigi/NNP/PERSON ./.',
    ),
    ['Gigi/ORGANIZATION', 'Gigi/ORGANIZATION', 'Gigi/ORGANIZATION'],
  );
});

test('untagged repeats of a multi-word name get its label', () => {
  assert.deepEqual(
    found(
      'Velvet/NNP/ORGANIZATION Revolver/NNP/ORGANIZATION played/VBD ./.',
      'Velvet/NNP Revolver/NNP split/VBD ./.',
    ),
    ['Velvet Revolver/ORGANIZATION', 'Velvet Revolver/ORGANIZATION'],
  );
});

test('legal forms, head words and titles type untagged proper-noun runs', () => {
  assert.deepEqual(
    found(
      'He/PRP/O joined/VBD Hapag-Lloyd/NNP AG/NNP and/CC met/VBD Dr./NNP Kowalski/NNP near/IN Bov/NNP Parish/NNP ./.',
    ),
    ['Hapag-Lloyd AG/ORGANIZATION', 'Kowalski/PERSON', 'Bov Parish/LOCATION'],
  );
});

test('a quoted title is one MISC entity, replacing the pieces inside it', () => {
  assert.deepEqual(
    found("The/DT song/NN ``/`` Occam/NNP/CITY 's/POS Razor/NNP/MISC ''/'' charted/VBD ./."),
    ["Occam 's Razor/MISC"],
  );
});

test('touching pieces of one type join; lower-case ideologies are dropped; nationality joins the organization', () => {
  assert.deepEqual(
    found(
      'In/IN South/NNP/LOCATION America/NNP/COUNTRY the/DT republican/JJ/IDEOLOGY German/JJ/NATIONALITY Air/NNP/ORGANIZATION Force/NNP/ORGANIZATION flew/VBD ./.',
    ),
    ['South America/LOCATION', 'German Air Force/ORGANIZATION'],
  );
});

test('without refinement the service mentions come back unchanged', () => {
  const { text, analysis } = analysisOf('Merz/NNP/ORGANIZATION spoke/VBD ./.');
  assert.deepEqual(
    recognizeEntities(text, analysis, { refine: false }).map((e) => [e.text, e.type, e.rule]),
    [['Merz', 'ORGANIZATION', 'ner']],
  );
});

test('a name before ", <country or region>" is a place, tagged as a person or not tagged at all', () => {
  assert.deepEqual(
    found(
      'Moved/VBD to/TO Debden/NNP/PERSON ,/, England/NNP/COUNTRY and/CC Trosten/NNP ,/, Lincolnshire/NNP/STATE_OR_PROVINCE ./.',
    ),
    ['Debden/LOCATION', 'England/LOCATION', 'Trosten/LOCATION', 'Lincolnshire/LOCATION'],
  );
});

test('battles and campaigns named after a place are one MISC, not the place inside', () => {
  assert.deepEqual(
    found(
      'At/IN the/DT Battle/NNP of/IN Gettysburg/NNP/CITY and/CC in/IN the/DT Appomattox/NNP/LOCATION Campaign/NNP it/PRP fought/VBD ./.',
    ),
    ['Battle of Gettysburg/MISC', 'Appomattox Campaign/MISC'],
  );
});

test('a sentence-initial conjunction and a final possessive are not part of the name', () => {
  assert.deepEqual(
    found(
      "Because/IN/MISC A/DT/MISC Beautiful/JJ/MISC Lie/NN/MISC leaked/VBD ,/, Merz/NNP/PERSON 's/POS/PERSON team/NN left/VBD ./.",
    ),
    ['A Beautiful Lie/MISC', 'Merz/PERSON'],
  );
});

test('a form tagged once but left untagged more often is not copied (one CRF slip does not spread)', () => {
  assert.deepEqual(
    found(
      'Milepost/NNP/ORGANIZATION 5/CD was/VBD built/VBN ./.',
      'Milepost/NNP 6/CD and/CC Milepost/NNP 7/CD followed/VBD ./.',
    ),
    ['Milepost/ORGANIZATION'],
  );
});

import assert from 'node:assert/strict';
import { test } from 'node:test';
import { recognizeEntities } from './recognize.ts';
import { analysisOf } from './test-analysis.ts';

function found(...sentences: string[]): string[] {
  const { text, analysis } = analysisOf(...sentences);
  return recognizeEntities(text, analysis).map((e) => `${e.text}/${e.type}`);
}

test('a capitalized "The" inside a sentence is part of the name; at the start of one it is not', () => {
  assert.deepEqual(
    found(
      'They/PRP supported/VBD The/DT Cult/NNP/ORGANIZATION ./.',
      'The/DT Cult/NNP/ORGANIZATION toured/VBD ./.',
      'Read/VB the/DT Economist/NNP/ORGANIZATION ./.',
    ),
    ['The Cult/ORGANIZATION', 'Cult/ORGANIZATION', 'Economist/ORGANIZATION'],
  );
});

test('a quoted nickname between the names is part of the person', () => {
  assert.deepEqual(
    found(
      "Behind/IN Charalambos/NNP/PERSON ``/`` Bambos/NNP/MISC ''/'' Xanthos/NNP/PERSON ./.",
      "He/PRP played/VBD ``/`` Hymn/NNP ''/'' ./.",
    ),
    ["Charalambos `` Bambos '' Xanthos/PERSON", 'Hymn/MISC'],
  );
});

test('a quoted phrase between a person and a non-person is not a nickname', () => {
  assert.deepEqual(found("Merz/NNP/PERSON ``/`` Hymn/NNP ''/'' Hamburg/NNP/CITY ./."), [
    'Merz/PERSON',
    'Hymn/MISC',
    'Hamburg/LOCATION',
  ]);
});

test('a designation with a name is one MISC (aircraft, products), the name inside not a person', () => {
  assert.deepEqual(
    found('It/PRP flew/VBD the/DT B-25/NN Mitchell/NNP/PERSON and/CC F-94/NN Starfire/NNP ./.'),
    ['B-25 Mitchell/MISC', 'F-94 Starfire/MISC'],
  );
});

test('a designation split into touching tokens ("F", "-", "94") counts too, spaced ones do not', () => {
  const { text, analysis } = analysisOf('the/DT F/NN -/HYPH 94/CD Starfire/NNP ./.');
  const tokens = analysis.sentences[0]!.tokens;
  // make "F-94" touch, as CoreNLP reports the pieces of one word
  let shift = 0;
  for (const [k, token] of tokens.entries()) {
    if (k === 2 || k === 3) shift += 1;
    token.start -= shift;
    token.end -= shift;
  }
  const touching = text.slice(0, 4) + 'F-94 Starfire .';
  assert.deepEqual(
    recognizeEntities(touching, analysis).map((e) => `${e.text}/${e.type}`),
    ['F-94 Starfire/MISC'],
  );
  const spaced = analysisOf('the/DT F/NN -/HYPH 94/CD Starfire/NNP ./.');
  assert.deepEqual(recognizeEntities(spaced.text, spaced.analysis), []);
});

test('a cue noun before a name decides its type: tagged, untagged, or opening with "The"', () => {
  assert.deepEqual(
    found(
      'Mars/NNP/LOCATION toured/VBD with/IN the/DT band/NN Killing/NNP Joke/NNP and/CC the/DT band/NN The/DT Used/NNP ./.',
      'Their/PRP$ album/NN Moonlight/NNP/LOCATION sold/VBD ./.',
    ),
    ['Mars/LOCATION', 'Killing Joke/ORGANIZATION', 'The Used/ORGANIZATION', 'Moonlight/MISC'],
  );
});

test('a defining sentence types its subject everywhere in the document', () => {
  assert.deepEqual(
    found(
      'CALOI/NN is/VBZ a/DT major/JJ Brazilian/JJ bicycle/NN manufacturer/NN ./.',
      'Caloi/NNP/PERSON was/VBD founded/VBN in/IN 1898/CD ./.',
      'Later/RB Caloi/NNP/PERSON grew/VBD ./.',
      'Crazyhead/NNP/PERSON are/VBP an/DT English/JJ/NATIONALITY rock/NN band/NN ./.',
      'Crazyhead/NNP/PERSON split/VBD ./.',
    ),
    [
      'CALOI/ORGANIZATION',
      'Caloi/PERSON',
      'Caloi/PERSON',
      'Crazyhead/ORGANIZATION',
      'English/MISC',
      'Crazyhead/ORGANIZATION',
    ],
  );
});

test('a defining sentence whose noun is not a cue changes nothing', () => {
  assert.deepEqual(found('Merz/NNP/PERSON is/VBZ a/DT German/JJ/NATIONALITY politician/NN ./.'), [
    'Merz/PERSON',
    'German/MISC',
  ]);
});

test('touching pieces of one type left by the later steps join ("World War" + "II")', () => {
  assert.deepEqual(found('During/IN World/NNP/MISC War/NNP II/NNP/MISC it/PRP flew/VBD ./.'), [
    'World War II/MISC',
  ]);
});

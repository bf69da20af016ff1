import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { canonicalName, displayName, normalizeName, titleStart } from './name-normalization.ts';

describe('normalizeName', () => {
  test('whitespace collapsed, case folded, accents kept', () => {
    assert.equal(normalizeName('  Friedrich \n  Merz ', 'PERSON'), 'friedrich merz');
    assert.equal(normalizeName('José Müller', 'PERSON'), 'josé müller');
    assert.equal(normalizeName('Hapag-Lloyd', 'ORGANIZATION'), 'hapag-lloyd');
    assert.equal(normalizeName('Cafe\u0301 de Flore', 'LOCATION'), 'café de flore');
  });

  test('titles and honorifics before a person, repeatedly, never the whole name', () => {
    assert.equal(normalizeName('Bundeskanzler Friedrich Merz', 'PERSON'), 'friedrich merz');
    assert.equal(normalizeName('Prof. Dr. Christian Drosten', 'PERSON'), 'christian drosten');
    assert.equal(normalizeName('Prime Minister Keir Starmer', 'PERSON'), 'keir starmer');
    assert.equal(normalizeName('Mme Lagarde', 'PERSON'), 'lagarde');
    assert.equal(normalizeName('Präsident', 'PERSON'), 'präsident');
    // a title is only a title before a person
    assert.equal(normalizeName('President Hotel', 'LOCATION'), 'president hotel');
  });

  test('legal forms after an organization, repeatedly, never the whole name', () => {
    assert.equal(normalizeName('Siemens Energy AG', 'ORGANIZATION'), 'siemens energy');
    assert.equal(normalizeName('Müller GmbH & Co. KG', 'ORGANIZATION'), 'müller');
    assert.equal(normalizeName('Apple Inc.', 'ORGANIZATION'), 'apple');
    assert.equal(normalizeName('Banco Santander, S.A.', 'ORGANIZATION'), 'banco santander');
    assert.equal(normalizeName('AG', 'ORGANIZATION'), 'ag');
    assert.equal(normalizeName('Siemens AG', 'PERSON'), 'siemens ag');
  });

  test('articles, quotes, possessives and trailing punctuation', () => {
    assert.equal(normalizeName("l'Algérie", 'LOCATION'), 'algérie');
    assert.equal(normalizeName('la France', 'LOCATION'), 'france');
    assert.equal(normalizeName('Los Angeles', 'LOCATION'), 'los angeles');
    assert.equal(normalizeName('Le Havre', 'LOCATION'), 'le havre');
    assert.equal(normalizeName('la', 'MISC'), 'la');
    assert.equal(normalizeName('the United Nations', 'ORGANIZATION'), 'united nations');
    assert.equal(normalizeName('„Rheinmetall“,', 'ORGANIZATION'), 'rheinmetall');
    assert.equal(normalizeName("Merz's", 'PERSON'), 'merz');
    assert.equal(normalizeName('(Hamburg)', 'LOCATION'), 'hamburg');
  });
});

describe('displayName', () => {
  test('keeps the case while dropping titles and legal forms', () => {
    assert.equal(displayName('Bundeskanzler Friedrich Merz', 'PERSON'), 'Friedrich Merz');
    assert.equal(displayName('Siemens Energy AG', 'ORGANIZATION'), 'Siemens Energy');
  });
});

describe('canonicalName', () => {
  test('a person without titles, an organization with its legal form, no leading article', () => {
    assert.equal(canonicalName('Bundeskanzler Friedrich  Merz', 'PERSON'), 'Friedrich Merz');
    assert.equal(canonicalName('the Siemens Energy AG', 'ORGANIZATION'), 'Siemens Energy AG');
    assert.equal(canonicalName('the Rhine', 'LOCATION'), 'Rhine');
  });
});

describe('titleStart', () => {
  test('finds the titles written right before a name', () => {
    const text = 'Heute traf Bundeskanzler Friedrich Merz den Prof. Dr. Drosten und Merz.';
    assert.equal(titleStart(text, text.indexOf('Friedrich')), text.indexOf('Bundeskanzler'));
    assert.equal(titleStart(text, text.indexOf('Drosten')), text.indexOf('Prof.'));
    assert.equal(titleStart(text, text.indexOf('Merz.')), text.indexOf('Merz.'));
    assert.equal(titleStart('Merz', 0), 0);
    assert.equal(titleStart('Kanzler,Merz', 8), 8);
  });
});

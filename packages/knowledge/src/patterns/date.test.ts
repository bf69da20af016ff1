import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofType } from './test-helpers.ts';

const dates = (text: string, language: string | null = 'en') => ofType('DATE', text, language);

describe('dates written with month names', () => {
  test('English, German, French and Spanish complete dates normalize to ISO', () => {
    assert.deepEqual(dates('Signed on 3 March 2024.'), [['3 March 2024', '2024-03-03']]);
    assert.deepEqual(dates('Signed on March 3rd, 2024.'), [['March 3rd, 2024', '2024-03-03']]);
    assert.deepEqual(dates('Signed on Sept. 30, 2023.'), [['Sept. 30, 2023', '2023-09-30']]);
    assert.deepEqual(dates('Am 3. März 2024 traf er ihn.', 'de'), [['3. März 2024', '2024-03-03']]);
    assert.deepEqual(dates('Am 12. Dez. 2023.', 'de'), [['12. Dez. 2023', '2023-12-12']]);
    assert.deepEqual(dates('Le 1er janvier 2024, il part.', 'fr'), [
      ['1er janvier 2024', '2024-01-01'],
    ]);
    assert.deepEqual(dates('le 14 juillet 1789', 'fr'), [['14 juillet 1789', '1789-07-14']]);
    assert.deepEqual(dates('El 3 de marzo de 2024 llegó.', 'es'), [
      ['3 de marzo de 2024', '2024-03-03'],
    ]);
    assert.deepEqual(dates('el 5 de mayo del 2021', 'es'), [['5 de mayo del 2021', '2021-05-05']]);
  });

  test('a month with a year, and a day with a month, are partial ISO dates', () => {
    assert.deepEqual(dates('Im März 2024 stieg der Umsatz.', 'de'), [['März 2024', '2024-03']]);
    assert.deepEqual(dates('en marzo de 2024', 'es'), [['marzo de 2024', '2024-03']]);
    assert.deepEqual(dates('On 3 March the board met.'), [['3 March', '--03-03']]);
    assert.deepEqual(dates('Le 14 juillet est férié.', 'fr'), [['14 juillet', '--07-14']]);
  });

  test('impossible days are not dates', () => {
    assert.deepEqual(dates('on 30 February 2024'), []);
    assert.deepEqual(dates('on 31 April 2023'), []);
    assert.deepEqual(dates('am 29. Februar 2024', 'de'), [['29. Februar 2024', '2024-02-29']]);
  });

  test('words that are also months need a capital, a dot or a full date around them', () => {
    assert.deepEqual(dates('you may 12 people and 5 out of 10 set 3 of them'), []);
    assert.deepEqual(dates('el mar 3 veces', 'es'), []);
    assert.deepEqual(dates('May 12 was the day'), [['May 12', '--05-12']]);
    assert.deepEqual(dates('3 may 2024'), [['3 may 2024', '2024-05-03']]);
  });

  test('"Mars" without a day is the planet; "mars" is the French month', () => {
    assert.deepEqual(dates('reached orbit around Mars 2018'), []);
    assert.deepEqual(dates('en mars 2024', 'fr'), [['mars 2024', '2024-03']]);
    assert.deepEqual(dates('le 3 Mars 2024', 'fr'), [['3 Mars 2024', '2024-03-03']]);
  });

  test('a month name inside a longer word is not a month', () => {
    assert.deepEqual(dates('3 Marcels and 4 Junior staff in 2020'), []);
  });
});

describe('numeric dates', () => {
  test('ISO dates, and impossible ISO dates', () => {
    assert.deepEqual(dates('Released 2024-03-12 at noon.'), [['2024-03-12', '2024-03-12']]);
    assert.deepEqual(dates('Released 2024-02-30.'), []);
    assert.deepEqual(dates('Timestamp 2024-03-12T10:15:00Z'), [['2024-03-12', '2024-03-12']]);
  });

  test('dots and dashes are day-first in every language', () => {
    assert.deepEqual(dates('am 12.03.2024 um 12:30', 'de'), [['12.03.2024', '2024-03-12']]);
    assert.deepEqual(dates('on 12.03.2024', 'en'), [['12.03.2024', '2024-03-12']]);
    assert.deepEqual(dates('le 05-11-2022', 'fr'), [['05-11-2022', '2022-11-05']]);
  });

  test('slashes are month-first in English unless the first number cannot be a month', () => {
    assert.deepEqual(dates('on 10/12/2024', 'en'), [['10/12/2024', '2024-10-12']]);
    assert.deepEqual(dates('on 31/12/2024', 'en'), [['31/12/2024', '2024-12-31']]);
    assert.deepEqual(dates('le 10/12/2024', 'fr'), [['10/12/2024', '2024-12-10']]);
    assert.deepEqual(dates('on 3/4/24', 'en'), [['3/4/24', '2024-03-04']]);
  });

  test('version numbers, times, years alone and number ranges are not dates', () => {
    assert.deepEqual(dates('Version 1.2.3 and v2.10.2019 and release 10.4.2.2019'), []);
    assert.deepEqual(dates('at 12:30 and 12.30 Uhr', 'de'), []);
    assert.deepEqual(dates('in 2024, in the year 1999, 2023/24'), []);
    assert.deepEqual(dates('sections 1.2.24 and 3-4-21'), []);
    assert.deepEqual(dates('13/13/2024 and 32.01.2024'), []);
    assert.deepEqual(dates('item 112.03.2024 or 12.03.20245'), []);
  });
});

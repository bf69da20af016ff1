import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { defaultPhoneRegion } from './phone.ts';
import { ofType } from './test-helpers.ts';

const phones = (text: string, language: string | null) => ofType('PHONE', text, language);

describe('phone numbers', () => {
  test('international numbers normalize to E.164 whatever the language', () => {
    assert.deepEqual(phones('Tel. +49 30 1234567', 'de'), [['+49 30 1234567', '+49301234567']]);
    assert.deepEqual(phones('Call +1 (415) 555-2671 today', 'fr'), [
      ['+1 (415) 555-2671', '+14155552671'],
    ]);
    assert.deepEqual(phones('Ring 0044 20 7946 0958', null), [
      ['0044 20 7946 0958', '+442079460958'],
    ]);
  });

  test('national numbers are read in the region of the chunk language', () => {
    assert.deepEqual(phones('Fax 030 12345-678', 'de'), [['030 12345-678', '+493012345678']]);
    assert.deepEqual(phones('tél. 01 23 45 67 89', 'fr'), [['01 23 45 67 89', '+33123456789']]);
    assert.deepEqual(phones('Teléfono: 912 345 678', 'es'), [['912 345 678', '+34912345678']]);
    assert.deepEqual(phones('call (415) 555-2671', 'en'), [['(415) 555-2671', '+14155552671']]);
    assert.deepEqual(phones('tél. 01 23 45 67 89', 'de'), []);
  });

  test('a bare run of digits counts only after a phone word', () => {
    assert.deepEqual(phones('Bestellnummer 4915112345678', 'de'), []);
    assert.deepEqual(phones('Kundennummer 030123456789 bitte angeben', 'de'), []);
    assert.deepEqual(phones('Telefon: 030123456789', 'de'), [['030123456789', '+4930123456789']]);
  });

  test('dates, amounts, IBANs and years are not phone numbers', () => {
    assert.deepEqual(phones('am 12.03.2024 um 12:30', 'de'), []);
    assert.deepEqual(phones('Kosten 12 500 EUR, 1.234.567,89 €', 'de'), []);
    assert.deepEqual(phones('IBAN DE89 3704 0044 0532 0130 00', 'de'), []);
    assert.deepEqual(phones('von 1990 bis 2024', 'de'), []);
  });

  test('the default region follows the language tag', () => {
    assert.equal(defaultPhoneRegion('de-AT'), 'DE');
    assert.equal(defaultPhoneRegion('fr'), 'FR');
    assert.equal(defaultPhoneRegion('xx'), undefined);
    assert.equal(defaultPhoneRegion(null), undefined);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ibanChecksumValid } from './iban.ts';
import { ofType, patternsIn } from './test-helpers.ts';

const ibans = (text: string) => ofType('IBAN', text);

describe('IBAN', () => {
  test('with and without spaces, normalized compact', () => {
    assert.deepEqual(ibans('IBAN: DE89 3704 0044 0532 0130 00, BIC COBADEFFXXX'), [
      ['DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ]);
    assert.deepEqual(ibans('IBAN DE89370400440532013000.'), [
      ['DE89370400440532013000', 'DE89370400440532013000'],
    ]);
    assert.deepEqual(ibans('GB82 WEST 1234 5698 7654 32'), [
      ['GB82 WEST 1234 5698 7654 32', 'GB82WEST12345698765432'],
    ]);
    assert.deepEqual(ibans('FR14 2004 1010 0505 0001 3M02 606'), [
      ['FR14 2004 1010 0505 0001 3M02 606', 'FR1420041010050500013M02606'],
    ]);
    assert.deepEqual(ibans('ES9121000418450200051332'), [
      ['ES9121000418450200051332', 'ES9121000418450200051332'],
    ]);
  });

  test('a wrong check digit, a wrong length or an unknown country is not an IBAN', () => {
    assert.deepEqual(ibans('DE88 3704 0044 0532 0130 00'), []);
    assert.deepEqual(ibans('DE89 3704 0044 0532 0130 001'), []);
    assert.deepEqual(ibans('DE89 3704 0044 0532 0130'), []);
    assert.deepEqual(ibans('ZZ89370400440532013000'), []);
    assert.deepEqual(ibans('xDE89370400440532013000'), []);
  });

  test('the checksum itself', () => {
    assert.equal(ibanChecksumValid('DE89370400440532013000'), true);
    assert.equal(ibanChecksumValid('DE89370400440532013001'), false);
  });

  test('an IBAN is not read as a phone number or an amount', () => {
    assert.deepEqual(patternsIn('Konto DE89 3704 0044 0532 0130 00 bei der Bank', 'de'), [
      ['IBAN', 'DE89 3704 0044 0532 0130 00', 'DE89370400440532013000'],
    ]);
  });
});

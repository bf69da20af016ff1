import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { parseAmount } from './money.ts';
import { ofType } from './test-helpers.ts';

const money = (text: string, language: string | null = 'en') => ofType('MONEY', text, language);

describe('money', () => {
  test('symbols, codes and words before or after the amount, with scale words', () => {
    assert.deepEqual(money('Sie zahlten € 2,5 Mio. dafür.', 'de'), [['€ 2,5 Mio.', 'EUR 2500000']]);
    assert.deepEqual(money('They raised $3.2 billion.'), [['$3.2 billion', 'USD 3200000000']]);
    assert.deepEqual(money('Kosten: 12 500 EUR', 'de'), [['12 500 EUR', 'EUR 12500']]);
    assert.deepEqual(money("un coût de 1,2 milliards d'euros", 'fr'), [
      ["1,2 milliards d'euros", 'EUR 1200000000'],
    ]);
    assert.deepEqual(money('unos 3,5 millones de euros', 'es'), [
      ['3,5 millones de euros', 'EUR 3500000'],
    ]);
    assert.deepEqual(money('3 mil millones de dólares', 'es'), [
      ['3 mil millones de dólares', 'USD 3000000000'],
    ]);
    assert.deepEqual(money('USD 3.2 million'), [['USD 3.2 million', 'USD 3200000']]);
    assert.deepEqual(money('EUR 1.234.567,89', 'de'), [['EUR 1.234.567,89', 'EUR 1234567.89']]);
    assert.deepEqual(money('5 Mio. Euro und 100 €', 'de'), [
      ['5 Mio. Euro', 'EUR 5000000'],
      ['100 €', 'EUR 100'],
    ]);
    assert.deepEqual(money('a $5m deal and £40bn of debt'), [
      ['$5m', 'USD 5000000'],
      ['£40bn', 'GBP 40000000000'],
    ]);
  });

  test('German "Billion" is a million millions', () => {
    assert.deepEqual(money('2 Billionen Euro', 'de'), [['2 Billionen Euro', 'EUR 2000000000000']]);
    assert.deepEqual(money('2 Billion Euro', 'de'), [['2 Billion Euro', 'EUR 2000000000000']]);
  });

  test('numbers without a currency, currency words alone and lower-case codes are not money', () => {
    assert.deepEqual(money('2,5 Mio. Einwohner und 3.2 billion people', 'de'), []);
    assert.deepEqual(money('The euro fell; the dollar rose.'), []);
    assert.deepEqual(money('we try 3 times and eur 5'), []);
    assert.deepEqual(money('5 Europeans and 3 dollarized economies'), []);
    assert.deepEqual(money('note: data in 2021 dollars; GDP (2015 US dollars)'), []);
    assert.deepEqual(money('They paid 2021 dollars for it.'), [['2021 dollars', 'USD 2021']]);
  });

  test('amounts read their separators sensibly', () => {
    assert.equal(parseAmount('12 500', false), 12500);
    assert.equal(parseAmount('12.500', false), 12500);
    assert.equal(parseAmount('12,500', false), 12500);
    assert.equal(parseAmount('2,5', false), 2.5);
    assert.equal(parseAmount('1,234', true), 1.234);
    assert.equal(parseAmount('1,234,567.5', false), 1234567.5);
    assert.equal(parseAmount("1'000'000", false), 1000000);
  });
});

import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { ofType, patternsIn } from './test-helpers.ts';

describe('emails', () => {
  test('addresses are found and lower-cased', () => {
    assert.deepEqual(ofType('EMAIL', 'Write to Info.Desk+news@Example.co.uk, please.'), [
      ['Info.Desk+news@Example.co.uk', 'info.desk+news@example.co.uk'],
    ]);
    assert.deepEqual(ofType('EMAIL', 'écrire à info@exemple.fr'), [
      ['info@exemple.fr', 'info@exemple.fr'],
    ]);
  });

  test('handles, decorators and broken addresses are not emails', () => {
    assert.deepEqual(
      ofType('EMAIL', 'follow @quarry and use @Decorator() or a@b or x..y@example.com'),
      [],
    );
    assert.deepEqual(ofType('EMAIL', 'user@localhost and name@domain.'), []);
  });
});

describe('URLs', () => {
  test('with a scheme or www., trailing punctuation left out, brackets balanced', () => {
    assert.deepEqual(ofType('URL', 'See https://example.com/a?b=1.'), [
      ['https://example.com/a?b=1', 'https://example.com/a?b=1'],
    ]);
    assert.deepEqual(ofType('URL', '(siehe www.bund.de/x_(y)).', 'de'), [
      ['www.bund.de/x_(y)', 'http://www.bund.de/x_(y)'],
    ]);
    assert.deepEqual(ofType('URL', 'FTP://Files.Example.org/pub'), [
      ['FTP://Files.Example.org/pub', 'ftp://files.example.org/pub'],
    ]);
  });

  test('bare domains, file names and schemes without a host are not URLs', () => {
    assert.deepEqual(
      ofType('URL', 'siemens.de and report.pdf and http:// and https://localhost/x'),
      [],
    );
  });

  test('an email or a date inside a URL belongs to the URL', () => {
    assert.deepEqual(patternsIn('https://example.com/2024/03/12/news?mail=a@b.com'), [
      [
        'URL',
        'https://example.com/2024/03/12/news?mail=a@b.com',
        'https://example.com/2024/03/12/news?mail=a@b.com',
      ],
    ]);
    assert.deepEqual(patternsIn('archive: https://example.org/12.03.2024/report'), [
      ['URL', 'https://example.org/12.03.2024/report', 'https://example.org/12.03.2024/report'],
    ]);
  });

  test('an email address is not a URL even when its domain starts with www', () => {
    assert.deepEqual(patternsIn('mail john@www.example.com'), [
      ['EMAIL', 'john@www.example.com', 'john@www.example.com'],
    ]);
  });
});

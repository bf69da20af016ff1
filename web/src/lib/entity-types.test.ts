import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import {
  ENTITY_COLOURS,
  entityColour,
  entityColourKey,
  entityTypeName,
  isEntityType,
} from './entity-types.ts';

/** The `--entity-*` values of the first `:root` block after `marker` in globals.css. */
function cssColours(css: string, marker: string): Record<string, string> {
  const start = css.indexOf(marker);
  assert.notEqual(start, -1, `globals.css has no ${marker}`);
  const block = css.slice(start, css.indexOf('}', start));
  const colours: Record<string, string> = {};
  for (const [, name = '', value = ''] of block.matchAll(/--entity-([a-z]+):\s*(#[0-9a-f]{6})/gi))
    colours[name] = value;
  return colours;
}

test('the colour table is the one globals.css gives the document page (light and dark)', () => {
  const css = readFileSync(new URL('../app/globals.css', import.meta.url), 'utf8');
  const section = css.slice(css.indexOf('Document page: entities by type'));
  assert.deepEqual(cssColours(section, ':root'), ENTITY_COLOURS.light);
  assert.deepEqual(
    cssColours(section.slice(section.indexOf('prefers-color-scheme: dark')), ':root'),
    ENTITY_COLOURS.dark,
  );
});

test('pattern types share one colour; unknown and missing types get it too', () => {
  assert.equal(entityColourKey('IBAN'), 'pattern');
  assert.equal(entityColour('DATE'), entityColour('EMAIL'));
  assert.equal(entityColour(null), ENTITY_COLOURS.light.pattern);
  assert.equal(entityColour('PERSON', 'dark'), ENTITY_COLOURS.dark.person);
});

test('type names and the type guard', () => {
  assert.equal(entityTypeName('LOCATION'), 'Places');
  assert.equal(entityTypeName('LOCATION', 1), 'Place');
  assert.equal(entityTypeName(null), 'Untyped entities');
  assert.equal(isEntityType('PERSON'), true);
  assert.equal(isEntityType('person'), false);
});

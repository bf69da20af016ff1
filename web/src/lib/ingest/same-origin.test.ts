import assert from 'node:assert/strict';
import { test } from 'node:test';
import { checkSameOrigin } from './same-origin.ts';

const APP = 'https://quarry.example:8443/';

test('a change from our own page passes', () => {
  const r = checkSameOrigin(
    'PUT',
    { origin: 'https://quarry.example:8443', secFetchSite: 'same-origin' },
    APP,
  );
  assert.deepEqual(r, { ok: true });
});

test('a change from another origin, or without Origin, is refused', () => {
  assert.equal(
    checkSameOrigin('POST', { origin: 'https://evil.example', secFetchSite: null }, APP).ok,
    false,
  );
  assert.equal(
    checkSameOrigin('POST', { origin: 'https://quarry.example', secFetchSite: null }, APP).ok,
    false,
    'another port is another origin',
  );
  assert.equal(checkSameOrigin('PUT', { origin: null, secFetchSite: null }, APP).ok, false);
  assert.equal(checkSameOrigin('PUT', { origin: 'null', secFetchSite: null }, APP).ok, false);
  assert.equal(
    checkSameOrigin(
      'POST',
      { origin: 'https://quarry.example:8443', secFetchSite: 'cross-site' },
      APP,
    ).ok,
    false,
    'fetch metadata wins over a matching Origin',
  );
});

test('reads need no Origin but may not come from other sites', () => {
  assert.equal(checkSameOrigin('GET', { origin: null, secFetchSite: 'same-origin' }, APP).ok, true);
  assert.equal(checkSameOrigin('GET', { origin: null, secFetchSite: null }, APP).ok, true);
  assert.equal(checkSameOrigin('GET', { origin: null, secFetchSite: 'cross-site' }, APP).ok, false);
  assert.equal(checkSameOrigin('GET', { origin: null, secFetchSite: 'same-site' }, APP).ok, false);
});

test('cross-site navigation is allowed only where the route opts in', () => {
  const nav = { origin: null, secFetchSite: 'cross-site', secFetchMode: 'navigate' };
  assert.equal(checkSameOrigin('GET', nav, APP).ok, false);
  assert.equal(checkSameOrigin('GET', nav, APP, { allowCrossSiteNavigation: true }).ok, true);
  const embed = { origin: null, secFetchSite: 'cross-site', secFetchMode: 'no-cors' };
  assert.equal(checkSameOrigin('GET', embed, APP, { allowCrossSiteNavigation: true }).ok, false);
  assert.equal(checkSameOrigin('POST', nav, APP, { allowCrossSiteNavigation: true }).ok, false);
});

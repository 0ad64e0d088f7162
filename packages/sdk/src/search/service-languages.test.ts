import assert from 'node:assert/strict';
import { test } from 'node:test';
import { service } from './fixtures.test.helper.js';
import { createSearchIndex } from './search-index.js';
import { languageCodesOf } from './service-languages.js';

const spoken = service('spoken', {
  languages: [{ code: 'nl' }, { code: 'ar-MA' }],
  phones: [{ number: '030 000 0000', languages: [{ code: 'en' }, { code: 'nl' }] }],
  service_at_locations: [
    { location: { languages: [{ code: 'tr' }, { code: 'ar-MA' }] } },
    { location: {}, phones: [{ number: '030 111 1111', languages: [{ code: 'pl' }] }] },
  ],
});

test("a service's languages: its own, its places', then its phone lines' (its own and each place's), each once, as written", () => {
  assert.deepEqual(languageCodesOf(spoken), ['nl', 'ar-MA', 'tr', 'en', 'pl']);
  assert.deepEqual(languageCodesOf(service('silent')), []);
});

test('the language filter finds a service by every language the rule gives, by primary subtag', () => {
  const index = createSearchIndex([spoken, service('silent')]);
  const ids = (language: string): string[] => index.search('', { language }).map((hit) => hit.service.id).sort();
  // A service that lists no languages counts as Dutch.
  for (const code of languageCodesOf(spoken)) assert.deepEqual(ids(code), code === 'nl' ? ['silent', 'spoken'] : ['spoken'], code);
  assert.deepEqual(ids('ar'), ['spoken']);
});

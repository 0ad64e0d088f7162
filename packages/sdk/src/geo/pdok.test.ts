import assert from 'node:assert/strict';
import { createServer, type IncomingMessage } from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, before, test } from 'node:test';
import { createPdokGeocoder, PDOK_LOCATIESERVER } from './pdok.js';

// A loopback stand-in for the Locatieserver: never the real host.
const asked: URL[] = [];
let answer: (url: URL) => { status: number; body: unknown } = () => ({ status: 200, body: {} });
const server = createServer((request: IncomingMessage, response) => {
  const url = new URL(request.url ?? '/', 'http://127.0.0.1');
  asked.push(url);
  const { status, body } = answer(url);
  response.writeHead(status, { 'content-type': 'application/json' });
  response.end(JSON.stringify(body));
});
let baseUrl = '';

before(async () => {
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/bzk/locatieserver/search/v3_1/`;
});
after(() => server.close());

const docs = (...found: { postcode: string; centroide_ll: string }[]) => ({ status: 200, body: { response: { numFound: found.length, docs: found } } });

test('the default is PDOK, so a page opts in to sending postcodes there', () => {
  assert.equal(PDOK_LOCATIESERVER, 'https://api.pdok.nl/bzk/locatieserver/search/v3_1');
});

test('a full postcode is asked as a postcode and its centre read from centroide_ll', async () => {
  answer = () => docs({ postcode: '3512JC', centroide_ll: 'POINT(5.1222 52.0908)' });
  const point = await createPdokGeocoder({ baseUrl }).geocodePostcode('3512 jc');
  assert.deepEqual(point, { latitude: 52.0908, longitude: 5.1222 });
  const url = asked.at(-1);
  assert.equal(url?.pathname, '/bzk/locatieserver/search/v3_1/free');
  assert.equal(url?.searchParams.get('q'), '3512JC');
  assert.equal(url?.searchParams.get('fq'), 'type:postcode');
});

test('a PC4 takes a full postcode inside it; a match outside it does not count', async () => {
  answer = (url) => docs({ postcode: `${url.searchParams.get('q') === '3511' ? '3511' : '9999'}AB`, centroide_ll: 'POINT(5.12 52.09)' });
  const geocoder = createPdokGeocoder({ baseUrl });
  assert.deepEqual(await geocoder.geocodePostcode('3511'), { latitude: 52.09, longitude: 5.12 });
  assert.equal(await geocoder.geocodePostcode('3563'), undefined);
});

test('nothing found, a malformed postcode (not asked) and a failing server', async () => {
  const geocoder = createPdokGeocoder({ baseUrl });
  answer = () => docs();
  assert.equal(await geocoder.geocodePostcode('3511 AB'), undefined);
  const before = asked.length;
  assert.equal(await geocoder.geocodePostcode('Domplein'), undefined);
  assert.equal(asked.length, before);
  answer = () => ({ status: 503, body: {} });
  await assert.rejects(geocoder.geocodePostcode('3511 AB'), /503/);
});

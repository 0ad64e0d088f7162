import assert from 'node:assert/strict';
import { join } from 'node:path';
import { after, before, describe, test } from 'node:test';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { buildFeed } from '../build/build-feed.js';
import { removeDir, SERVICES_A, SERVICES_B, tempDir, writeSource } from '../test-support/fixtures.js';
import { runCli } from '../test-support/run-cli.js';
import { startServer, type RunningServer } from './server.js';
import type { HsdsPage } from '../hsds-export/page.js';

type Json = Record<string, unknown>;
type Page = HsdsPage<Json>;

let work: string;
let feed: string;
let server: RunningServer;

async function build(overrides: Record<string, unknown> = {}): Promise<void> {
  const built = await buildFeed({ sourceDir: await writeSource(join(work, 'source'), overrides), outDir: feed });
  assert.ok(built.ok);
}

before(async () => {
  work = await tempDir('wijkwijzer-hsds-api-');
  feed = join(work, 'feed');
  await build();
  server = await startServer({ root: feed, port: 0, hsdsApi: true });
});
after(async () => {
  await server.close();
  await removeDir(work);
});

async function getJson(path: string): Promise<{ response: Response; body: Json }> {
  const response = await fetch(new URL(path, server.url));
  return { response, body: (await response.json()) as Json };
}
const getPage = async (path: string): Promise<Page> => (await getJson(path)).body as unknown as Page;
const ourId = (document: Json): unknown => (document.wijkwijzer as Json | undefined)?.id;
const serviceCount = SERVICES_A.length + SERVICES_B.length;

describe('serve --hsds-api', () => {
  test('GET /hsds/ gives the HSDS version and profile, and says the feed is made up, as JSON any site may read', async () => {
    assert.equal(server.hsdsApiUrl, `${server.url}hsds`);
    const { response, body } = await getJson('hsds/');
    assert.equal(response.status, 200);
    assert.equal(response.headers.get('content-type'), 'application/json; charset=utf-8');
    assert.equal(response.headers.get('access-control-allow-origin'), '*');
    assert.equal(response.headers.get('cache-control'), 'max-age=60, stale-while-revalidate=300');
    assert.match(response.headers.get('etag') ?? '', /^"sha256-[A-Za-z0-9+/]{43}=(\.gzip|\.br)?"$/, 'the ETag of the encoding sent');
    assert.equal(body.version, '3.0');
    assert.match(String(body.profile), /^https:\/\//);
    assert.deepEqual((body.wijkwijzer as Json).sample, true);
  });

  test('GET /hsds/services pages through full services, in the HSDS page shape', async () => {
    const all = await getPage('hsds/services');
    assert.deepEqual(
      [all.total_items, all.total_pages, all.page_number, all.size, all.first_page, all.last_page, all.empty],
      [serviceCount, 1, 1, serviceCount, true, true, false],
    );
    const maatje = all.contents.find((service) => ourId(service) === 'svc-maatje');
    assert.ok(maatje, 'our id is in the extension');
    assert.equal((maatje.organization as Json).name, 'Vrijwilligerscentrale', 'the organisation is nested');
    assert.deepEqual((maatje.attributes as Json[]).map((attribute) => attribute.link_type), ['need', 'target_group']);

    const second = await getPage('hsds/services?per_page=1&page=2');
    assert.deepEqual([second.total_pages, second.page_number, second.size, second.first_page], [serviceCount, 2, 1, false]);
    assert.deepEqual(second.contents, [all.contents[1]]);
    const past = await getPage(`hsds/services?per_page=1&page=${serviceCount + 1}`);
    assert.deepEqual([past.size, past.empty, past.last_page, past.contents], [0, true, true, []]);
  });

  test('text searches with our own search engine, taxonomy_term_id keeps the services tagged with that term', async () => {
    const found = await getPage('hsds/services?text=geldzorgen');
    assert.deepEqual(found.contents.map(ourId), ['svc-schuldhulp'], 'a synonym of the need finds it, as in the widgets');
    const nothing = await getPage('hsds/services?text=zwemles');
    assert.deepEqual([nothing.total_items, nothing.empty], [0, true]);

    const terms = await getPage('hsds/taxonomy_terms');
    assert.equal(terms.total_items, 4);
    const lonely = terms.contents.find((term) => ourId(term) === 'need-eenzaamheid');
    assert.ok(lonely);
    const tagged = await getPage(`hsds/services?taxonomy_term_id=${String(lonely.id)}`);
    assert.deepEqual(tagged.contents.map(ourId), ['svc-maatje']);
    const both = await getPage(`hsds/services?taxonomy_term_id=${String(lonely.id)}&text=geldzorgen`);
    assert.equal(both.total_items, 0, 'the filters combine');
  });

  test('GET /hsds/services/{id} gives one full service; an unknown id is a 404 with a JSON reason', async () => {
    const { contents } = await getPage('hsds/services');
    const [first] = contents;
    assert.ok(first);
    const { response, body } = await getJson(`hsds/services/${String(first.id)}`);
    assert.equal(response.status, 200);
    assert.deepEqual(body, first);
    const missing = await getJson('hsds/services/00000000-0000-4000-8000-000000000000');
    assert.equal(missing.response.status, 404);
    assert.deepEqual(missing.body, { error: 'not found', detail: "no service with id '00000000-0000-4000-8000-000000000000'" });
    assert.equal(missing.response.headers.get('access-control-allow-origin'), '*');
    const endpoint = await getJson('hsds/organizations');
    assert.equal(endpoint.response.status, 404);
    assert.match(String(endpoint.body.detail), /^no such endpoint: \/hsds\/organizations; there are /);
  });

  test('a bad page or per_page is a 400 that says what is wrong', async () => {
    const cases: [string, string][] = [
      ['hsds/services?page=0', "page must be a whole number of at least 1, not '0'"],
      ['hsds/services?page=two', "page must be a whole number of at least 1, not 'two'"],
      ['hsds/services?per_page=501', "per_page must be a whole number from 1 to 500, not '501'"],
      ['hsds/taxonomy_terms?per_page=-1', "per_page must be a whole number from 1 to 500, not '-1'"],
    ];
    for (const [path, detail] of cases) {
      const { response, body } = await getJson(path);
      assert.equal(response.status, 400, path);
      assert.deepEqual(body, { error: 'bad request', detail }, path);
    }
  });

  test('answers 304 to a matching ETag, and br or gzip to a client that accepts it, each with its own ETag', async () => {
    const plain = await fetch(new URL('hsds/services', server.url), { headers: { 'Accept-Encoding': 'identity' } });
    const text = await plain.text();
    const etag = plain.headers.get('etag') ?? '';
    assert.equal(plain.headers.get('vary'), 'Accept-Encoding');
    const again = await fetch(new URL('hsds/services', server.url), { headers: { 'Accept-Encoding': 'identity', 'If-None-Match': etag } });
    assert.equal(again.status, 304);

    for (const [coding, decode] of [['br', brotliDecompressSync], ['gzip', gunzipSync]] as const) {
      // fetch() would decode the body itself; a raw request shows what was sent.
      const response = await rawGet('/hsds/services', { 'Accept-Encoding': coding });
      assert.equal(response.headers['content-encoding'], coding);
      assert.equal(decode(response.body).toString('utf8'), text);
      assert.notEqual(response.headers.etag, etag);
    }
  });

  test('answers from the feed as it is now: a rebuild shows at once', async () => {
    await build({ 'services/a.json': SERVICES_A.map((service) => ({ ...service, name: 'Schuldhulp nieuw' })) });
    const { contents } = await getPage('hsds/services');
    assert.ok(contents.some((service) => service.name === 'Schuldhulp nieuw'));
    await build();
  });

  test('is off by default: /hsds is then looked for as a file', async () => {
    const plain = await startServer({ root: feed, port: 0 });
    try {
      const response = await fetch(new URL('hsds/services', plain.url));
      assert.equal(response.status, 404);
      assert.deepEqual(await response.json(), { error: 'not found', path: '/hsds/services' });
    } finally {
      await plain.close();
    }
  });

  test('serve --hsds-api refuses a folder that is not a valid feed, in one line', { timeout: 60_000 }, async () => {
    const run = await runCli(['serve', work, '--port', '0', '--hsds-api']);
    assert.equal(run.code, 2);
    assert.match(run.stderr, /^wijkwijzer: --hsds-api serves a feed, and .* has no index\.json\n$/);
  });
});

/** A GET with node:http, which leaves the body as it was sent. */
async function rawGet(path: string, headers: Record<string, string>): Promise<{ headers: Record<string, string | string[] | undefined>; body: Buffer }> {
  const { request } = await import('node:http');
  return new Promise((resolveGet, rejectGet) => {
    const url = new URL(server.url);
    const outgoing = request({ host: url.hostname, port: url.port, path, headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => resolveGet({ headers: response.headers, body: Buffer.concat(chunks) }));
    });
    outgoing.on('error', rejectGet);
    outgoing.end();
  });
}

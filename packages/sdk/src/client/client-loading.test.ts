import assert from 'node:assert/strict';
import { describe, test } from 'node:test';
import { http, HttpResponse } from 'msw';
import { CONTRACT_VERSION } from '@wijkwijzer/schemas';
import {
  HttpStatusError,
  InvalidDatasetError,
  InvalidManifestError,
  InvalidOptionsError,
  UnsupportedContractError,
  isWijkwijzerError,
} from '../errors.js';
import { useFeedServer } from '../test-support/feed-server.js';
import { createClient } from './create-client.js';

const feed = useFeedServer();

const client = () => createClient({ feedUrl: feed.manifestUrl, retries: 0 });
const records = (name: string): Record<string, unknown>[] =>
  (feed.feed.datasets as Record<string, Record<string, unknown>[]>)[name] as Record<string, unknown>[];

describe('the manifest', () => {
  test('is validated and its dataset URLs made absolute', async () => {
    const manifest = await client().manifest();
    assert.equal(manifest.region.id, 'utrecht');
    assert.equal(manifest.datasets.services?.url, 'https://feed.test/utrecht/services.json');
  });

  test('dataset URLs resolve against the manifest, wherever they point', async () => {
    feed.feed.manifest.datasets.services = { ...feed.feed.manifest.datasets.services!, url: '../shared/services.json' };
    feed.server.use(http.get('https://feed.test/shared/services.json', () => HttpResponse.json(records('services'))));
    const services = await client().services.list();
    assert.equal(services.length, 3);
    assert.equal(feed.requests.at(-1)?.url, 'https://feed.test/shared/services.json');
  });

  test('missing (404) is an HttpStatusError that says to check the feed URL', async () => {
    feed.server.use(http.get(feed.manifestUrl, () => new HttpResponse('', { status: 404, statusText: 'Not Found' })));
    const error = await client().services.list().catch((e: unknown) => e);
    assert.ok(error instanceof HttpStatusError);
    assert.equal(error.status, 404);
    assert.match(error.message, /404 Not Found for https:\/\/feed\.test\/utrecht\/index\.json\. Check the feed URL/);
  });

  test('not JSON (an HTML page) is an InvalidManifestError', async () => {
    feed.server.use(http.get(feed.manifestUrl, () => HttpResponse.html('<!doctype html><title>Gemeente</title>')));
    const error = await client().manifest().catch((e: unknown) => e);
    assert.ok(error instanceof InvalidManifestError);
    assert.equal(error.code, 'invalid_manifest');
    assert.match(error.message, /is not JSON \(it starts with "<!doctype html>/);
    assert.match(error.message, /not to a web page/);
  });

  test('invalid: every missing field is listed', async () => {
    const { region: _region, license: _license, ...rest } = feed.feed.manifest;
    feed.server.use(http.get(feed.manifestUrl, () => HttpResponse.json(rest)));
    const error = await client().manifest().catch((e: unknown) => e);
    assert.ok(error instanceof InvalidManifestError);
    assert.deepEqual(
      error.issues.map((issue) => issue.path).sort(),
      ['license', 'region'],
    );
    assert.match(error.message, /region: expected object/);
    assert.match(error.message, /license: expected string/);
  });

  test('a newer major contract version is refused, naming both versions and the upgrade', async () => {
    feed.feed.manifest.contract_version = '2.0.0';
    const error = await client().services.list().catch((e: unknown) => e);
    assert.ok(error instanceof UnsupportedContractError);
    assert.equal(error.feedVersion, '2.0.0');
    assert.equal(error.supportedVersion, CONTRACT_VERSION);
    assert.match(error.message, /uses data contract 2\.0\.0/);
    assert.match(error.message, new RegExp(`reads contract 1\\.x \\(${CONTRACT_VERSION.replace(/\./g, '\\.')}\\)`));
    assert.match(error.message, /Upgrade @wijkwijzer\/sdk \(or the Wijkwijzer widget script tag\)/);
    assert.equal(feed.requestsFor('services.json').length, 0);
  });

  test('a newer minor version with unknown fields is read, extras kept', async () => {
    Object.assign(feed.feed.manifest, { contract_version: '1.7.0', mirror: 'https://mirror.test' });
    const manifest = await client().manifest();
    assert.equal((manifest as Record<string, unknown>)['mirror'], 'https://mirror.test');
  });
});

describe('datasets', () => {
  test('bad records are skipped and reported while the good ones load', async () => {
    const services = records('services');
    services.splice(1, 0, { id: 'kapot', organization_id: 'buurtteam-utrecht', name: 'Kapot', status: 'misschien' });
    services.push({ name: 'Zonder id', status: 'active' });
    services.push({ ...services[0], name: 'Dubbel' });

    const c = client();
    const list = await c.services.list();
    assert.deepEqual(
      list.map((service) => service.id),
      ['buurtteam-overvecht', 'schuldhulp-utrecht', 'beweegprogramma-gli'],
    );
    assert.equal((await c.services.get('buurtteam-overvecht'))?.name, 'Buurtteam Overvecht', 'the first of a duplicate id is kept');

    const report = c.report();
    assert.deepEqual(report.counts, {
      services: { loaded: 3, skipped: 3, skippedByPath: { status: 1, id: 2, organization_id: 1 } },
    });
    assert.equal(report.skippedTotal, 3);
    assert.deepEqual(report.skipped[0], {
      dataset: 'services',
      id: 'kapot',
      index: 1,
      issues: [{ path: 'status', message: 'expected one of "active", "inactive", "defunct", "temporarily closed"' }],
    });
    const withoutId = report.skipped[1];
    assert.equal(withoutId?.id, undefined);
    assert.equal(withoutId?.index, 4);
    assert.deepEqual(withoutId?.issues.map((issue) => issue.path).sort(), ['id', 'organization_id']);
    assert.deepEqual(report.skipped[2], {
      dataset: 'services',
      id: 'buurtteam-overvecht',
      index: 5,
      issues: [{ path: 'id', message: 'duplicate id: the record at index 0 has it too and is kept' }],
    });
    assert.equal(report.stale, false);
  });

  test('the { items: [...] } shape is accepted', async () => {
    feed.feed.datasets.areas = { items: records('areas'), total_items: 6 };
    assert.equal((await client().areas.list()).length, 6);
  });

  test('a dataset file that is not a list is an InvalidDatasetError', async () => {
    feed.feed.datasets.norms = { norms: [] };
    const error = await client().norms.list().catch((e: unknown) => e);
    assert.ok(error instanceof InvalidDatasetError);
    assert.equal(error.dataset, 'norms');
    assert.match(error.message, /The norms dataset at https:\/\/feed\.test\/utrecht\/norms\.json is not a list of records/);
  });

  test('a dataset file that is not JSON is an InvalidDatasetError', async () => {
    feed.server.use(http.get(`${feed.baseUrl}taxonomy.json`, () => HttpResponse.text('schulden;geldzorgen')));
    const error = await client().taxonomy.list().catch((e: unknown) => e);
    assert.ok(error instanceof InvalidDatasetError);
    assert.match(error.message, /is not JSON \(it starts with "schulden;geldzorgen"\)/);
  });

  test('a dataset the feed does not publish is empty, without a request', async () => {
    delete feed.feed.manifest.datasets.norms;
    const c = client();
    assert.deepEqual(await c.norms.list(), []);
    assert.equal(await c.norms.get('treeknorm-aanmelding'), undefined);
    assert.equal(feed.requestsFor('norms.json').length, 0);
  });

  test('records are shared read-only arrays', async () => {
    const list = await client().services.list();
    assert.ok(Object.isFrozen(list));
  });
});

describe('resources', () => {
  test('areas: get, descendants and ancestors over many-to-many parents', async () => {
    const c = client();
    assert.equal((await c.areas.get('overvecht'))?.kind, 'wijk');
    assert.equal(await c.areas.get('nergens'), undefined);
    const ids = async (list: Promise<{ id: string }[]>) => (await list).map((area) => area.id);
    assert.deepEqual(await ids(c.areas.descendants('utrecht')), ['overvecht', 'zuilen', 'tigelaar']);
    assert.deepEqual(await ids(c.areas.ancestors('tigelaar')), ['overvecht', 'werkgebied-noord', 'utrecht', 'regio-utrecht']);
    assert.deepEqual(await ids(c.areas.descendants('nergens')), []);
  });

  test('areas: a cycle in parent links does not loop', async () => {
    const areas = records('areas');
    (areas[0] as { parent_ids?: string[] }).parent_ids = ['tigelaar'];
    const c = client();
    const ids = (await c.areas.descendants('tigelaar')).map((area) => area.id);
    assert.deepEqual(ids, ['regio-utrecht', 'utrecht', 'werkgebied-noord', 'overvecht', 'zuilen']);
    assert.ok(!(await c.areas.ancestors('tigelaar')).some((area) => area.id === 'tigelaar'));
  });

  test('taxonomy: filtered by kind', async () => {
    const needs = await client().taxonomy.list({ kind: 'need' });
    assert.deepEqual(needs.map((term) => term.id), ['schulden', 'eenzaamheid', 'gezond-gewicht']);
  });

  test('organizations.get', async () => {
    assert.equal((await client().organizations.get('huisartsen-noord'))?.name, 'Huisartsen Noord');
  });

  test('pathways.get resolves linked services, per step too; unknown ids are left out', async () => {
    const pathway = await client().pathways.get('gli');
    assert.ok(pathway);
    assert.deepEqual(pathway.services.map((service) => service.id), ['beweegprogramma-gli', 'buurtteam-overvecht']);
    assert.deepEqual(pathway.steps[0]?.services.map((service) => service.name), ['Gecombineerde leefstijlinterventie']);
    assert.deepEqual(pathway.steps[1]?.services.map((service) => service.id), ['buurtteam-overvecht']);
    assert.deepEqual(pathway.steps[1]?.service_ids, ['buurtteam-overvecht', 'bestaat-niet'], 'the ids stay as published');
    assert.equal(await client().pathways.get('bestaat-niet'), undefined);
  });

  test('pathways.get still answers when the services dataset cannot be loaded', async () => {
    feed.server.use(http.get(`${feed.baseUrl}services.json`, () => new HttpResponse(null, { status: 404 })));
    const c = client();
    const pathway = await c.pathways.get('gli');
    assert.deepEqual(pathway?.services, []);
    assert.ok(c.report().lastError instanceof HttpStatusError);
  });
});

describe('createClient options', () => {
  test('an unusable feedUrl is refused at once with an example', () => {
    assert.throws(() => createClient({ feedUrl: 'feed/index.json' }), (error: unknown) => {
      assert.ok(error instanceof InvalidOptionsError);
      assert.ok(isWijkwijzerError(error));
      assert.match(error.message, /is not a URL.*https:\/\/data\.example\.nl\/feed\/index\.json/);
      return true;
    });
    assert.throws(() => createClient({ feedUrl: 'ftp://feed.test/index.json' }), InvalidOptionsError);
    assert.throws(() => createClient({ feedUrl: feed.manifestUrl, timeoutMs: 0 }), /timeoutMs must be a number of at least 1/);
  });

  test('feedUrl is exposed absolute, a folder meaning its index.json', () => {
    assert.equal(createClient({ feedUrl: feed.baseUrl }).feedUrl, feed.manifestUrl);
  });
});

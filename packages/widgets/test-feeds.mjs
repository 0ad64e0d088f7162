// Feeds for the browser tests, written before the runner starts and served by it
// as static files (loopback only): the sample region, a large synthetic region,
// copies of the sample with hostile text in it or with services that offer one way
// in. A middleware answers for feeds that are down or slow. Test code finds them
// through src/test-support/feeds.ts.
import { mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import { fileURLToPath } from 'node:url';
import { buildFeed, writeFeed } from '@wijkwijzer/cli';
import { generateSyntheticFeed, SYNTHETIC_REGION } from '@wijkwijzer/cli/synthetic';
import { partitionedFeedFiles } from '../sdk/dist/test-support/partitioned-fixture.js';

const here = new URL('./', import.meta.url);
const outRoot = new URL('test-feeds/', here);
const sampleSource = fileURLToPath(new URL('../../data/regio-utrecht/', here));

/** Text that must render as text, never as markup or a script. */
export const XSS_NAME = '<img src=x onerror="window.__xss=1">Buurtcentrum <b>Test</b>';

async function buildSample(outDir) {
  const result = await buildFeed({ sourceDir: sampleSource, outDir });
  if (!result.ok) throw new Error(`the sample feed does not build: ${JSON.stringify(result.findings[0])}`);
}

/** Writes `datasets` as a feed in `outDir`, with the sample's region, publisher and licence (still sample data). */
async function writeSampleVariant(sampleDir, outDir, datasets) {
  const manifest = JSON.parse(await readFile(new URL('index.json', sampleDir), 'utf8'));
  await writeFeed({
    outDir: fileURLToPath(outDir),
    meta: { region: manifest.region, publisher: manifest.publisher, license: manifest.license, sample: true },
    generatedAt: manifest.generated_at,
    datasets,
  });
}

async function buildHostile(sampleDir, outDir) {
  const services = JSON.parse(await readFile(new URL('services.json', sampleDir), 'utf8'));
  services[0] = { ...services[0], name: XSS_NAME, summary_b1: '<script>window.__xss=2</script>Gewone tekst.' };
  const datasets = {};
  for (const name of ['areas', 'organizations', 'pathways', 'availability', 'norms', 'taxonomy']) {
    datasets[name] = JSON.parse(await readFile(new URL(`${name}.json`, sampleDir), 'utf8'));
  }
  await writeSampleVariant(sampleDir, outDir, { ...datasets, services });
}

/**
 * For <ketenaanpak-uitleg> and <wachttijd-badge>: hostile text in welzijn-op-recept (name,
 * summary, first step, Utrecht's implementation note) and in the source of Altrecht's waiting times.
 */
async function buildHostilePathway(sampleDir, outDir) {
  const read = async (name) => JSON.parse(await readFile(new URL(`${name}.json`, sampleDir), 'utf8'));
  const datasets = {};
  for (const name of ['areas', 'organizations', 'services', 'norms', 'taxonomy']) datasets[name] = await read(name);
  datasets.pathways = (await read('pathways')).map((pathway) => {
    if (pathway.id !== 'welzijn-op-recept') return pathway;
    const steps = pathway.steps.map((step, index) => (index === 0 ? { ...step, title: XSS_NAME } : step));
    const implementation = pathway.implementation.map((row) => (row.area_id === 'gm-utrecht' ? { ...row, note: XSS_NAME } : row));
    return { ...pathway, name: XSS_NAME, summary_b1: '<script>window.__xss=3</script>Gewone tekst.', steps, implementation };
  });
  const availability = await read('availability');
  const target = 'altrecht-specialistische-ggz';
  datasets.availability = availability.map((observation) =>
    observation.service_id === target ? { ...observation, source: { ...observation.source, name: XSS_NAME } } : observation,
  );
  await writeSampleVariant(sampleDir, outDir, datasets);
}

/**
 * The sample with two services in Zeist that can each be reached one way only: `alleen-bellen` by
 * phone (in languages browsers may not name), `alleen-langsgaan` at an address to walk in to. The
 * sample's online-only services have a website and an e-mail address and no phone.
 */
async function buildContactWays(sampleDir, outDir) {
  const read = async (name) => JSON.parse(await readFile(new URL(`${name}.json`, sampleDir), 'utf8'));
  const datasets = {};
  for (const name of ['areas', 'organizations', 'pathways', 'availability', 'norms', 'taxonomy']) datasets[name] = await read(name);
  const inZeist = { organization_id: 'org-gemeente-zeist', status: 'active', needs: ['need-eenzaamheid'], service_areas: [{ area_id: 'gm-zeist', name: 'Zeist' }] };
  const languages = ['nl', 'rif', 'ber', 'prs', 'ti', 'so', 'apc', 'ajp'].map((code) => ({ code }));
  const address = { address_1: 'Voorbeeldlaan 9', city: 'Zeist', postal_code: '3701 AA', country: 'NL' };
  datasets.services = [
    ...(await read('services')),
    { ...inZeist, id: 'alleen-bellen', name: 'Belvriend Zeist', phones: [{ number: '0343 00 10 99' }], languages },
    { ...inZeist, id: 'alleen-langsgaan', name: 'Inloophuis Zeist', service_at_locations: [{ location: { name: 'Inloophuis', addresses: [address] } }] },
  ];
  await writeSampleVariant(sampleDir, outDir, datasets);
}

/**
 * The sample with services whose waiting times show each state of contract 1.2 (see
 * src/test-support/feeds.ts for what each one is for). Explicit observations of its own, so the
 * badge's tests do not move with the sample's figures. Still sample data, and said so.
 */
async function buildWaitingTimes(sampleDir, outDir) {
  const read = async (name) => JSON.parse(await readFile(new URL(`${name}.json`, sampleDir), 'utf8'));
  const datasets = {};
  for (const name of ['areas', 'organizations', 'pathways', 'taxonomy']) datasets[name] = await read(name);
  // An organisation of its own: made-up figures are not put on a real organisation's name.
  const organization_id = 'org-wt-voorbeeldzorg';
  datasets.organizations = [...datasets.organizations, {
    id: organization_id,
    name: 'Voorbeeldzorg (verzonnen)',
    description: 'Een verzonnen aanbieder voor de tests van wachttijden; geen echte organisatie.',
  }];
  const address = (street, postal_code) => ({ address_1: street, city: 'Utrecht', postal_code, country: 'NL' });
  const service = (id, name, extra = {}) => ({
    id,
    organization_id,
    name,
    status: 'active',
    needs: ['need-somberheid'],
    phones: [{ number: '030 000 99 00' }],
    service_areas: [{ area_id: 'gm-utrecht', name: 'Utrecht' }],
    ...extra,
  });
  const places = [
    { id: 'wt-plek-noord', location: { id: 'wt-loc-noord', name: 'Locatie Noord', addresses: [address('Voorbeeldweg 1', '3563 AA')] } },
    { id: 'wt-plek-zuid', location: { id: 'wt-loc-zuid', name: 'Locatie Zuid', addresses: [address('Voorbeeldweg 2', '3526 AA')] } },
  ];
  datasets.services = [
    ...(await read('services')),
    service('wt-volgende-plek', 'Voorbeeldpraktijk volgende vrije plek'),
    service('wt-gemiddeld', 'Voorbeeldpraktijk gemiddeld gewacht'),
    service('wt-mediaan', 'Voorbeeldpraktijk mediaan'),
    service('wt-schatting', 'Voorbeeldpraktijk schatting'),
    service('wt-groepen', 'Voorbeeld-ggz per klacht'),
    service('wt-twee-plekken', 'Voorbeeld-ggz op twee plekken', { service_at_locations: places }),
    service('wt-doel-en-maximum', 'Voorbeeldkliniek doel en maximum'),
    service('wt-boven-norm', 'Voorbeeld-ggz boven de norm'),
    service('wt-huisarts', 'Voorbeeldhuisarts werkdagen'),
  ];
  const norm = (id, name, sector, extra) => ({
    id,
    name,
    sector,
    metric: 'aanmeldwachttijd',
    unit: 'weken',
    version: 'test',
    source: { name: 'Voorbeeldnorm (niet echt)' },
    ...extra,
  });
  datasets.norms = [
    ...(await read('norms')),
    norm('wt-norm-ggz', 'Voorbeeldnorm ggz-aanmelding', 'ggz', { max_value: 4 }),
    norm('wt-norm-doel-en-maximum', 'Voorbeeldnorm met doel en maximum', 'msz', { target: { share_percent: 80, value: 3 }, max_value: 4 }),
    norm('wt-norm-huisarts', 'Voorbeeldnorm huisarts', 'huisarts', { target: { share_percent: 80, value: 2 }, max_value: 3, unit: 'werkdagen' }),
  ];
  const source = { name: 'Voorbeeldbron wachttijden (niet echt)' };
  const figure = (id, service_id, value, extra = {}) => ({
    id,
    service_id,
    metric: 'aanmeldwachttijd',
    value,
    unit: 'weken',
    norm_id: 'wt-norm-ggz',
    reference_date: '2026-11-16',
    refresh_interval_days: 30,
    source,
    ...extra,
  });
  datasets.availability = [
    ...(await read('availability')),
    figure('wt-volgende-plek', 'wt-volgende-plek', 5, { method: 'derde-vrije-plek', norm_id: undefined }),
    figure('wt-gemiddeld', 'wt-gemiddeld', 7, { method: 'gemiddelde-gerealiseerd', period_months: 2, norm_id: undefined }),
    figure('wt-mediaan', 'wt-mediaan', 6, { method: 'mediaan', period_months: 3, norm_id: undefined }),
    figure('wt-schatting', 'wt-schatting', 2, { method: 'schatting', norm_id: undefined }),
    figure('wt-groep-angst', 'wt-groepen', 3, { diagnosis_group: 'angst', method: 'derde-vrije-plek' }),
    figure('wt-groep-depressie', 'wt-groepen', 5, { diagnosis_group: 'depressie', method: 'derde-vrije-plek' }),
    figure('wt-groep-trauma', 'wt-groepen', 9, { diagnosis_group: 'trauma', method: 'derde-vrije-plek' }),
    figure('wt-noord', 'wt-twee-plekken', 2, { location_id: 'wt-loc-noord', method: 'derde-vrije-plek' }),
    figure('wt-zuid', 'wt-twee-plekken', 8, { location_id: 'wt-loc-zuid', method: 'derde-vrije-plek' }),
    figure('wt-overal', 'wt-twee-plekken', 6, { metric: 'behandelwachttijd', norm_id: undefined, method: 'schatting' }),
    figure('wt-doel-en-maximum', 'wt-doel-en-maximum', 24, { unit: 'dagen', norm_id: 'wt-norm-doel-en-maximum', method: 'derde-vrije-plek' }),
    figure('wt-boven-norm', 'wt-boven-norm', 12, { method: 'gemiddelde-gerealiseerd', period_months: 2, range: { median: 10, p90: 16 } }),
    figure('wt-huisarts', 'wt-huisarts', 2, { unit: 'werkdagen', norm_id: 'wt-norm-huisarts', method: 'derde-vrije-plek', refresh_interval_days: 7 }),
  ].map((observation) => JSON.parse(JSON.stringify(observation)));
  await writeSampleVariant(sampleDir, outDir, datasets);
}

/** The SDK's small hand-written feed in parts (contract 1.1): each test knows where every service lives. */
async function writePartitioned(outDir) {
  for (const [path, body] of await partitionedFeedFiles()) {
    const file = new URL(path, outDir);
    await mkdir(new URL('./', file), { recursive: true });
    await writeFile(file, body);
  }
}

async function buildSynthetic(count, outDir) {
  await writeFeed({
    outDir: fileURLToPath(outDir),
    meta: SYNTHETIC_REGION,
    generatedAt: '2026-11-01T00:00:00Z',
    datasets: generateSyntheticFeed({ services: count, seed: 7 }),
  });
}

export async function writeTestFeeds() {
  await rm(outRoot, { recursive: true, force: true });
  await mkdir(outRoot, { recursive: true });
  const sample = new URL('sample/', outRoot);
  await buildSample(fileURLToPath(sample));
  await buildHostile(sample, new URL('hostile/', outRoot));
  await buildHostilePathway(sample, new URL('hostile-pathway/', outRoot));
  await buildContactWays(sample, new URL('contact-ways/', outRoot));
  await buildWaitingTimes(sample, new URL('waiting-times/', outRoot));
  await buildSynthetic(5000, new URL('synthetic-5000/', outRoot));
  await writePartitioned(new URL('partitioned/', outRoot));
}

/**
 * `/test-feeds/down/...` answers 503 (a feed that is down); `/test-feeds/slow/<ms>/<feed>/...`
 * serves a real feed after a delay, so a test can see the loading state. `/slow/<ms>/<path>`
 * serves any other file after a delay (the CDN build, to see what its loader asks for at once).
 */
export function feedFailureMiddleware() {
  return async (context, next) => {
    const down = context.path.match(/\/test-feeds\/down\//);
    if (down) {
      context.status = 503;
      context.body = 'feed unavailable';
      return;
    }
    if (/\/test-feeds\/invalid\//.test(context.path)) {
      context.status = 200;
      context.type = 'application/json';
      context.body = '{"contract": "not a Wijkwijzer manifest"}';
      return;
    }
    const slow = context.path.match(/^(.*\/test-feeds\/)slow\/(\d+)\/(.*)$/) ?? context.path.match(/^()\/slow\/(\d+)(\/.*)$/);
    if (slow) {
      await new Promise((resolve) => setTimeout(resolve, Number(slow[2])));
      context.path = `${slow[1]}${slow[3]}`;
    }
    await next();
  };
}

/**
 * A second feed host on another loopback port, so another origin: it serves the sample
 * feed (with CORS) and counts every request it gets. The widgets must not ask it
 * anything unless `allowed-origins` lists it.
 */
export function startForeignFeedServer() {
  return countingServer(async (request, response) => {
    // A dataset, or a file of the feed's parts (contract 1.1): `services/gm-utrecht.3f2a9c1b.json`, `areas/…`, `details/3f2a9c1b/0.json`.
    const file = /^\/sample\/((?:(?:services|availability|areas)\/|details\/[0-9a-f]{8}\/)?[a-z0-9-]+(?:\.[A-Za-z0-9]{8})?\.json)$/.exec(request.url ?? '')?.[1];
    const body = file ? await readFile(new URL(`sample/${file}`, outRoot)).catch(() => undefined) : undefined;
    response.writeHead(body ? 200 : 404, { 'content-type': 'application/json', 'access-control-allow-origin': '*' });
    response.end(body ?? '');
  });
}

/** A server on a free loopback port (another origin) that counts every request it gets: `{ origin, requests }`. */
async function countingServer(handle) {
  const state = { requests: 0, origin: '' };
  const server = createServer((request, response) => {
    state.requests += 1;
    return handle(request, response);
  });
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve));
  server.unref();
  state.origin = `http://127.0.0.1:${server.address().port}`;
  return state;
}

/**
 * Routes about the second host, on the main test server:
 * `/test-feeds/foreign/state` gives its origin and request count;
 * `/test-feeds/foreign/datasets/index.json` is the sample manifest with every dataset on it;
 * `/test-feeds/foreign/redirect/index.json` redirects to its copy of the manifest.
 */
export function foreignOriginMiddleware(foreign) {
  return async (context, next) => {
    const route = /\/test-feeds\/foreign\/(state|datasets\/index\.json|redirect\/index\.json)$/.exec(context.path)?.[1];
    if (route === 'state') {
      context.body = { origin: foreign.origin, requests: foreign.requests };
    } else if (route === 'redirect/index.json') {
      context.redirect(`${foreign.origin}/sample/index.json`);
    } else if (route === 'datasets/index.json') {
      const manifest = JSON.parse(await readFile(new URL('sample/index.json', outRoot), 'utf8'));
      const { services = [], availability = [], areas = [], details } = manifest.partitions ?? {};
      for (const link of [...Object.values(manifest.datasets), ...services, ...availability, ...areas, ...(details ? [details] : [])]) {
        link.url = `${foreign.origin}/sample/${link.url}`;
      }
      context.body = manifest;
    } else {
      await next();
    }
  };
}

/**
 * A tile server on another loopback port, as a web team's `tiles` would name one (PDOK's
 * BRT-Achtergrondkaart, say): `/tiles/{z}/{x}/{y}.svg` is a light square with its grid line and
 * address, and every request is counted. Without `tiles` on the finder it must get none.
 */
export function startTileServer() {
  return countingServer((request, response) => {
    const tile = /^\/tiles\/(\d+)\/(\d+)\/(\d+)\.svg$/.exec(request.url ?? '');
    if (!tile) {
      response.writeHead(404).end();
      return;
    }
    const [, z, x, y] = tile;
    const shade = (Number(x) + Number(y)) % 2 ? '#eef1ea' : '#e6ebe2';
    response.writeHead(200, { 'content-type': 'image/svg+xml', 'cache-control': 'no-store' });
    response.end(
      `<svg xmlns="http://www.w3.org/2000/svg" width="256" height="256"><rect width="256" height="256" fill="${shade}" stroke="#c5cdbf"/>` +
        `<path d="M0 160 C80 120 170 200 256 150" stroke="#9cc3dc" stroke-width="10" fill="none"/>` +
        `<text x="8" y="20" font-family="sans-serif" font-size="12" fill="#6b7566">${z}/${x}/${y}</text></svg>`,
    );
  });
}

/**
 * Routes about the tile server, on the main test server: `/test-feeds/tiles/state` gives its origin
 * and request count; `/packages/widgets/test-pages/tiles-csp.html` is the strict-CSP page with the
 * tile host in `img-src`, as docs/web-teams.md tells a web team to allow it, loading the finder's
 * CDN entry (so its map chunk) rather than the one-file bundle.
 */
export function tileServerMiddleware(tiles) {
  return async (context, next) => {
    if (context.path.endsWith('/test-feeds/tiles/state')) {
      context.body = { origin: tiles.origin, requests: tiles.requests };
    } else if (context.path === '/packages/widgets/test-pages/tiles-csp.html') {
      const page = await readFile(new URL('test-pages/strict-csp.html', here), 'utf8');
      context.type = 'html';
      context.body = page.replace("img-src 'self' data:", `img-src 'self' data: ${tiles.origin}`).replace('../dist/cdn/wijkwijzer.js', '../dist/cdn/sociale-kaart.js');
    } else {
      await next();
    }
  };
}

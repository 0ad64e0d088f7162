import type { DatasetName, DatasetRecordTypes, Manifest } from '@wijkwijzer/schemas';

/**
 * A small, valid, made-up feed for tests: every record passes the contract. Kept apart
 * from the sample feed in data/ so tests do not change when the sample data does.
 * Plain data and no Node built-ins: browser tests may use it too.
 */

export const FIXTURE_BASE_URL = 'https://feed.test/utrecht/';
export const FIXTURE_MANIFEST_URL = `${FIXTURE_BASE_URL}index.json`;

/** The body of every file of a feed: the manifest and each dataset as served. */
export interface FeedFixture {
  manifest: Manifest;
  /** A dataset's body: normally an array, but tests put anything here (invalid JSON shapes). */
  datasets: { [D in DatasetName]?: unknown };
}

/** A hash the test feed server replaces, with the count, by those of the file it serves. */
export const AUTO_HASH = `sha256-${'A'.repeat(43)}=`;

type Records = { [D in DatasetName]: DatasetRecordTypes[D][] };

function records(): Records {
  return {
    areas: [
      { id: 'regio-utrecht', name: 'Regio Utrecht', kind: 'regio' },
      { id: 'utrecht', name: 'Utrecht', kind: 'gemeente', parent_ids: ['regio-utrecht'], cbs_code: 'GM0344' },
      { id: 'overvecht', name: 'Overvecht', kind: 'wijk', parent_ids: ['utrecht'], cbs_code: 'WK034401' },
      { id: 'zuilen', name: 'Zuilen', kind: 'wijk', parent_ids: ['utrecht'] },
      // Many-to-many: Tigelaar lies in Overvecht and in a GP organisation's area.
      { id: 'werkgebied-noord', name: 'Werkgebied Noord', kind: 'werkgebied', parent_ids: ['regio-utrecht'] },
      { id: 'tigelaar', name: 'Tigelaar', kind: 'buurt', parent_ids: ['overvecht', 'werkgebied-noord'] },
    ],
    organizations: [
      { id: 'buurtteam-utrecht', name: 'Buurtteam Utrecht', description: 'Gratis hulp bij vragen over geld, zorg en gezin.' },
      { id: 'huisartsen-noord', name: 'Huisartsen Noord', description: 'Huisartsenpraktijken in Utrecht Noord.' },
    ],
    services: [
      {
        id: 'buurtteam-overvecht',
        organization_id: 'buurtteam-utrecht',
        name: 'Buurtteam Overvecht',
        summary_b1: 'Hulp bij geldzorgen, eenzaamheid en opvoeden. Gratis.',
        status: 'active',
        route_step: 'samen',
        needs: ['schulden', 'eenzaamheid'],
        target_groups: ['volwassenen'],
        audience: 'beide',
        referral: 'geen',
        cost: 'gratis',
        phones: [{ number: '030 123 4567' }],
        service_areas: [{ area_id: 'overvecht' }],
      },
      {
        id: 'schuldhulp-utrecht',
        organization_id: 'buurtteam-utrecht',
        name: 'Schuldhulpverlening Utrecht',
        status: 'active',
        route_step: 'formeel',
        needs: ['schulden'],
        audience: 'inwoner',
        referral: 'buurtteam',
        cost: 'gratis',
        service_areas: [{ area_id: 'utrecht' }],
      },
      {
        id: 'beweegprogramma-gli',
        organization_id: 'huisartsen-noord',
        name: 'Gecombineerde leefstijlinterventie',
        status: 'active',
        route_step: 'formeel',
        needs: ['gezond-gewicht'],
        audience: 'inwoner',
        referral: 'huisarts',
        cost: 'verzekerd',
        service_areas: [{ area_id: 'regio-utrecht' }],
      },
    ],
    pathways: [
      {
        id: 'gli',
        name: 'Gecombineerde leefstijlinterventie',
        aim: 'Gezonder leven en een gezond gewicht.',
        summary_b1: 'Twee jaar begeleiding bij gezond eten en bewegen.',
        target_group: 'Volwassenen met overgewicht',
        steps: [
          {
            id: 'verwijzing',
            title: 'Verwijzing',
            description_b1: 'Uw huisarts kijkt of het programma bij u past.',
            roles: [{ role: 'huisarts', organization_ids: ['huisartsen-noord'] }],
            service_ids: ['beweegprogramma-gli'],
          },
          {
            id: 'hulp-bij-geld',
            title: 'Hulp bij geld',
            description_b1: 'Heeft u geldzorgen? Het buurtteam helpt.',
            roles: [{ role: 'buurtteam' }],
            service_ids: ['buurtteam-overvecht', 'bestaat-niet'],
          },
        ],
        entry_points: [{ kind: 'huisarts', description: 'Via uw huisarts.' }],
        service_ids: ['beweegprogramma-gli'],
        sources: [{ title: 'Regioplan Midden-Nederland' }],
        last_reviewed: '2026-10-01',
      },
    ],
    availability: [
      {
        id: 'wacht-schuldhulp',
        service_id: 'schuldhulp-utrecht',
        metric: 'aanmeldwachttijd',
        value: 3,
        unit: 'weken',
        norm_id: 'treeknorm-aanmelding',
        reference_date: '2026-11-01',
        refresh_interval_days: 30,
        source: { name: 'Gemeente Utrecht' },
      },
      {
        id: 'stop-gli',
        service_id: 'beweegprogramma-gli',
        metric: 'patientenstop',
        value: false,
        reference_date: '2026-11-01',
        refresh_interval_days: 7,
        source: { name: 'Huisartsen Noord' },
      },
    ],
    norms: [
      {
        id: 'treeknorm-aanmelding',
        name: 'Treeknorm aanmeldwachttijd',
        sector: 'ggz',
        metric: 'aanmeldwachttijd',
        max_value: 4,
        unit: 'weken',
        version: '2024',
        source: { name: 'Treeknormen' },
      },
    ],
    taxonomy: [
      { id: 'geld', name: 'Geld', kind: 'life-domain' },
      { id: 'schulden', name: 'Schulden', kind: 'need', life_domain_id: 'geld', synonyms: ['geldzorgen', 'rood staan'] },
      { id: 'eenzaamheid', name: 'Eenzaamheid', kind: 'need', synonyms: ['eenzaam', 'alleen'] },
      { id: 'gezond-gewicht', name: 'Gezond gewicht', kind: 'need' },
      { id: 'volwassenen', name: 'Volwassenen', kind: 'target-group' },
    ],
    postcodes: [
      { id: '3563', centroid: { latitude: 52.117, longitude: 5.113 }, area_ids: ['overvecht', 'utrecht'] },
      { id: '3551', centroid: { latitude: 52.112, longitude: 5.094 }, area_ids: ['zuilen', 'utrecht'] },
    ],
  };
}

/** A fresh copy of the fixture feed; change it freely in a test. */
export function feedFixture(): FeedFixture {
  const data = records();
  const datasets: Manifest['datasets'] = {};
  for (const name of Object.keys(data) as DatasetName[]) {
    datasets[name] = { url: `${name}.json`, count: data[name].length, hash: AUTO_HASH };
  }
  return {
    manifest: {
      contract_version: '1.0.0',
      region: { id: 'utrecht', name: 'Regio Utrecht (test)' },
      publisher: { name: 'Wijkwijzer tests', url: 'https://feed.test' },
      license: 'CC0-1.0',
      generated_at: '2026-11-22T10:00:00Z',
      sample: true,
      datasets,
    },
    datasets: data,
  };
}

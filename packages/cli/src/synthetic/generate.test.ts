import { createHash } from 'node:crypto';
import { describe, test } from 'node:test';
import assert from 'node:assert/strict';
import { DATASET_NAMES, findDanglingReferences, validateRecord } from '@wijkwijzer/schemas';
import { SYNTHETIC_REGION, generateSyntheticFeed, mulberry32, type SyntheticFeed } from './generate.js';

function allInvalid(feed: SyntheticFeed): string[] {
  const problems: string[] = [];
  for (const dataset of DATASET_NAMES) {
    for (const record of feed[dataset] ?? []) {
      const result = validateRecord(dataset, record);
      if (!result.ok) problems.push(`${dataset}/${record.id}: ${JSON.stringify(result.issues)}`);
    }
  }
  return problems;
}

test('mulberry32 is deterministic and stays in [0, 1)', () => {
  const a = mulberry32(7);
  const b = mulberry32(7);
  for (let index = 0; index < 1000; index += 1) {
    const value = a();
    assert.equal(value, b());
    assert.ok(value >= 0 && value < 1);
  }
});

test('the same seed gives a deep-equal feed', () => {
  assert.deepEqual(generateSyntheticFeed({ services: 300, seed: 42 }), generateSyntheticFeed({ services: 300, seed: 42 }));
  assert.deepEqual(generateSyntheticFeed({ services: 50 }), generateSyntheticFeed({ services: 50, seed: 1 }));
});

test('a different seed gives a different feed', () => {
  const a = generateSyntheticFeed({ services: 100, seed: 1 });
  const b = generateSyntheticFeed({ services: 100, seed: 2 });
  assert.notDeepEqual(a.services, b.services);
});

test('generates exactly the requested number of services, with unique ids everywhere', () => {
  for (const count of [0, 1, 37, 1000]) {
    const feed = generateSyntheticFeed({ services: count, seed: count });
    assert.equal(feed.services.length, count);
    assert.ok(feed.areas.length > 0 && feed.organizations.length > 0 && feed.taxonomy.length > 0 && feed.norms.length > 0);
    for (const dataset of DATASET_NAMES) {
      const ids = (feed[dataset] ?? []).map((record) => record.id);
      assert.equal(new Set(ids).size, ids.length, `duplicate id in ${dataset}`);
    }
  }
});

test('every generated record passes validateRecord and every link resolves', () => {
  for (const seed of [1, 2, 3]) {
    const feed = generateSyntheticFeed({ services: 1500, seed });
    assert.deepEqual(allInvalid(feed), []);
    assert.deepEqual(findDanglingReferences(feed), []);
  }
});

test('covers every route step, availability metric and audience', () => {
  const feed = generateSyntheticFeed({ services: 2000, seed: 9 });
  assert.deepEqual(new Set(feed.services.map((service) => service.route_step)), new Set(['zelf', 'samen', 'peers', 'informeel', 'formeel']));
  assert.deepEqual(new Set(feed.services.map((service) => service.audience)), new Set(['inwoner', 'beide', 'professional']));
  assert.deepEqual(
    new Set(feed.availability.map((observation) => observation.metric)),
    new Set(['aanmeldwachttijd', 'behandelwachttijd', 'beschikbare-plekken', 'patientenstop', 'bereikbaarheid']),
  );
});

test('names are Dutch compounds that search must split', () => {
  const names = generateSyntheticFeed({ services: 2000, seed: 3 }).services.map((service) => service.name);
  for (const word of ['Mantelzorgondersteuning', 'Schuldhulp', 'Huisartsenpost', 'Maatjesproject', 'Beweeggroep']) {
    assert.ok(names.some((name) => name.startsWith(`${word} `)), `no service named ${word} …`);
  }
});

test('is never presented as real data', () => {
  assert.equal(SYNTHETIC_REGION.region.id, 'synthetic');
  assert.equal(SYNTHETIC_REGION.sample, true);
  const feed = generateSyntheticFeed({ services: 500, seed: 5 });
  for (const service of feed.services) {
    for (const phone of service.phones ?? []) assert.match(phone.number, /^0\d{2} 0/, 'subscriber part must start with 0');
    assert.ok(service.url?.startsWith('https://example.org/'));
    assert.ok(service.email?.endsWith('.example'));
  }
});

test('refuses a bad service count', () => {
  assert.throws(() => generateSyntheticFeed({ services: -1 }), RangeError);
  assert.throws(() => generateSyntheticFeed({ services: 1.5 }), RangeError);
});

describe('the national layout (gemeenten given)', () => {
  const feed = generateSyntheticFeed({ services: 20_000, gemeenten: 120, seed: 4 });
  const byId = new Map(feed.areas.map((area) => [area.id, area]));
  /** The gemeente an area lies in, or undefined for a subregio or the region. */
  const gemeenteOf = (areaId: string): string | undefined => {
    const area = byId.get(areaId);
    if (!area || area.kind === 'regio' || area.kind === 'subregio') return undefined;
    return area.kind === 'gemeente' ? area.id : gemeenteOf(area.parent_ids?.[0] ?? '');
  };

  test('has exactly that many gemeenten, each with its own name', () => {
    const gemeenten = feed.areas.filter((area) => area.kind === 'gemeente');
    assert.equal(gemeenten.length, 120);
    assert.equal(new Set(gemeenten.map((area) => area.name)).size, 120);
  });

  test('spreads services like people: a few big cities, many small gemeenten', () => {
    const counts = new Map<string, number>();
    for (const service of feed.services) {
      const gemeente = gemeenteOf(service.service_areas?.[0]?.area_id ?? '');
      if (gemeente) counts.set(gemeente, (counts.get(gemeente) ?? 0) + 1);
    }
    const sorted = [...counts.values()].sort((a, b) => b - a);
    const median = sorted[Math.floor(sorted.length / 2)] ?? 0;
    assert.equal(sorted.length, 120, 'every gemeente has services');
    assert.ok((sorted[0] ?? 0) > 10 * median, `largest ${sorted[0]} against median ${median}`);
  });

  test('has regio\'s between the country and its subregio\'s, about one per 14 gemeenten', () => {
    const regios = feed.areas.filter((area) => area.kind === 'regio' && area.id !== 'synthetic');
    assert.equal(regios.length, 8);
    for (const regio of regios) assert.deepEqual(regio.parent_ids, ['synthetic']);
    const subregios = feed.areas.filter((area) => area.kind === 'subregio');
    for (const subregio of subregios) assert.ok(regios.some((regio) => regio.id === subregio.parent_ids?.[0]), subregio.id);
    for (const regio of regios) assert.ok(subregios.some((subregio) => subregio.parent_ids?.[0] === regio.id), `${regio.id} has no subregio`);
    assert.equal(new Set(regios.map((regio) => regio.name)).size, regios.length, 'each regio has its own name');
  });

  test('has services for a whole subregio, for a regio, and a few for the whole country', () => {
    const served = new Map<string, number>();
    for (const service of feed.services) {
      const area = byId.get(service.service_areas?.[0]?.area_id ?? '');
      const kind = area?.id === 'synthetic' ? 'land' : (area?.kind ?? 'unknown');
      served.set(kind, (served.get(kind) ?? 0) + 1);
    }
    const share = (kind: string) => (served.get(kind) ?? 0) / feed.services.length;
    assert.ok(share('land') > 0 && share('land') < 0.003, `land ${share('land')}`);
    assert.ok(share('regio') > 0.02 && share('regio') < 0.04, `regio ${share('regio')}`);
    assert.ok(share('subregio') > 0.08 && share('subregio') < 0.2, `subregio ${share('subregio')}`);
    assert.equal(served.get('unknown'), undefined);
    // A regio's service lies in that regio: its home gemeente's subregio belongs to it.
    const regional = feed.services.filter((service) => {
      const area = byId.get(service.service_areas?.[0]?.area_id ?? '');
      return area?.kind === 'regio' && area.id !== 'synthetic';
    });
    const located = regional.filter((service) => service.service_at_locations?.[0]?.location?.area_ids?.[0]);
    assert.ok(located.length > 100, `${located.length} regio services with a place`);
    for (const service of located) {
      const gemeente = byId.get(gemeenteOf(service.service_at_locations?.[0]?.location?.area_ids?.[0] ?? '') ?? '');
      assert.equal(byId.get(gemeente?.parent_ids?.[0] ?? '')?.parent_ids?.[0], service.service_areas?.[0]?.area_id, service.id);
    }
  });

  test('a region-sized layout (26 gemeenten) keeps the root as its one regio, exactly as before regio\'s existed', () => {
    const region = generateSyntheticFeed({ services: 2000, gemeenten: 26, seed: 1 });
    assert.deepEqual(region.areas.filter((area) => area.kind === 'regio').map((area) => area.id), ['synthetic']);
    const root = region.services.filter((service) => service.service_areas?.[0]?.area_id === 'synthetic').length / region.services.length;
    assert.ok(root > 0.02 && root < 0.04, `root ${root}`);
    // The feed the 5,000-service benchmark compares with, byte for byte (fingerprint taken after contract
    // 1.2's waiting-time fields and location ids, issue 18, which drew no extra random numbers).
    assert.equal(createHash('sha256').update(JSON.stringify(region)).digest('hex').slice(0, 16), '445a90dfa5ff2a4d');
  });

  test('waiting times the NZa way: how each was measured, per diagnosis group, per place, the huisarts norm in working days', () => {
    const region = generateSyntheticFeed({ services: 2000, gemeenten: 26, seed: 1 });
    const waits = region.availability.filter((figure) => figure.metric === 'aanmeldwachttijd' || figure.metric === 'behandelwachttijd');
    assert.ok(waits.length > 0 && waits.every((figure) => figure.method !== undefined), 'every wait says how it was measured');
    const realised = waits.filter((figure) => figure.method === 'gemiddelde-gerealiseerd');
    assert.ok(realised.length > 0 && realised.every((figure) => figure.period_months === 2));
    assert.ok(waits.some((figure) => figure.diagnosis_group === 'depressie' || figure.diagnosis_group === 'angst'));
    assert.ok(waits.some((figure) => figure.location_id !== undefined));
    assert.ok(waits.some((figure) => figure.unit === 'werkdagen' && figure.norm_id === 'syn-treeknorm-huisarts'));
    const huisarts = region.norms.find((norm) => norm.id === 'syn-treeknorm-huisarts');
    assert.deepEqual([huisarts?.target, huisarts?.max_value, huisarts?.unit], [{ share_percent: 80, value: 2 }, 3, 'werkdagen']);
  });

  test('writes records as long as the sample region does (about 1.6 KB of JSON per service)', () => {
    const bytes = feed.services.reduce((sum, service) => sum + JSON.stringify(service).length, 0) / feed.services.length;
    assert.ok(bytes > 1400 && bytes < 1900, `${bytes.toFixed(0)} bytes per service`);
  });

  test('every record is valid and every link resolves', () => {
    const small = generateSyntheticFeed({ services: 1500, gemeenten: 12, seed: 2 });
    assert.deepEqual(allInvalid(small), []);
    assert.deepEqual(findDanglingReferences(small), []);
  });

  test('refuses a bad gemeente count', () => {
    assert.throws(() => generateSyntheticFeed({ services: 10, gemeenten: 0 }), RangeError);
    assert.throws(() => generateSyntheticFeed({ services: 10, gemeenten: 2.5 }), RangeError);
  });
});

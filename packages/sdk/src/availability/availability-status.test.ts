import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { AvailabilityObservation, Norm } from '@wijkwijzer/schemas';
import { availabilityStatus, waitAcrossGroups } from './index.js';

const treeknormAanmelding: Norm = {
  id: 'treeknorm-ggz-aanmelding',
  name: 'Treeknorm ggz aanmelding tot intake',
  sector: 'ggz',
  metric: 'aanmeldwachttijd',
  max_value: 4,
  unit: 'weken',
  version: '2024.1',
  source: { name: 'NZa' },
};

const wait = (overrides: Partial<AvailabilityObservation> = {}): AvailabilityObservation => ({
  id: 'obs-1',
  service_id: 'svc-ggz',
  metric: 'aanmeldwachttijd',
  value: 9,
  unit: 'weken',
  norm_id: treeknormAanmelding.id,
  reference_date: '2026-06-03',
  refresh_interval_days: 14,
  source: { name: 'Altrecht' },
  ...overrides,
});

/** A week after the peildatum: fresh for a two-weekly figure. */
const NOW = new Date('2026-06-10T10:00:00+02:00');

test('above the norm, with the full Dutch label', () => {
  const status = availabilityStatus(wait(), treeknormAanmelding, NOW);
  assert.equal(status.state, 'above-norm');
  assert.equal(status.kind, 'wait');
  assert.equal(status.text, 'ongeveer 9 weken');
  assert.equal(status.normText, 'Treeknorm 4 weken');
  assert.equal(status.comparisonText, 'langer dan de Treeknorm van 4 weken');
  assert.equal(status.dateText, 'peildatum 3 juni 2026');
  assert.equal(status.sourceText, 'bron: Altrecht');
  assert.equal(status.provenanceText, 'Peildatum 3 juni 2026, bron: Altrecht, indicatief');
  assert.equal(status.hint, undefined);
  assert.equal(
    status.label,
    'Aanmeldwachttijd ongeveer 9 weken, langer dan de Treeknorm van 4 weken. Peildatum 3 juni 2026, bron: Altrecht, indicatief.',
  );
});

test('within the norm, in English', () => {
  const status = availabilityStatus(wait({ value: 3 }), treeknormAanmelding, NOW, 'en');
  assert.equal(status.state, 'within-norm');
  assert.equal(status.text, 'about 3 weeks');
  assert.equal(status.normText, 'Treeknorm 4 weeks');
  assert.equal(status.dateText, 'reference date 3 June 2026');
  assert.equal(status.sourceText, 'source: Altrecht');
  assert.equal(status.provenanceText, 'Reference date 3 June 2026, source: Altrecht, indicative');
  assert.equal(
    status.label,
    'Waiting time until intake about 3 weeks, within the Treeknorm of 4 weeks. Reference date 3 June 2026, source: Altrecht, indicative.',
  );
  // Exactly at the norm still meets it.
  assert.equal(availabilityStatus(wait({ value: 4 }), treeknormAanmelding, NOW).state, 'within-norm');
});

test('days and weeks are converted before comparing', () => {
  const inDays = availabilityStatus(wait({ value: 30, unit: 'dagen' }), treeknormAanmelding, NOW);
  assert.equal(inDays.state, 'above-norm');
  assert.ok(Math.abs((inDays.valueInNormUnit ?? 0) - 30 / 7) < 1e-9);
  assert.equal(inDays.text, 'ongeveer 4 weken');
  assert.equal(availabilityStatus(wait({ value: 28, unit: 'dagen' }), treeknormAanmelding, NOW).state, 'within-norm');

  const normInDays: Norm = { ...treeknormAanmelding, max_value: 10, unit: 'dagen' };
  const weeks = availabilityStatus(wait({ value: 1 }), normInDays, NOW);
  assert.equal(weeks.state, 'within-norm');
  assert.equal(weeks.valueInNormUnit, 7);
  assert.equal(weeks.normText, 'Treeknorm 10 dagen');
  // Under two weeks a wait is told in days.
  assert.equal(weeks.text, 'ongeveer 7 dagen');
  assert.equal(availabilityStatus(wait({ value: 1, unit: 'dagen' }), undefined, NOW).text, 'ongeveer 1 dag');
  assert.equal(availabilityStatus(wait({ value: 0 }), treeknormAanmelding, NOW).text, 'geen wachttijd');
});

test('unknown without a norm, still with the figure and a hint', () => {
  const status = availabilityStatus(wait({ norm_id: undefined }), undefined, NOW);
  assert.equal(status.state, 'unknown');
  assert.equal(status.text, 'ongeveer 9 weken');
  assert.equal(status.normText, undefined);
  assert.equal(status.hint, 'Bel de aanbieder voor de actuele wachttijd.');
  assert.equal(
    status.label,
    'Aanmeldwachttijd ongeveer 9 weken. Peildatum 3 juni 2026, bron: Altrecht, indicatief. Bel de aanbieder voor de actuele wachttijd.',
  );
  assert.equal(availabilityStatus(wait(), undefined, NOW, 'en').hint, 'Call the provider for the current waiting time.');
});

test('unknown when the norm cannot be compared (other unit or other metric)', () => {
  const inPlaces: Norm = { ...treeknormAanmelding, unit: 'plekken' };
  const status = availabilityStatus(wait(), inPlaces, NOW);
  assert.equal(status.state, 'unknown');
  assert.equal(status.norm, undefined);
  assert.equal(status.normText, undefined);
  assert.equal(status.text, 'ongeveer 9 weken');
  assert.ok(status.hint);

  const otherMetric: Norm = { ...treeknormAanmelding, metric: 'behandelwachttijd', max_value: 10 };
  assert.equal(availabilityStatus(wait(), otherMetric, NOW).state, 'unknown');
  // A wait reported in places has no duration to show.
  assert.equal(availabilityStatus(wait({ unit: 'plekken' }), treeknormAanmelding, NOW).text, 'onbekend');
});

test('stale after twice the refresh interval, still carrying the figure', () => {
  const fresh = availabilityStatus(wait(), treeknormAanmelding, new Date('2026-07-01T12:00:00+02:00'));
  assert.equal(fresh.ageDays, 28);
  assert.equal(fresh.state, 'above-norm');

  const status = availabilityStatus(wait(), treeknormAanmelding, new Date('2026-07-02T12:00:00+02:00'));
  assert.equal(status.ageDays, 29);
  assert.equal(status.state, 'stale');
  assert.equal(status.text, 'ongeveer 9 weken');
  assert.equal(status.normComparison, 'above');
  assert.equal(status.staleText, 'oud cijfer');
  assert.equal(status.hint, 'Bel de aanbieder voor de actuele wachttijd.');
  assert.equal(
    status.label,
    'Oud cijfer: aanmeldwachttijd ongeveer 9 weken. Peildatum 3 juni 2026, bron: Altrecht, indicatief. Bel de aanbieder voor de actuele wachttijd.',
  );
  const english = availabilityStatus(wait(), treeknormAanmelding, new Date('2026-07-02T12:00:00+02:00'), 'en');
  assert.equal(english.staleText, 'old figure');
  assert.match(english.label, /^Old figure: waiting time until intake about 9 weeks\./);
});

test('ranges: median and p90 preferred, min and max otherwise', () => {
  const both = availabilityStatus(wait({ range: { min: 2, median: 6, p90: 12, max: 20 } }), treeknormAanmelding, NOW);
  assert.equal(both.rangeText, 'de helft binnen 6 weken, 9 op de 10 binnen 12 weken');
  assert.equal(
    both.label,
    'Aanmeldwachttijd ongeveer 9 weken (de helft binnen 6 weken, 9 op de 10 binnen 12 weken), langer dan de Treeknorm van 4 weken. Peildatum 3 juni 2026, bron: Altrecht, indicatief.',
  );
  assert.equal(
    availabilityStatus(wait({ range: { median: 6, p90: 12 } }), treeknormAanmelding, NOW, 'en').rangeText,
    'half within 6 weeks, 9 in 10 within 12 weeks',
  );
  assert.equal(availabilityStatus(wait({ range: { min: 6, max: 12 } }), undefined, NOW).rangeText, 'tussen 6 en 12 weken');
  assert.equal(
    availabilityStatus(wait({ unit: 'dagen', value: 10, range: { min: 5, max: 21 } }), undefined, NOW).rangeText,
    'tussen 5 dagen en 3 weken',
  );
  assert.equal(availabilityStatus(wait({ range: { max: 12 } }), undefined, NOW, 'en').rangeText, 'at most 12 weeks');
  assert.equal(availabilityStatus(wait(), undefined, NOW).rangeText, undefined);
});

test('capacity has its own wording and no norm', () => {
  const places = wait({ metric: 'beschikbare-plekken', value: 3, unit: 'plekken', norm_id: undefined, refresh_interval_days: 1 });
  const status = availabilityStatus(places, undefined, new Date('2026-06-03T18:00:00+02:00'));
  assert.equal(status.kind, 'capacity');
  assert.equal(status.state, 'unknown');
  assert.equal(status.text, '3 plekken vrij');
  assert.equal(status.hint, undefined);
  assert.equal(status.label, '3 plekken vrij. Peildatum 3 juni 2026, bron: Altrecht.');
  // A count is no indication: its provenance says only date and source.
  assert.equal(status.provenanceText, 'Peildatum 3 juni 2026, bron: Altrecht');
  assert.equal(availabilityStatus({ ...places, value: 1 }, undefined, NOW, 'en').text, '1 place available');
  assert.equal(availabilityStatus({ ...places, value: 0 }, undefined, NOW).text, 'geen plekken vrij');
  assert.equal(availabilityStatus({ ...places, value: 0 }, undefined, NOW, 'en').text, 'no places available');
  // Three days old for a daily figure: stale, with advice to call.
  const old = availabilityStatus(places, undefined, new Date('2026-06-06T12:00:00+02:00'));
  assert.equal(old.state, 'stale');
  assert.equal(old.hint, 'Bel de aanbieder om te vragen of er nu plek is.');
});

test('patiëntenstop yes and no', () => {
  const stop = wait({ metric: 'patientenstop', value: true, unit: undefined, norm_id: undefined, source: { name: 'Huisartsenpraktijk Zuilen' } });
  const yes = availabilityStatus(stop, undefined, NOW);
  assert.equal(yes.kind, 'flag');
  assert.equal(yes.text, 'Neemt geen nieuwe patiënten aan');
  assert.equal(yes.label, 'Neemt geen nieuwe patiënten aan. Peildatum 3 juni 2026, bron: Huisartsenpraktijk Zuilen.');
  assert.equal(availabilityStatus(stop, undefined, NOW, 'en').text, 'Not accepting new patients');
  const no = availabilityStatus({ ...stop, value: false }, undefined, NOW);
  assert.equal(no.text, 'Neemt nieuwe patiënten aan');
  assert.equal(availabilityStatus({ ...stop, value: false }, undefined, NOW, 'en').text, 'Accepting new patients');
  // A stale stop says so and suggests calling.
  const old = availabilityStatus(stop, undefined, new Date('2026-08-01T12:00:00+02:00'));
  assert.equal(old.label, 'Oud cijfer: neemt geen nieuwe patiënten aan. Peildatum 3 juni 2026, bron: Huisartsenpraktijk Zuilen. Bel de praktijk om te vragen of u zich kunt inschrijven.');
});

test('bereikbaarheid yes and no', () => {
  const reach = wait({ metric: 'bereikbaarheid', value: true, unit: undefined, norm_id: undefined });
  assert.equal(availabilityStatus(reach, undefined, NOW).text, 'Open en bereikbaar');
  assert.equal(availabilityStatus({ ...reach, value: false }, undefined, NOW).text, 'Niet bereikbaar');
  assert.equal(availabilityStatus({ ...reach, value: false }, undefined, NOW, 'en').text, 'Not reachable');
  assert.equal(availabilityStatus(reach, undefined, NOW, 'en').text, 'Open and reachable');
  assert.equal(
    availabilityStatus(reach, undefined, new Date('2026-08-01T12:00:00+02:00'), 'en').hint,
    'Call first to hear whether the provider can be reached now.',
  );
});

test('a norm with a share and a diagnosis group read naturally', () => {
  const huisarts: Norm = { ...treeknormAanmelding, max_value: 2, unit: 'dagen', share_percent: 80 };
  const status = availabilityStatus(wait({ value: 1, unit: 'dagen', diagnosis_group: 'angststoornissen' }), huisarts, NOW);
  assert.equal(status.normText, 'Treeknorm 80% binnen 2 dagen');
  assert.equal(
    status.label,
    'Aanmeldwachttijd voor angststoornissen ongeveer 1 dag, binnen de Treeknorm (80% binnen 2 dagen). Peildatum 3 juni 2026, bron: Altrecht, indicatief.',
  );
});

test('how a wait was measured is said in words, in Dutch and English', () => {
  const said = (method: AvailabilityObservation['method'], period?: number, lang: 'nl' | 'en' = 'nl'): string =>
    availabilityStatus(wait({ value: 5, method, ...(period !== undefined ? { period_months: period } : {}) }), undefined, NOW, lang).text;
  assert.equal(said('derde-vrije-plek'), 'volgende vrije plek: ongeveer 5 weken');
  assert.equal(said('gemiddelde-gerealiseerd', 2), 'gemiddeld gewacht de afgelopen 2 maanden: 5 weken');
  assert.equal(said('mediaan', 3), 'de helft wachtte de afgelopen 3 maanden korter dan 5 weken');
  assert.equal(said('mediaan', 1), 'de helft wachtte de afgelopen maand korter dan 5 weken');
  assert.equal(said('schatting'), 'geschat: ongeveer 5 weken');
  assert.equal(said('derde-vrije-plek', undefined, 'en'), 'next free appointment: about 5 weeks');
  assert.equal(said('gemiddelde-gerealiseerd', 2, 'en'), 'average wait over the past 2 months: 5 weeks');
  assert.equal(said('mediaan', 3, 'en'), 'half waited less than 5 weeks over the past 3 months');
  // The method joins the metric in the label, which stays one sentence about the figure.
  assert.equal(
    availabilityStatus(wait({ value: 5, method: 'derde-vrije-plek' }), treeknormAanmelding, NOW).label,
    'Aanmeldwachttijd, volgende vrije plek: ongeveer 5 weken, langer dan de Treeknorm van 4 weken. Peildatum 3 juni 2026, bron: Altrecht, indicatief.',
  );
});

test('a norm with a target and a maximum: compared with the maximum, the target said beside it', () => {
  const huisarts: Norm = {
    ...treeknormAanmelding, unit: 'werkdagen', max_value: 3, target: { share_percent: 80, value: 2 },
  };
  const within = availabilityStatus(wait({ value: 3, unit: 'werkdagen' }), huisarts, NOW);
  assert.equal(within.state, 'within-norm');
  assert.equal(within.text, 'ongeveer 3 werkdagen');
  assert.equal(within.normText, 'Treeknorm 80% binnen 2 werkdagen, hoogstens 3 werkdagen');
  assert.equal(within.advice, undefined);
  const above = availabilityStatus(wait({ value: 4, unit: 'werkdagen' }), huisarts, NOW, 'en');
  assert.equal(above.state, 'above-norm');
  assert.equal(above.comparisonText, 'longer than the Treeknorm (80% within 2 working days, at most 3 working days)');
  assert.match(above.advice ?? '', /health insurer .*wachtlijstbemiddeling/);
  assert.match(availabilityStatus(wait({ value: 4, unit: 'werkdagen' }), huisarts, NOW).advice ?? '', /zorgverzekeraar .*wachtlijstbemiddeling/);
  // Only a target: the target decides.
  const targetOnly: Norm = { ...treeknormAanmelding, max_value: undefined, target: { share_percent: 80, value: 4 } };
  assert.equal(availabilityStatus(wait({ value: 5 }), targetOnly, NOW).state, 'above-norm');
  assert.equal(availabilityStatus(wait({ value: 5 }), targetOnly, NOW).normText, 'Treeknorm 80% binnen 4 weken');
});

test('working days are compared only with working days: 2 werkdagen are no fixed number of days', () => {
  const inDays: Norm = { ...treeknormAanmelding, unit: 'dagen', max_value: 3 };
  const status = availabilityStatus(wait({ value: 2, unit: 'werkdagen' }), inDays, NOW);
  assert.equal(status.state, 'unknown');
  assert.equal(status.comparisonText, undefined);
});

test('a diagnosis group of the contract list is named in the reader language; other words stay as written', () => {
  assert.equal(availabilityStatus(wait({ diagnosis_group: 'angst' }), undefined, NOW).groupName, 'angst');
  assert.equal(availabilityStatus(wait({ diagnosis_group: 'eetstoornis' }), undefined, NOW, 'en').groupName, 'eating disorders');
  assert.match(availabilityStatus(wait({ diagnosis_group: 'eetstoornis' }), undefined, NOW, 'en').label, /^Waiting time until intake for eating disorders /);
  assert.equal(availabilityStatus(wait({ diagnosis_group: 'Jonge moeders' }), undefined, NOW, 'en').groupName, 'Jonge moeders');
});

test('waits per diagnosis group: the range with the number of groups, never the shortest or longest alone', () => {
  const groups = [
    wait({ id: 'a', diagnosis_group: 'angst', value: 3 }),
    wait({ id: 'b', diagnosis_group: 'depressie', value: 9 }),
    wait({ id: 'c', diagnosis_group: 'trauma', value: 6 }),
  ];
  assert.deepEqual(waitAcrossGroups(groups), { text: 'tussen 3 en 9 weken, afhankelijk van uw klacht (3 groepen)', groups: ['angst', 'depressie', 'trauma'] });
  assert.equal(waitAcrossGroups(groups, 'en')?.text, 'between 3 and 9 weeks, depending on your problem (3 groups)');
  assert.equal(waitAcrossGroups(groups.slice(0, 1)), undefined, 'one group is no range');
  assert.equal(waitAcrossGroups([wait({ diagnosis_group: 'angst', value: 4 }), wait({ diagnosis_group: 'dwang', value: 4 })])?.text, '4 weken, afhankelijk van uw klacht (2 groepen)');
  // Working days mixed with weeks cannot make one range.
  assert.equal(waitAcrossGroups([wait({ diagnosis_group: 'angst', value: 2, unit: 'werkdagen' }), wait({ diagnosis_group: 'dwang', value: 4 })]), undefined);
});

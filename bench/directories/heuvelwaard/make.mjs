// Writes the fictional Heuvelwaard directory from source.mjs: `node bench/directories/heuvelwaard/make.mjs`.
// Deterministic: the same source gives the same files, byte for byte.
//   hsds/organizations.json: an HSDS 3.0 API page of organisations with nested services, phones,
//     service areas and locations with addresses. This is what the bench imports with
//     `wijkwijzer import hsds`, so it carries no needs: the engine gets words only.
//   answers.json: the judge's key, topic → service ids (and each service's topics), never imported.
import { mkdirSync, writeFileSync } from 'node:fs';
import { organizations, places, TOPICS } from './source.mjs';

const here = new URL('.', import.meta.url);
const pad = (n, width = 3) => String(n).padStart(width, '0');
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

// Made-up numbers: every one starts 0000-, which no Dutch number does.
let phoneCount = 0;
const fakePhone = () => `0000-${pad(100000 + ((++phoneCount * 7919) % 900000), 6)}`;

/** Two capital letters from a street name, so one street keeps one postal code. */
function postalLetters(street) {
  let h = 0;
  for (const c of street) h = (h * 31 + c.charCodeAt(0)) % 676;
  return String.fromCharCode(65 + Math.floor(h / 26), 65 + (h % 26));
}

const gemeenteOf = (place) => places[place].gemeente;
const wijkOf = (place) => (gemeenteOf(place) === 'Heuvelwaard' ? place : undefined);

let addressCount = 0;
function location(id, name, street, place) {
  if (!places[place]) throw new Error(`unknown place ${place}`);
  return {
    id,
    location_type: 'physical',
    name: `${name} – ${wijkOf(place) ? `Heuvelwaard-${place}` : place}`,
    addresses: [
      {
        id: `addr-${pad(++addressCount, 4)}`,
        address_1: street,
        city: gemeenteOf(place) === place || !wijkOf(place) ? place : 'Heuvelwaard',
        postal_code: `${places[place].pc} ${postalLetters(street)}`,
        country: 'NL',
        address_type: 'physical',
      },
    ],
  };
}

const answers = Object.fromEntries(Object.keys(TOPICS).map((topic) => [topic, []]));
const serviceTopics = {};
let serviceCount = 0;
let orgCount = 0;
let areaCount = 0;
let salCount = 0;

const contents = organizations.map((org) => {
  const orgId = `org-${pad(++orgCount)}`;
  const orgSlug = slug(org.name);
  const services = org.services.map((s, index) => {
    const id = `svc-${pad(++serviceCount)}`;
    for (const topic of s.topics) {
      if (!answers[topic]) throw new Error(`${s.name}: unknown topic ${topic}`);
      answers[topic].push(id);
    }
    serviceTopics[id] = { name: s.name, organization: org.name, topics: s.topics, ...(s.status ? { status: s.status } : {}) };
    const areaNames = s.area ?? (org.national ? ['Nederland'] : [gemeenteOf(org.place)]);
    // `phone: false` leaves a service without a number; any other number is a made-up one.
    const phone = s.phone === false ? undefined : fakePhone();
    let sal;
    if (!s.virtual && !org.national) {
      const where = s.at ?? { name: org.name, street: org.street, place: org.place };
      const locId = `loc-${pad(++salCount)}`;
      sal = org.secretAddress
        ? { id: `sal-${pad(salCount)}`, service_id: id, location_id: locId, location: { id: locId, location_type: 'physical', name: org.name, description: 'Het adres is geheim; u hoort het bij aanmelding.' } }
        : { id: `sal-${pad(salCount)}`, service_id: id, location_id: locId, location: location(locId, where.name, where.street, where.place) };
    }
    return {
      id,
      organization_id: orgId,
      name: s.name,
      ...(s.alt ? { alternate_name: s.alt } : {}),
      description: s.description,
      ...(index % 3 === 0 ? { url: `https://example.org/heuvelwaard/${orgSlug}/${slug(s.name)}` } : {}),
      ...(index % 4 === 1 ? { email: `info@${orgSlug}.example.org` } : {}),
      status: s.status ?? 'active',
      ...(phone ? { phones: [{ id: `ph-${id}`, number: phone, type: 'voice' }] } : {}),
      ...(s.languages ? { languages: s.languages.map((code, i) => ({ id: `lang-${id}-${i}`, code })) } : {}),
      service_areas: areaNames.map((name) => ({ id: `area-${pad(++areaCount, 4)}`, name })),
      ...(sal ? { service_at_locations: [sal] } : {}),
      assured_date: `2026-${pad(1 + (serviceCount % 10), 2)}-${pad(1 + ((serviceCount * 7) % 28), 2)}`,
    };
  });
  return {
    id: orgId,
    name: org.name,
    ...(org.alt ? { alternate_name: org.alt } : {}),
    description: org.desc,
    ...(org.national ? {} : { website: `https://example.org/heuvelwaard/${orgSlug}` }),
    ...(org.national ? {} : { phones: [{ id: `ph-${orgId}`, number: fakePhone(), type: 'voice' }] }),
    services,
  };
});

const page = {
  // Not an HSDS field (the importer reads `contents` only): says what this file is to a reader.
  about:
    'SAMPLE DATA, FICTIONAL: the made-up sociale kaart of regio Heuvelwaard (gemeenten Heuvelwaard, Rietveen, Oudewaal, Kleinmeer), written for the Wijkwijzer search benchmark. Every organisation, person, address, postal code (0xxx) and phone number (0000-…) is invented; none is contact data of a real organisation. Generated by make.mjs from source.mjs.',
  total_items: contents.length,
  total_pages: 1,
  page_number: 1,
  size: contents.length,
  first_page: true,
  last_page: true,
  empty: false,
  contents,
};
mkdirSync(new URL('hsds/', here), { recursive: true });
writeFileSync(new URL('hsds/organizations.json', here), `${JSON.stringify(page, null, 1)}\n`);
writeFileSync(
  new URL('answers.json', here),
  `${JSON.stringify(
    {
      about:
        'The judge\'s key for the fictional Heuvelwaard directory (written by make.mjs from source.mjs; not imported, engines never see it). `topics` lists, per topic, every service that answers it; `services` gives each service\'s topics. A query in queries.json names topics (`topics`; per need in `needs` for multi-need queries): a service is relevant when it carries one of them (bench/quality.mjs, judges.byTopics).',
      definitions: TOPICS,
      topics: answers,
      services: serviceTopics,
    },
    null,
    1,
  )}\n`,
);
console.log(`${contents.length} organisations, ${serviceCount} services, ${phoneCount} made-up phone numbers`);

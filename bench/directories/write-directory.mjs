// Writes a fictional benchmark directory from its hand-written source (organisations with their
// services and the judge's topics): the shared half of each directory's make.mjs.
// Deterministic: the same source gives the same files, byte for byte (ids are hashes of names,
// phone numbers and postal codes are counted, nothing depends on the clock or on randomness).
//   hsds/organizations.json: an HSDS 3.0 API page of organisations with nested services, the way
//     a municipal sociale kaart exports them: uuid ids, phones, service areas, opening hours,
//     eligibility/fees/application texts and locations with addresses. No taxonomy, no needs:
//     the engine gets words only. This is what the bench imports with `wijkwijzer import hsds`.
//   answers.json: the judge's key (topic → service ids, each service's topics), never imported.
//
// A source module exports TOPICS (topic → one-line definition), places (place → { gemeente, pc })
// and organizations ({ name, alt?, place, street, desc, secretAddress?, services }); a service is
// { name, description, topics, alt?, elig?, fees?, apply?, hours?, area?, at?, status?, lang?,
// online?, phone? } (`phone: false`: no number; `online`: no location; `at`: { name, street, place }).
import { createHash } from 'node:crypto';
import { mkdirSync, writeFileSync } from 'node:fs';

/** A service of a source: name, description, topics, and extras (alt, elig, fees, apply, hours, area, at, status, lang, online, phone). */
export const svc = (name, description, topics, extra = {}) => ({ name, description, topics, ...extra });

/** `org(spec, services)` for a source: adds an organisation with its services to `organizations`. */
export const addingTo = (organizations) => (spec, services) => organizations.push({ ...spec, services });

const pad = (n, width) => String(n).padStart(width, '0');
const slug = (text) =>
  text
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');

/** Two capital letters from a street name, so one street keeps one postal code. */
function postalLetters(street) {
  let h = 7;
  for (const c of street) h = (h * 37 + c.charCodeAt(0)) % 676;
  return String.fromCharCode(65 + Math.floor(h / 26), 65 + (h % 26));
}

/**
 * @param {object} options
 * @param {URL} options.folder where hsds/ and answers.json go (the make.mjs folder)
 * @param {string} options.key the directory's name in lower case: salts the ids
 * @param {string} options.name the directory's name as a reader writes it ("Zuiderzand")
 * @param {string} options.urlPath the path under https://example.org/ for made-up web addresses
 * @param {string} options.province a made-up province for addresses
 * @param {string} options.about what hsds/organizations.json is, for a reader of the file
 * @param {string} options.secretAddressText what a shelter with a secret address says instead of one
 * @param {Record<string, string>} options.languageNames language code → its own name
 * @param {(place: string, gemeente: string) => string} options.cityOf the city an address in a place names
 * @param {{ TOPICS: Record<string, string>, places: Record<string, { gemeente: string, pc: string }>, organizations: object[] }} source
 */
export function writeDirectory(options, { TOPICS, places, organizations }) {
  const usedIds = new Set();
  /** A uuid-shaped id from a stable key, as a CMS export would carry (not a real v4 uuid). */
  function id(key) {
    const h = createHash('sha1').update(`${options.key}|${key}`).digest('hex');
    const value = `${h.slice(0, 8)}-${h.slice(8, 12)}-4${h.slice(13, 16)}-a${h.slice(17, 20)}-${h.slice(20, 32)}`;
    if (usedIds.has(value)) throw new Error(`duplicate id for ${key}`);
    usedIds.add(value);
    return value;
  }

  // Made-up numbers: every one starts 0000-, which no Dutch number does.
  let phoneCount = 0;
  function fakePhone() {
    const n = pad(1000000 + ((++phoneCount * 48271) % 9000000), 7);
    return `0000-${n.slice(0, 3)} ${n.slice(3, 5)} ${n.slice(5)}`;
  }

  function location(key, name, street, place) {
    const where = places[place];
    if (!where) throw new Error(`unknown place ${place}`);
    const address = {
      id: id(`address|${key}`),
      address_1: street,
      city: options.cityOf(place, where.gemeente),
      state_province: options.province,
      postal_code: `${where.pc} ${postalLetters(street)}`,
      country: 'NL',
      address_type: 'physical',
    };
    return { id: id(`location|${key}`), location_type: 'physical', name, addresses: [address] };
  }

  const answers = Object.fromEntries(Object.keys(TOPICS).map((topic) => [topic, []]));
  const serviceTopics = {};
  let serviceCount = 0;
  const webBase = `https://example.org/${options.urlPath}`;

  const contents = organizations.map((org) => {
    const orgId = id(`organization|${org.name}`);
    const orgSlug = slug(org.name);
    if (!places[org.place]) throw new Error(`${org.name}: unknown place ${org.place}`);
    const orgArea = [places[org.place].gemeente];
    const services = org.services.map((s, index) => {
      serviceCount++;
      const serviceId = id(`service|${org.name}|${s.name}`);
      if (s.topics.length === 0) throw new Error(`${s.name}: no topics`);
      for (const topic of s.topics) {
        if (!answers[topic]) throw new Error(`${org.name} / ${s.name}: unknown topic ${topic}`);
        answers[topic].push(serviceId);
      }
      serviceTopics[serviceId] = { name: s.name, organization: org.name, topics: s.topics, ...(s.status ? { status: s.status } : {}) };
      let sal;
      if (!s.online) {
        if (org.secretAddress) {
          const locId = id(`location|${org.name}|${s.name}`);
          sal = { id: id(`sal|${serviceId}`), service_id: serviceId, location_id: locId, location: { id: locId, location_type: 'physical', name: org.name, description: options.secretAddressText } };
        } else {
          const at = s.at ?? { name: org.name, street: org.street, place: org.place };
          const loc = location(`${org.name}|${s.name}`, at.name, at.street, at.place);
          sal = { id: id(`sal|${serviceId}`), service_id: serviceId, location_id: loc.id, location: loc };
        }
      }
      const phone = s.phone === false ? undefined : fakePhone();
      return {
        id: serviceId,
        organization_id: orgId,
        name: s.name,
        ...(s.alt ? { alternate_name: s.alt } : {}),
        description: s.description,
        ...(index % 2 === 0 ? { url: `${webBase}/${orgSlug}/${slug(s.name)}` } : {}),
        ...(index % 3 === 1 ? { email: `info@${orgSlug}.example.org` } : {}),
        status: s.status ?? 'active',
        ...(s.apply ? { application_process: s.apply } : {}),
        ...(s.elig ? { eligibility_description: s.elig } : {}),
        ...(s.fees ? { fees_description: s.fees } : {}),
        ...(phone ? { phones: [{ id: id(`phone|${serviceId}`), number: phone, type: 'voice' }] } : {}),
        ...(s.hours ? { schedules: [{ id: id(`schedule|${serviceId}`), description: s.hours }] } : {}),
        ...(s.lang ? { languages: s.lang.map((code) => ({ id: id(`language|${serviceId}|${code}`), code, name: options.languageNames[code] })) } : {}),
        service_areas: (s.area ?? orgArea).map((name) => ({ id: id(`area|${serviceId}|${name}`), name })),
        ...(sal ? { service_at_locations: [sal] } : {}),
        last_modified: `2025-${pad(1 + (serviceCount % 12), 2)}-${pad(1 + ((serviceCount * 11) % 28), 2)}T09:00:00Z`,
      };
    });
    return {
      id: orgId,
      name: org.name,
      ...(org.alt ? { alternate_name: org.alt } : {}),
      description: org.desc,
      website: `${webBase}/${orgSlug}`,
      phones: [{ id: id(`phone|${orgId}`), number: fakePhone(), type: 'voice' }],
      services,
    };
  });

  for (const [topic, ids] of Object.entries(answers)) if (ids.length === 0) console.warn(`topic ${topic} has no service`);

  const page = {
    // Not an HSDS field (the importer reads `contents` only): says what this file is to a reader.
    about: options.about,
    total_items: contents.length,
    total_pages: 1,
    page_number: 1,
    size: contents.length,
    first_page: true,
    last_page: true,
    empty: false,
    contents,
  };
  mkdirSync(new URL('hsds/', options.folder), { recursive: true });
  writeFileSync(new URL('hsds/organizations.json', options.folder), `${JSON.stringify(page, null, 1)}\n`);
  const key = {
    about: `The judge's key for the fictional ${options.name} directory (written by make.mjs from source.mjs; not imported, engines never see it). \`definitions\` says in one line what each topic covers; \`topics\` lists, per topic, every service that answers it; \`services\` gives each service's name and topics. A query in queries.json names topics (\`topics\`; per need in \`needs\` for multi-need queries): a service is relevant when it carries one of them (bench/quality.mjs, judges.byTopics).`,
    definitions: TOPICS,
    topics: answers,
    services: serviceTopics,
  };
  writeFileSync(new URL('answers.json', options.folder), `${JSON.stringify(key, null, 1)}\n`);
  console.log(`${contents.length} organisations, ${serviceCount} services, ${phoneCount} made-up phone numbers`);
}

// Reads the region's sample source data (data/regio-utrecht): services in services.json or
// services/*.json, plus taxonomy and areas.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

const list = (value, key) => (Array.isArray(value) ? value : (value?.[key] ?? []));

function readJson(path) {
  return JSON.parse(readFileSync(path, 'utf8'));
}

export function loadSampleFeed(dir) {
  const services = [];
  const single = join(dir, 'services.json');
  if (existsSync(single)) services.push(...list(readJson(single), 'services'));
  const folder = join(dir, 'services');
  if (existsSync(folder)) {
    for (const name of readdirSync(folder).filter((n) => n.endsWith('.json')).sort()) {
      services.push(...list(readJson(join(folder, name)), 'services'));
    }
  }
  const optional = (name, key) => (existsSync(join(dir, name)) ? list(readJson(join(dir, name)), key) : []);
  return { services, taxonomy: optional('taxonomy.json', 'taxonomy'), areas: optional('areas.json', 'areas') };
}

/** The same services as an imported HSDS directory would give: no needs, no target groups, no taxonomy. */
export function withoutTaxonomy(services) {
  return services.map(({ needs: _needs, target_groups: _groups, ...rest }) => rest);
}

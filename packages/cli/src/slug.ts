/** Lower-case ascii words joined by dashes, for ids made from names: `Buurtteam Zuid-Oost` → `buurtteam-zuid-oost`. */
export function slugify(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

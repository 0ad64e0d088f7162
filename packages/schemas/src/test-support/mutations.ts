/*
 * Seeded mutations of valid records, for the parity tests of the two validators:
 * the same seed gives the same cases on every run and machine.
 */

/** A small seeded PRNG (mulberry32): numbers in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let mixed = Math.imul(state ^ (state >>> 15), 1 | state);
    mixed = (mixed + Math.imul(mixed ^ (mixed >>> 7), 61 | mixed)) ^ mixed;
    return ((mixed ^ (mixed >>> 14)) >>> 0) / 4294967296;
  };
}

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };
type Container = Json[] | { [key: string]: Json };
/** A place in a record: the object or array holding a value, and its key there. */
interface Slot {
  parent: Container;
  key: string | number;
}

/** Strings that break one rule or another, or that only look wrong (zod trims links). */
const TRICKY_STRINGS = [
  '',
  '   ',
  'javascript:alert(1)',
  'JAVASCRIPT:alert(1)',
  'data:text/html,<b>x</b>',
  'http:example.nl',
  'https://localhost',
  'https://exa mple.nl',
  ' https://example.nl/pad ',
  'https://exa\nmple.nl',
  'HTTPS://EXAMPLE.NL',
  'https://user:pw@example.nl:8080/x?y#z',
  'https://bücher.example/',
  'relative/services.json',
  '2026-02-29',
  '2028-02-29',
  '2026-13-01',
  '3 juni 2026',
  '2026-06-03T10:00:00',
  '2026-06-03T10:00:00+02:00',
  '2026-06-03T25:00:00Z',
  'iemand@example.nl',
  'iemand@@example.nl',
  'iemand@localhost',
  '24:00',
  '9:00',
  'MO,TU',
  'MA,DI',
  '030 123 4567',
  'bel ons',
  '3511 AB',
  'nl',
  'zh-Hant',
  'x'.repeat(201),
  '🙂'.repeat(150),
  'id met spatie',
  'sha256-' + 'A'.repeat(43) + '=',
  '1.0.0',
  'wijk',
  'stadsdeel',
];
const TRICKY_NUMBERS = [-1, 0, 0.5, 1, 1.5, -90.5, 180.5, 100, 101, 1e20, -1e20, 2 ** 53, Number.POSITIVE_INFINITY, Number.NaN];

function isContainer(value: Json | undefined): value is Container {
  return typeof value === 'object' && value !== null;
}

/** Every slot in a record, depth first: fields of nested objects and items of nested arrays. */
function slotsOf(value: Json, found: Slot[] = []): Slot[] {
  if (!isContainer(value)) return found;
  const entries: [string | number, Json][] = Array.isArray(value) ? value.map((item, index) => [index, item]) : Object.entries(value);
  for (const [key, item] of entries) {
    found.push({ parent: value, key });
    slotsOf(item, found);
  }
  return found;
}

const pick = <T>(random: () => number, items: readonly T[]): T => items[Math.floor(random() * items.length)]!;

function read(slot: Slot): Json {
  return (slot.parent as Record<string | number, Json>)[slot.key]!;
}

function write(slot: Slot, value: Json): void {
  (slot.parent as Record<string | number, Json>)[slot.key] = value;
}

/** A value of another type than `value`, as a careless export would write it. */
function wrongType(value: Json, random: () => number): Json {
  if (typeof value === 'string') return pick(random, [42, true, [value], { value }]);
  if (typeof value === 'number') return pick(random, [String(value), false, [value]]);
  if (typeof value === 'boolean') return pick(random, [String(value), 1, 0]);
  if (Array.isArray(value)) return pick(random, [{}, 'list', value[0] ?? null]);
  return pick(random, [[], 'object', 1]);
}

/** The kinds of mistake, each changing one slot (or adding one). */
const MUTATIONS: readonly ((slot: Slot, random: () => number) => void)[] = [
  // Delete a field (required or optional) or an array item.
  (slot) => {
    if (Array.isArray(slot.parent)) slot.parent.splice(Number(slot.key), 1);
    else delete slot.parent[slot.key];
  },
  (slot) => write(slot, null),
  (slot, random) => write(slot, wrongType(read(slot), random)),
  (slot, random) => write(slot, pick(random, TRICKY_STRINGS)),
  (slot, random) => write(slot, typeof read(slot) === 'number' ? pick(random, TRICKY_NUMBERS) : pick(random, TRICKY_STRINGS)),
  // An unknown extra field next to this one, which must be kept.
  (slot, random) => {
    if (!Array.isArray(slot.parent)) slot.parent[`x_extra_${Math.floor(random() * 3)}`] = { nested: [1, 'twee'] };
  },
  // Nested arrays: empty one, or add a copy of an item with one mistake inside it.
  (slot, random) => {
    const value = read(slot);
    if (!Array.isArray(value)) return write(slot, [value]);
    if (random() < 0.3 || value.length === 0) return write(slot, []);
    const copy = structuredClone(pick(random, value));
    value.push(copy);
    const inner = slotsOf(copy);
    if (inner.length > 0) mutate(pick(random, inner), random);
  },
];

function mutate(slot: Slot, random: () => number): void {
  pick(random, MUTATIONS)(slot, random);
}

/** A copy of `record` with one to three mistakes (or an extra field) somewhere inside. */
export function mutateRecord(record: unknown, random: () => number): unknown {
  const copy = structuredClone(record) as Json;
  const times = 1 + Math.floor(random() * 3);
  for (let time = 0; time < times; time++) {
    const slots = slotsOf(copy);
    if (slots.length === 0) break;
    mutate(pick(random, slots), random);
  }
  return copy;
}

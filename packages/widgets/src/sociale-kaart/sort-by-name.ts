import { normalize } from '@wijkwijzer/sdk/search';

/**
 * Sorted by name as a reader scans a list: lowercase, diacritics stripped (Één beside Een), then
 * code point order, which for the letters, digits, spaces and punctuation left puts them where
 * Dutch collation does. Not `localeCompare`: its first call loads collation data, about 60 ms at
 * 4x CPU, in the task that draws the first results.
 */
export function sortedByName<T extends { name: string }>(items: readonly T[]): T[] {
  const keyed = items.map((item) => ({ key: normalize(item.name), item }));
  keyed.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  return keyed.map(({ item }) => item);
}

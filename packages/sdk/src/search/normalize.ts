/**
 * Text normalisation shared by the index, the query, the thesaurus and crisis detection, so that
 * every side of a comparison sees the same letters: "Financiële" and "financiele" are one word.
 */

// Combining marks left over after canonical decomposition (é → e + ◌́, ë → e + ◌̈).
const COMBINING_MARKS = /[\u0300-\u036f]/g;

/** Lowercase and strip diacritics. NFKD also splits the Dutch ligature "ĳ" into "ij". */
export function normalize(text: string): string {
  const lower = text.toLowerCase();
  // Most text is plain ASCII; decomposing it would only cost time (index builds normalise a lot).
  return NON_ASCII.test(lower) ? lower.normalize('NFKD').replace(COMBINING_MARKS, '') : lower;
}

const NON_ASCII = /[^\x00-\x7f]/;

// After normalize(), a word is a run of ASCII letters, digits and inner hyphens; the rest separates.
const SEPARATORS = /[^a-z0-9-]+/;
const APOSTROPHE = /([a-z])['\u2019](?=[a-z])/g;

/** Normalised text with apostrophes inside words dropped ("can't", "auto's"), so each stays one word. */
export function plainText(text: string): string {
  return normalize(text).replace(APOSTROPHE, '$1');
}

/**
 * Split text into normalised words. A hyphenated compound ("mantelzorg-ondersteuning") yields its
 * parts and the parts joined, because residents write compounds both ways.
 */
export function words(text: string): string[] {
  const out: string[] = [];
  for (const token of plainText(text).split(SEPARATORS)) {
    if (token === '') continue;
    if (!token.includes('-')) {
      out.push(token);
      continue;
    }
    const parts = token.split('-').filter((part) => part !== '');
    if (parts.length === 0) continue;
    out.push(...parts);
    if (parts.length > 1) out.push(parts.join(''));
  }
  return out;
}

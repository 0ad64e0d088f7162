import type { TaxonomyTerm } from '@wijkwijzer/schemas';
import type { Lang } from '../lang.js';
import { sharedConcepts } from './concepts.js';
import { DEFAULT_THESAURUS, type Thesaurus } from './thesaurus.js';
import { runToEnd } from '../time-slices.js';

/** A need's name as a reader sees it, and the language it is in (a feed's own names are Dutch). */
export interface NeedName {
  name: string;
  lang: Lang;
}

/**
 * The names of a feed's needs, and of the thesaurus needs no feed need is (their ids are need
 * filters too), for a reader of `lang`. In Dutch, the feed's own. In English, the
 * English name of the thesaurus need a feed need is the same as (see concepts.ts, namesSameNeed),
 * when exactly one is and it is no other feed need: "Eenzaamheid" reads "Loneliness". A feed need
 * no thesaurus need matches, or one shared with another feed need, keeps its Dutch name, marked as Dutch so a page can say so (`lang="nl"`).
 */
export function needNamesIn(taxonomy: readonly TaxonomyTerm[], lang: Lang, thesaurus: Thesaurus | false = DEFAULT_THESAURUS): ReadonlyMap<string, NeedName> {
  // Asked on every keystroke (suggestions) and render (tiles): worked out once per taxonomy, thesaurus and language.
  let byThesaurus = named.get(taxonomy);
  if (!byThesaurus) named.set(taxonomy, (byThesaurus = new Map()));
  let byLang = byThesaurus.get(thesaurus);
  if (!byLang) byThesaurus.set(thesaurus, (byLang = new Map()));
  let names = byLang.get(lang);
  if (!names) byLang.set(lang, (names = namesOf(taxonomy, lang, thesaurus)));
  return names;
}

const named = new WeakMap<readonly TaxonomyTerm[], Map<Thesaurus | false, Map<Lang, ReadonlyMap<string, NeedName>>>>();

function namesOf(taxonomy: readonly TaxonomyTerm[], lang: Lang, thesaurus: Thesaurus | false): ReadonlyMap<string, NeedName> {
  const names = new Map<string, NeedName>();
  const inLang = (name: string, name_en: string | undefined): NeedName => (lang === 'en' && name_en !== undefined ? { name: name_en, lang } : { name, lang: 'nl' });
  // A thesaurus need's own id is a need filter too (suggestions offer it when no feed need is it).
  for (const [id, entry] of Object.entries(thesaurus || {})) names.set(id, inLang(entry.name, entry.name_en));
  for (const term of taxonomy) if (term.kind === 'need') names.set(term.id, { name: term.name, lang: 'nl' });
  // Which thesaurus need a feed need is takes the concepts (built once, shared with search): only for English.
  if (lang === 'nl' || thesaurus === false) return names;
  // Feed need id → the English name of the one thesaurus need linked to it; null when several are.
  // A thesaurus need linked to several feed needs names none of them: two tiles would read the same.
  const english = new Map<string, string | null>();
  for (const concept of runToEnd(sharedConcepts(taxonomy, thesaurus))) {
    if (concept.kind !== 'need' || concept.name_en === undefined || !(concept.id in thesaurus)) continue;
    for (const id of concept.tagIds) english.set(id, english.has(id) || concept.tagIds.length > 1 ? null : concept.name_en);
  }
  for (const [id, name] of english) if (name !== null && names.has(id)) names.set(id, { name, lang });
  return names;
}

/**
 * A light Dutch stemmer of our own. It does not aim at linguistic stems, only at giving the
 * singular and plural, the diminutive and the inflected adjective of a word the same key, applied
 * alike to service text and queries: schulden → schuld, maatjes → maat, problemen/probleem →
 * problem, financiële/financieel → financiel. Input is a normalised word (see normalize.ts).
 */

const VOWELS = 'aeiouy';
const isVowel = (ch: string | undefined): boolean => ch !== undefined && VOWELS.includes(ch);

/**
 * Plurals whose singular no rule finds. "ouderen" (older people) must not become "ouder"
 * (parent): the residents searching for either are not the same.
 */
const IRREGULAR: ReadonlyMap<string, string> = new Map([
  ['kinderen', 'kind'],
  ['kindje', 'kind'],
  ['kindjes', 'kind'],
  ['ouderen', 'oudere'],
  ['oudere', 'oudere'],
  ['jongeren', 'jongere'],
  ['jongere', 'jongere'],
  ['volwassenen', 'volwassene'],
  ['volwassene', 'volwassene'],
  ['eieren', 'ei'],
  ['steden', 'stad'],
  ['schepen', 'schip'],
  ['mensen', 'mens'],
]);

/** Words shorter than this are left alone: stripping "-en" from "ben" or "-s" from "bus" breaks them. */
const MIN_LENGTH = 4;
/** No rule may leave a stem shorter than this. */
const MIN_STEM = 3;

export function stem(word: string): string {
  const irregular = IRREGULAR.get(word);
  if (irregular !== undefined) return irregular;
  if (word.length < MIN_LENGTH || /\d/.test(word)) return word;
  let w = word;
  w = stripHeid(w);
  w = stripDiminutive(w);
  if (w === word) w = stripPlural(w);
  if (w === word) w = stripAdjectiveE(w);
  return practitionerAsField(canonicalVowels(w));
}

/**
 * A practitioner and their field share a key, as residents ask for either and services name
 * either: fysiotherapeut(en) → fysiotherapie, psycholoog/psychologen → psychologie.
 */
function practitionerAsField(w: string): string {
  if (w.endsWith('therapeut')) return `${w.slice(0, -3)}ie`;
  if (w.endsWith('olog') && w.length > 6) return `${w}ie`;
  return w;
}

/** mogelijkheden → mogelijkheid */
function stripHeid(w: string): string {
  return w.endsWith('heden') && w.length > 7 ? `${w.slice(0, -5)}heid` : w;
}

/** maatje(s) → maat, boompje → boom, balletje → bal, huisje → huis. */
function stripDiminutive(w: string): string {
  const base = w.endsWith('jes') ? w.slice(0, -1) : w;
  if (!base.endsWith('je')) return w;
  // balletje, mannetje: the consonant is doubled before -etje.
  if (base.endsWith('etje')) {
    const head = base.slice(0, -4);
    const last = head.at(-1);
    if (head.length >= MIN_STEM && last !== undefined && head.at(-2) === last && !isVowel(last)) {
      return head.slice(0, -1);
    }
  }
  // boompje, raampje: -pje after m.
  if (base.endsWith('mpje')) return base.slice(0, -3);
  const head = base.slice(0, -2);
  return head.length >= MIN_STEM ? head : w;
}

/** schulden → schuld, lessen → les, huizen → huis, ouders → ouder, taxis → taxi. */
function stripPlural(w: string): string {
  if (w.endsWith('en') && w.length >= 5) {
    let head = w.slice(0, -2);
    // therapieën, studieën: the plural of a word in -ie.
    if (head.endsWith('ie') && head.length >= 5) return head;
    // "alleen", "geen", "zeeën": the -en belongs to the word or follows a vowel.
    if (isVowel(head.at(-1))) return w;
    if (head.length < MIN_STEM) return w;
    head = undouble(head);
    // huizen → huis, geven → geef: Dutch writes voiced endings unvoiced.
    if (head.endsWith('z')) head = `${head.slice(0, -1)}s`;
    else if (head.endsWith('v')) head = `${head.slice(0, -1)}f`;
    return head;
  }
  // -s plurals after -er, -el, -em and -ie (ouders, winkels, studies) and of loanwords ending in
  // m, p or b (teams, apps, clubs). Not after other letters: "cursus", "buurthuis", "mens",
  // "kans" and "fiets" end in -s themselves.
  if (w.endsWith('s') && w.length >= 5 && /(?:er|el|em|ie|[mpb])s$/.test(w)) return w.slice(0, -1);
  return w;
}

/** financiële → financiel, eenzame → eenzam: the -e of an inflected adjective. */
function stripAdjectiveE(w: string): string {
  if (!w.endsWith('e') || w.length < 5) return w;
  const head = w.slice(0, -1);
  // dementie, koffie, situatie: -ie is part of the word, as is the e of "twee".
  if (isVowel(head.at(-1))) return w;
  return undouble(head);
}

/** lessen → less → les: a consonant doubled before an ending is written once without it. */
function undouble(head: string): string {
  const last = head.at(-1);
  if (last !== undefined && head.at(-2) === last && !isVowel(last) && head.length > MIN_STEM) {
    return head.slice(0, -1);
  }
  return head;
}

/**
 * probleem/problemen, maat/maten, huur/huren: Dutch doubles a vowel in a closed syllable and
 * writes it once in an open one. Writing it once at the end of every stem gives both one key.
 */
function canonicalVowels(w: string): string {
  // "financieel" too: only a tripled vowel ("zeeen") is left alone.
  if (w.length < MIN_LENGTH || !/(aa|ee|oo|uu)[^aeiouy]$/.test(w) || w.at(-4) === w.at(-3)) return w;
  return `${w.slice(0, -2)}${w.at(-1)}`;
}

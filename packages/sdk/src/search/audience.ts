import { words } from './normalize.js';

/**
 * Groups a service can be made for, as its name says ("Rouwgroep kinderen", "Coming-out maatje",
 * "International Student Buddy Programme"). A resident whose query names none of a group's words
 * ("mijn man is overleden", "ik voel me eenzaam") is better served first by the help made for
 * everyone: such a service then ranks after equally relevant ones, never out of the results.
 * Older people are no such group: much general help is made for them, and they search most.
 *
 * Each group lists words, or word starts ending in `*`, that name it in a service's name or in a
 * query. The same list serves both sides, so "kinderopvang" in a query fits a children's service.
 */
const AUDIENCES: readonly (readonly string[])[] = [
  // Children and young people, and the words parents use for them.
  [
    'kind', 'kinderen', 'kinder*', 'kids', 'jeugd*', 'jong', 'jonge', 'jonger*', 'tiener*', 'puber*', 'meiden*',
    'meisje*', 'jongen', 'jongens*', 'zoon', 'zonen', 'dochter*', 'baby*', 'peuter*', 'kleuter*',
    'scholier*', 'school*', 'brugklas*', 'kleinkind*', 'kleinzoon', 'kleindochter', 'child*', 'teen*', 'youth', 'young*',
  ],
  ['student*', 'studie*', 'studeer*', 'studeren', 'hogeschool', 'universiteit', 'university', 'mbo', 'hbo'],
  // Internationals: a service in English for them fits an English query.
  ['international*', 'expat*', 'english', 'i', 'im', 'my', 'the', 'need', 'looking', 'want', 'cant', 'dont'],
  ['nieuwkomer*', 'newcomer*', 'statushouder*', 'vluchteling*', 'refugee*', 'asielzoeker*', 'migrant*'],
  ['lhbt*', 'lgbt*', 'roze', 'queer*', 'coming', 'homo*', 'lesbi*', 'bi', 'biseksu*', 'gay', 'trans', 'transgender*', 'non-binair*'],
];

const EXACT = new Map<string, number>();
const STARTS: { start: string; bit: number }[] = [];
AUDIENCES.forEach((group, i) => {
  for (const entry of group) {
    if (entry.endsWith('*')) STARTS.push({ start: entry.slice(0, -1), bit: 1 << i });
    else EXACT.set(entry, 1 << i);
  }
});

/** Ages a query gives ("ik ben 16", "zoon van 19") that make it about a young person. */
const YOUNG_AGE_MAX = 23;
const YOUTH_BIT = 1;

function groupsOf(word: string): number {
  let mask = EXACT.get(word) ?? 0;
  for (const { start, bit } of STARTS) if (word.startsWith(start)) mask |= bit;
  return mask;
}

/** The groups a service's name (or other name) says it is made for, as bits (see AUDIENCES). */
export function serviceAudiences(name: string): number {
  let mask = 0;
  for (const word of words(name)) mask |= groupsOf(word);
  return mask;
}

/** The groups a query names, as bits; an age up to 23 ("ik ben 16") names young people. */
export function queryAudiences(query: string): number {
  let mask = 0;
  for (const word of words(query)) {
    mask |= groupsOf(word);
    if (/^\d{1,2}$/.test(word) && Number(word) <= YOUNG_AGE_MAX) mask |= YOUTH_BIT;
  }
  return mask;
}

/**
 * How a service's audience fits a query: made for a group the query names ("ik ben 16" and a
 * youth service), for everyone, or only for groups it does not name. Ranked in this order.
 */
export type AudienceFit = 'named' | 'everyone' | 'others';
export const AUDIENCE_ORDER: readonly AudienceFit[] = ['named', 'everyone', 'others'];

export function audienceFit(serviceGroups: number, queryGroups: number): AudienceFit {
  if (serviceGroups === 0) return 'everyone';
  return (serviceGroups & queryGroups) !== 0 ? 'named' : 'others';
}

/** How much of its relevance a service made for others keeps (it also ranks after the rest of its bucket). */
export const OTHER_AUDIENCE_SHARE = 0.6;

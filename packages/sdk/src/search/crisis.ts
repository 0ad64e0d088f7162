import type { Service } from '@wijkwijzer/schemas';
import type { CrisisKind } from './crisis-signal.js';
import type { Lang } from '../lang.js';

/**
 * National help lines the SDK ships, so a resident in crisis always finds them, whatever the feed
 * contains. These are the real national numbers: 113 Zelfmoordpreventie 0800-0113 (free, day and
 * night; the short number 113 costs the caller's normal rate; chat on 113.nl), Veilig Thuis
 * 0800-2000 (free, day and night) and 112 (free). Each number carries its own cost and hours, so
 * a screen can never show one number's "free" beside another. Re-check them on 113.nl and
 * veiligthuis.nl before each release: a wrong number here is the worst bug this SDK can have.
 * The generic huisartsenpost record has no number on purpose: there is no national one, and a
 * made-up number is worse than none. Feeds with a huisartsenpost of their own replace it.
 */

/** Each phone's `description` says what that number costs and when it answers, in the reader's language. */
type Texts = Pick<Service, 'name' | 'description' | 'summary_b1' | 'application_process' | 'phones'>;

interface Line {
  base: Pick<Service, 'id' | 'organization_id' | 'status' | 'audience' | 'referral' | 'cost' | 'url'>;
  texts: Record<Lang, Texts>;
}

const ALWAYS = { status: 'active', audience: 'beide', referral: 'geen', cost: 'gratis' } as const;

const LINE_113: Line = {
  base: {
    id: 'nl-113-zelfmoordpreventie',
    organization_id: 'nl-113',
    ...ALWAYS,
    url: 'https://www.113.nl',
  },
  texts: {
    nl: {
      name: '113 Zelfmoordpreventie',
      summary_b1: 'Denk je aan zelfmoord? Praat erover. Bel gratis 0800-0113 of chat via 113.nl. Dag en nacht, anoniem.',
      description:
        'Hulplijn voor mensen die aan zelfmoord denken of zichzelf pijn doen, en voor hun naasten. Bel gratis 0800-0113, of 113 tegen je gewone beltarief, of chat op 113.nl. Dag en nacht bereikbaar, anoniem. Is er direct gevaar? Bel 112.',
      application_process: 'Bel 0800-0113 of chat op www.113.nl.',
      phones: [
        { number: '0800-0113', type: 'voice', description: 'Gratis, dag en nacht' },
        { number: '113', type: 'voice', description: 'Kort nummer: je gewone beltarief, dag en nacht' },
      ],
    },
    en: {
      name: '113 Suicide Prevention',
      summary_b1: 'Thinking about suicide? Talk about it. Call 0800-0113 free of charge or chat at 113.nl. Day and night, anonymous.',
      description:
        'Help line for people who think about suicide or hurt themselves, and for those close to them. Call 0800-0113 free of charge, or 113 at your normal call rate, or chat at 113.nl. Open day and night, anonymous. In immediate danger? Call 112.',
      application_process: 'Call 0800-0113 or chat at www.113.nl.',
      phones: [
        { number: '0800-0113', type: 'voice', description: 'Free, day and night' },
        { number: '113', type: 'voice', description: 'Short number: your normal call rate, day and night' },
      ],
    },
  },
};

const LINE_VEILIG_THUIS: Line = {
  base: {
    id: 'nl-veilig-thuis',
    organization_id: 'nl-veilig-thuis',
    ...ALWAYS,
    url: 'https://veiligthuis.nl',
  },
  texts: {
    nl: {
      name: 'Veilig Thuis',
      summary_b1: 'Is het thuis niet veilig, of maak je je zorgen over iemand? Bel gratis 0800-2000, dag en nacht.',
      description:
        'Advies- en meldpunt voor huiselijk geweld en kindermishandeling. Voor slachtoffers, omstanders en professionals. Bel gratis 0800-2000, dag en nacht, ook anoniem. Bij direct gevaar: bel 112.',
      application_process: 'Bel 0800-2000 of kijk op veiligthuis.nl.',
      phones: [{ number: '0800-2000', type: 'voice', description: 'Gratis, dag en nacht' }],
    },
    en: {
      name: 'Veilig Thuis (Safe at Home)',
      summary_b1: 'Not safe at home, or worried about someone? Call 0800-2000 free of charge, day and night.',
      description:
        'Advice and reporting centre for domestic violence and child abuse, for victims, bystanders and professionals. Call 0800-2000 free of charge, day and night, anonymously if you wish. In immediate danger: call 112.',
      application_process: 'Call 0800-2000 or visit veiligthuis.nl.',
      phones: [{ number: '0800-2000', type: 'voice', description: 'Free, day and night' }],
    },
  },
};

const LINE_112: Line = {
  base: {
    id: 'nl-112',
    organization_id: 'nl-112',
    ...ALWAYS,
  },
  texts: {
    nl: {
      name: '112 Alarmnummer',
      summary_b1: 'Is iemand in levensgevaar of telt elke seconde? Bel 112.',
      description: 'Bel 112 bij levensgevaar of als elke seconde telt: voor ambulance, politie en brandweer. Gratis, dag en nacht.',
      application_process: 'Bel 112.',
      phones: [{ number: '112', type: 'voice', description: 'Alarmnummer: gratis, dag en nacht' }],
    },
    en: {
      name: '112 Emergency number',
      summary_b1: 'Is someone in danger of their life, or does every second count? Call 112.',
      description: 'Call 112 when a life is in danger or every second counts: ambulance, police and fire brigade. Free, day and night.',
      application_process: 'Call 112.',
      phones: [{ number: '112', type: 'voice', description: 'Emergency number: free, day and night' }],
    },
  },
};

const LINE_HUISARTSENPOST: Line = {
  base: { id: 'nl-huisartsenpost', organization_id: 'nl-huisartsenpost', ...ALWAYS, cost: 'verzekerd' },
  texts: {
    nl: {
      name: 'Huisartsenpost',
      summary_b1: 'Huisartsenpost: bel eerst uw eigen huisarts of de huisartsenpost in uw regio.',
      description:
        'Dringende medische hulp die niet kan wachten: overdag belt u uw eigen huisarts; \'s avonds, \'s nachts en in het weekend de huisartsenpost in uw regio. Bel altijd eerst. Bij levensgevaar: bel 112.',
      application_process: 'Bel eerst uw eigen huisarts of de huisartsenpost in uw regio.',
    },
    en: {
      name: 'Out-of-hours GP service (huisartsenpost)',
      summary_b1: 'Out-of-hours GP service: call your own GP or the huisartsenpost in your region first.',
      description:
        'Urgent medical care that cannot wait: during the day call your own GP; in the evening, at night and at weekends the huisartsenpost in your region. Always call first. When a life is in danger: call 112.',
      application_process: 'Call your own GP or the huisartsenpost in your region first.',
    },
  },
};

/** Which lines each signal calls for, most urgent first. */
const LINES: Record<CrisisKind, readonly Line[]> = {
  suicide: [LINE_113, LINE_112],
  violence: [LINE_VEILIG_THUIS, LINE_112],
  medical: [LINE_112, LINE_HUISARTSENPOST],
};

/** The generic huisartsenpost entry's id, replaced by a feed's own huisartsenposten when it has them. */
export const GENERIC_HUISARTSENPOST_ID = LINE_HUISARTSENPOST.base.id;

/**
 * The shipped help-line records for the signalled kinds, in the resident's language, each line
 * once: 112 first when the signal is medical or there is danger now (a life may be at stake), the
 * huisartsenpost last.
 */
export function crisisLines(kinds: readonly CrisisKind[], lang: Lang = 'nl', options: { dangerNow?: boolean } = {}): Service[] {
  const lines: Line[] = [];
  for (const kind of kinds) for (const line of LINES[kind]) if (!lines.includes(line)) lines.push(line);
  const urgent = kinds.includes('medical') || options.dangerNow === true;
  const rank = (line: Line): number => (line === LINE_112 && urgent ? -1 : line === LINE_HUISARTSENPOST ? 1 : 0);
  // Array.prototype.sort is stable, so lines of equal rank keep the order of their signals.
  lines.sort((a, b) => rank(a) - rank(b));
  return lines.map((line): Service => ({ ...line.base, ...line.texts[lang] }));
}

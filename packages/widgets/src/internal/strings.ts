import type { ReactiveControllerHost } from 'lit';
import { LocalizeController, stringTables, type StringTable, type StringTables } from './localize.js';

/** Words every widget uses; each widget has its own table for the rest. */
const nl = {
  loading: 'Gegevens worden geladen…',
  errorTitle: 'Het lukt nu niet om de gegevens te laden.',
  errorRetry: 'Opnieuw proberen',
  errorFallback: 'Zoek hulp via je gemeente of bel je huisarts.',
  noFeed: 'Deze widget is nog niet ingesteld: het attribuut "feed" ontbreekt.',
  sampleNotice:
    'Voorbeeldgegevens: namen van organisaties kloppen, maar diensten, telefoonnummers, adressen en wachttijden zijn verzonnen. De landelijke hulplijnen 112, 113 en Veilig Thuis zijn echt.',
  staleNotice: 'Dit zijn de laatst bekende gegevens. Ze kunnen verouderd zijn.',
  renderFailure: 'Deze informatie kan nu niet worden getoond.',
  helpTitle: 'Direct hulp nodig?',
  helpIntro: 'Deze landelijke hulplijnen zijn er dag en nacht. Bij direct gevaar: bel 112.',
  helpReal: 'Deze landelijke nummers zijn echt, ook als de rest voorbeeldgegevens zijn.',
  helpCall: (number: string) => `Bel ${number}`,
};

export type CommonStrings = typeof nl;

export const COMMON_STRINGS = stringTables(nl, () => import('./strings.en.js'));

/** A widget's one words controller: its own table `own`, then the words every widget shares. */
export function wordsOf<T extends StringTable>(host: ReactiveControllerHost & HTMLElement, own: StringTables<T>): LocalizeController<T & CommonStrings> {
  // The shared table supplies the words T lacks; the controller reads both, own words first.
  return new LocalizeController(host, own as StringTables<T & CommonStrings>, COMMON_STRINGS);
}

import { defineElement } from '../internal/define.js';
import { SocialeKaart } from './sociale-kaart.component.js';
// Results and details show waiting times with the badge, so this entry brings it along.
import '../wachttijd-badge/wachttijd-badge.js';

export { SocialeKaart };
export { KAART_STRINGS, type KaartStrings } from './sociale-kaart.strings.js';

defineElement('sociale-kaart', SocialeKaart);

declare global {
  interface HTMLElementTagNameMap {
    'sociale-kaart': SocialeKaart;
  }
}

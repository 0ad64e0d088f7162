import type { LocalizeController } from '../internal/localize.js';
import type { KaartStrings } from './sociale-kaart.strings.js';

/** The finder's words in the language in force, as the render modules receive them. */
export type KaartTerms = LocalizeController<KaartStrings>;

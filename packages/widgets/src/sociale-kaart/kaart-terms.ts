import type { LocalizeController } from '../internal/localize.js';
import type { CommonStrings } from '../internal/strings.js';
import type { KaartStrings } from './sociale-kaart.strings.js';

/** The finder's words in the language in force (its own and the shared ones), as every render module receives them. */
export type KaartTerms = LocalizeController<KaartStrings & CommonStrings>;

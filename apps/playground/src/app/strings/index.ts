import type { Strings, UiLang } from '../i18n.js';
import { en } from './en.js';
import { nl } from './nl.js';

export const STRINGS: Readonly<Record<UiLang, Strings>> = { nl, en };

import { notValidFormat } from '../issues.js';

/*
 * The decision zod's `z.url({ protocol: /^https?$/, hostname })` makes, in our own
 * code, for the compact validator: the string is trimmed; it must start with
 * `http://` or `https://` (zod asks for the slashes before it parses, so that
 * `http:example.nl` is not read as a link); the platform's URL parser must accept
 * it; and the parsed host name must match the contract's pattern. Both validators
 * use the same `URL` of the same browser, so they agree there too.
 */

const HTTP_LINK_START = /^https?:\/\//i;
/** The URL parser drops tabs and line breaks anywhere; so does the value zod hands on. */
const TAB_OR_LINE_BREAK = /[\t\n\r]/g;

export const NOT_A_LINK = notValidFormat('url');

/**
 * Checks a web link and returns the value as zod returns it: trimmed and without
 * tabs or line breaks once it parses, else unchanged. Problems go to `report`.
 */
export function checkWebLink(value: string, hostname: RegExp, report: (message: string) => void): string {
  const trimmed = value.trim();
  let url: URL | undefined;
  if (HTTP_LINK_START.test(trimmed)) {
    try {
      url = new URL(trimmed);
    } catch {
      // unparseable: reported below
    }
  }
  if (!url) {
    report(NOT_A_LINK);
    return value;
  }
  // The protocol needs no test of its own: the start above already makes it http or https.
  if (!hostname.test(url.hostname)) report(NOT_A_LINK);
  return trimmed.replace(TAB_OR_LINE_BREAK, '');
}

import * as z from 'zod/mini';

/**
 * Building blocks shared by every entity of the contract. Kept in one module so
 * that a rule (what counts as a safe link, an id, a date) is written once.
 */

/** A stable identifier: a slug or a UUID, as HSDS and our source files use. */
export const Id = z.string().check(
  z.minLength(1),
  z.maxLength(200),
  z.regex(/^[A-Za-z0-9][A-Za-z0-9._:-]*$/, 'an id uses letters, digits, ".", "_", ":" and "-" only'),
);
export type Id = z.infer<typeof Id>;

/** Text that must say something: trimmed length of at least one character. */
export const Text = z.string().check(z.regex(/\S/, 'text must not be empty'));
export type Text = z.infer<typeof Text>;

/** A calendar date, `YYYY-MM-DD`. */
export const IsoDate = z.iso.date();
export type IsoDate = z.infer<typeof IsoDate>;

/** A moment with an offset, e.g. `2026-11-22T10:00:00Z`. */
export const IsoDateTime = z.iso.datetime({ offset: true });
export type IsoDateTime = z.infer<typeof IsoDateTime>;

/**
 * A host name with a dot and a top-level domain: the same pattern as zod's
 * `z.regexes.domain`, written out because reading it through the `z.regexes`
 * namespace makes bundlers keep every one of zod's regexes (6.7 KB minified).
 */
const DOMAIN = /^(?=.{1,253}$)([a-zA-Z0-9](?:[a-zA-Z0-9-]{0,61}[a-zA-Z0-9])?\.)+[a-zA-Z]{2,63}$/;

/**
 * A link that is safe to put in `href`: only `http:` and `https:`. Anything else
 * (`javascript:`, `data:`, `vbscript:`) is refused at the boundary, not at render time.
 */
export const SafeUrl = z
  .url({ protocol: /^https?$/, hostname: DOMAIN })
  // Repeated as a pattern so the exported JSON Schema refuses other schemes too.
  .check(z.regex(/^https?:\/\//i, 'a link starts with http:// or https://'));
export type SafeUrl = z.infer<typeof SafeUrl>;

export const Email = z.email();
export type Email = z.infer<typeof Email>;

/**
 * A wall-clock time in 24-hour notation, `HH:MM` (seconds optional), as HSDS
 * `opens_at`. `24:00` is allowed so a day can be written as 00:00-24:00.
 */
export const ClockTime = z.string().check(
  z.regex(/^(?:(?:[01]\d|2[0-3]):[0-5]\d(?::[0-5]\d)?|24:00(?::00)?)$/, 'a time is written HH:MM, e.g. 09:00'),
);
export type ClockTime = z.infer<typeof ClockTime>;

/** A BCP 47 language tag such as `nl`, `en`, `ar`, `pap` or `zh-Hant`. */
export const LanguageCode = z.string().check(
  z.regex(/^[a-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$/, 'a language code looks like "nl" or "zh-Hant"'),
);
export type LanguageCode = z.infer<typeof LanguageCode>;

/** WGS84 coordinates. */
export const GeoPoint = z.looseObject({
  latitude: z.number().check(z.gte(-90), z.lte(90)),
  longitude: z.number().check(z.gte(-180), z.lte(180)),
});
export type GeoPoint = z.infer<typeof GeoPoint>;

/** Where a fact comes from: a publisher's name and, if public, a link. */
export const Source = z.looseObject({
  name: Text,
  url: z.optional(SafeUrl),
  /** A pointer into a source document, e.g. `002:10656-10742`. */
  citation: z.optional(Text),
});
export type Source = z.infer<typeof Source>;

/** A semantic version, `MAJOR.MINOR.PATCH`. */
export const SemVer = z.string().check(
  z.regex(/^\d+\.\d+\.\d+(?:-[0-9A-Za-z.-]+)?$/, 'a version looks like 1.0.0'),
);
export type SemVer = z.infer<typeof SemVer>;

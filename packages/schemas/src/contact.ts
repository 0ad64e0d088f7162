import * as z from 'zod/mini';
import { Email, Id, LanguageCode, Text } from './primitives.js';

/** A language a service or phone line is offered in (HSDS `language`). */
export const Language = z.looseObject({
  id: z.optional(Id),
  code: LanguageCode,
  name: z.optional(Text),
  note: z.optional(Text),
});
export type Language = z.infer<typeof Language>;

/**
 * A phone number as people write it ("030 123 4567", "0800-0113"): digits,
 * spaces, dashes, brackets and a leading plus. It is shown and dialled, never parsed.
 */
export const PhoneNumber = z.string().check(
  z.regex(/^\+?[0-9][0-9 ()-]{1,23}[0-9]$/, 'a phone number has digits, spaces and dashes only'),
);
export type PhoneNumber = z.infer<typeof PhoneNumber>;

/** HSDS `phone`; the `id` is optional in our profile when the phone is nested. */
export const Phone = z.looseObject({
  id: z.optional(Id),
  number: PhoneNumber,
  extension: z.optional(z.number().check(z.int(), z.gte(0))),
  type: z.optional(Text),
  description: z.optional(Text),
  languages: z.optional(z.array(Language)),
});
export type Phone = z.infer<typeof Phone>;

/** A person or role to contact (HSDS `contact`); `title` carries the role for professionals. */
export const Contact = z.looseObject({
  id: z.optional(Id),
  name: z.optional(Text),
  title: z.optional(Text),
  department: z.optional(Text),
  email: z.optional(Email),
  phones: z.optional(z.array(Phone)),
});
export type Contact = z.infer<typeof Contact>;

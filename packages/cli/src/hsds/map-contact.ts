import { Email, Id, LanguageCode, PhoneNumber, Text, type Contact, type Language, type Phone } from '@wijkwijzer/schemas';
import { isObject } from '../json.js';
import { ourId, readExtension } from './extension.js';
import { checked, compact, mapList, noteIgnored, text, type MapContext } from './fields.js';

/** HSDS language → ours. Codes are lower-cased (`UR` → `ur`); a language without a usable code is left out. */
export function mapLanguage(raw: unknown, ctx: MapContext): Language | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'language', ctx);
  const rawCode = text(raw.code);
  // Only the primary subtag is lower-cased: script and region subtags keep their case (zh-Hant).
  const normalised = rawCode?.replace(/^[A-Za-z]+/, (primary) => primary.toLowerCase());
  const code = checked(LanguageCode, normalised, 'language code', ctx);
  if (code === undefined) {
    if (rawCode === undefined) ctx.notes.add(`${ctx.where}: left out a language without a code (${text(raw.name) ?? 'unnamed'})`);
    return undefined;
  }
  return compact({
    id: ourId(readExtension(raw, 'language', ctx), checked(Id, raw.id, 'language id', ctx)),
    code,
    name: checked(Text, text(raw.name), 'language name', ctx),
    note: checked(Text, text(raw.note), 'language note', ctx),
  });
}

/** Strips quotes and stray whitespace that exports leave around numbers (the HSDS examples quote theirs). */
function cleanNumber(value: unknown): unknown {
  return typeof value === 'string' ? value.replace(/^[\s"']+|[\s"']+$/g, '') : value;
}

/** HSDS phone → ours; a phone without a usable number is left out. */
export function mapPhone(raw: unknown, ctx: MapContext): Phone | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'phone', ctx);
  const number = checked(PhoneNumber, cleanNumber(raw.number), 'phone number', ctx);
  if (number === undefined) return undefined;
  const extension = typeof raw.extension === 'string' && /^\d+$/.test(raw.extension) ? Number(raw.extension) : raw.extension;
  return compact({
    id: ourId(readExtension(raw, 'phone', ctx), checked(Id, raw.id, 'phone id', ctx)),
    number,
    extension: Number.isInteger(extension) && typeof extension === 'number' && extension >= 0 ? extension : undefined,
    type: checked(Text, text(raw.type), 'phone type', ctx),
    description: checked(Text, text(raw.description), 'phone description', ctx),
    languages: mapList(raw.languages, (item) => mapLanguage(item, ctx)),
  });
}

/** HSDS contact → ours; a contact with nothing to show is left out. */
export function mapContact(raw: unknown, ctx: MapContext): Contact | undefined {
  if (!isObject(raw)) return undefined;
  noteIgnored(raw, 'contact', ctx);
  const contact = compact({
    id: ourId(readExtension(raw, 'contact', ctx), checked(Id, raw.id, 'contact id', ctx)),
    name: checked(Text, text(raw.name), 'contact name', ctx),
    title: checked(Text, text(raw.title), 'contact title', ctx),
    department: checked(Text, text(raw.department), 'contact department', ctx),
    email: checked(Email, text(raw.email), 'contact email', ctx),
    phones: mapList(raw.phones, (item) => mapPhone(item, ctx)),
  });
  return Object.keys(contact).some((key) => key !== 'id') ? contact : undefined;
}

import type { ReactiveElement } from 'lit';

/**
 * What a property accepts when it is set from code. Frameworks set properties, not attributes
 * (React 19 sets `now="2026-06-01"` as a string), and scripts set whatever a form gave them. So a
 * property reads the same values as its attribute, and more where code has richer ones (a Date, a
 * number). What it cannot read gives the property's default and one console warning: a widget
 * never throws into its page over a value.
 */

/** What a reader returns for a value it cannot use. */
export const UNREADABLE: unique symbol = Symbol('unreadable');

export interface PropertyInput<T> {
  /** The property's value for what was set (an attribute's text, or anything from code). */
  read(value: unknown): T | typeof UNREADABLE;
  /** The value for what cannot be read: the property's default. */
  fallback: T;
  /** What the warning says the property takes. */
  expected: string;
}

/**
 * Makes a Lit property read what is set on it with `input`. Put it above `@property`, whose
 * setter it wraps; the attribute's text reaches it through that setter too, so give the
 * `@property` no `fromAttribute`:
 *
 *     @readAs(DATE_INPUT) @property() now: Date | undefined;
 */
export function readAs<T>(input: PropertyInput<T>): (proto: ReactiveElement, name: string) => void {
  return (proto, name) => {
    const declared = Object.getOwnPropertyDescriptor(proto, name);
    const set = declared?.set;
    if (!declared || !set) throw new Error(`@readAs on "${name}" must stand above its @property decorator.`);
    Object.defineProperty(proto, name, {
      ...declared,
      set(this: ReactiveElement, value: unknown) {
        const read = input.read(value);
        if (read === UNREADABLE) {
          console.warn(`[wijkwijzer] <${this.localName}> ignores ${name} = ${describe(value)}; it takes ${input.expected}.`);
        }
        set.call(this, read === UNREADABLE ? input.fallback : read);
      },
    });
  };
}

/** A value as a warning can show it, without calling any of its code. */
function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || typeof value === 'bigint') return String(value);
  if (value instanceof Date) return 'an invalid Date';
  if (Array.isArray(value)) return 'an array';
  if (value === null) return 'null';
  return typeof value === 'object' ? 'an object' : `a ${typeof value}`;
}

/**
 * A moment: a Date, an ISO date or date-time ("2026-06-01", "2026-06-01T09:00:00+02:00"), or
 * milliseconds since 1970. Absent or empty means "no injected clock": the real time.
 */
export const DATE_INPUT: PropertyInput<Date | undefined> = {
  read(value) {
    if (value === undefined || value === null || (typeof value === 'string' && value.trim() === '')) return undefined;
    const date =
      value instanceof Date ? value : typeof value === 'string' ? new Date(value.trim()) : typeof value === 'number' ? new Date(value) : undefined;
    return date && !Number.isNaN(date.getTime()) ? date : UNREADABLE;
  },
  fallback: undefined,
  expected: 'a Date, an ISO date-time such as "2026-06-01T09:00:00+02:00", or milliseconds since 1970',
};

/** `inwoner` or `professional`, in any case; absent or empty is the residents' view, the safe default. */
export const AUDIENCE_INPUT: PropertyInput<'inwoner' | 'professional'> = {
  read(value) {
    if (value === undefined || value === null) return 'inwoner';
    if (typeof value !== 'string') return UNREADABLE;
    const word = value.trim().toLowerCase();
    if (word === 'professional') return 'professional';
    return word === 'inwoner' || word === '' ? 'inwoner' : UNREADABLE;
  },
  fallback: 'inwoner',
  expected: '"inwoner" or "professional"',
};

import type { ComplexAttributeConverter } from 'lit';

/**
 * `now="2026-11-21T20:00:00+01:00"` ↔ a Date. An empty or unreadable value means
 * "no injected clock" (the real time), never an Invalid Date that would break the figures.
 */
export const dateConverter: ComplexAttributeConverter<Date | undefined> = {
  fromAttribute(value: string | null): Date | undefined {
    if (!value) return undefined;
    const date = new Date(value);
    return Number.isNaN(date.getTime()) ? undefined : date;
  },
  toAttribute(value: Date | undefined): string | null {
    return value && !Number.isNaN(value.getTime()) ? value.toISOString() : null;
  },
};

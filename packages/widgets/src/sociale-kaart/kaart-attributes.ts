import type { ComplexAttributeConverter } from 'lit';

/**
 * A boolean attribute that is on unless the snippet says otherwise. HTML boolean
 * attributes cannot default to true (absent means false), so a pasted
 * `route-order="false"` (or "off", "no", "0") turns it off, and absent or any
 * other value keeps it on. Reflected only when off, so a default snippet stays short.
 */
export const defaultOnBoolean: ComplexAttributeConverter<boolean> = {
  fromAttribute(value: string | null): boolean {
    return value === null || !['false', 'off', 'no', '0'].includes(value.trim().toLowerCase());
  },
  toAttribute(value: boolean): string | null {
    return value ? null : 'false';
  },
};

export const DEFAULT_PAGE_SIZE = 20;
const MAX_PAGE_SIZE = 200;

/**
 * The page size from the `limit` attribute: a whole number from 1 to 200. A typo
 * ("twintig", "-5") falls back to the default instead of showing nothing.
 */
export const pageSize: ComplexAttributeConverter<number> = {
  fromAttribute(value: string | null): number {
    const parsed = Number.parseInt(value ?? '', 10);
    return Number.isFinite(parsed) && parsed >= 1 ? Math.min(parsed, MAX_PAGE_SIZE) : DEFAULT_PAGE_SIZE;
  },
  toAttribute(value: number): string {
    return String(value);
  },
};

export type KaartAudience = 'inwoner' | 'professional';

/** Anything but "professional" is the residents' view, the safe default. */
export const audienceConverter: ComplexAttributeConverter<KaartAudience> = {
  fromAttribute(value: string | null): KaartAudience {
    return value?.trim().toLowerCase() === 'professional' ? 'professional' : 'inwoner';
  },
  toAttribute(value: KaartAudience): string {
    return value;
  },
};

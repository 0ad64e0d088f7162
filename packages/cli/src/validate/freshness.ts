import type { DatasetName } from '@wijkwijzer/schemas';
import { figureAge } from '@wijkwijzer/sdk/availability';
import { localDate } from '@wijkwijzer/sdk/hours';
import { isObject, type JsonObject } from '../json.js';

/**
 * Freshness for publishers: which services nobody has checked with their provider
 * for too long (`assured_date`), grouped by organisation, and which availability
 * figures the widgets already show as old. No Node built-ins: the playground's
 * feed check runs it in the browser.
 */

/** How old an `assured_date` may be: `12m` (months), `1y`, `90d`. */
export interface MaxAge {
  amount: number;
  unit: 'd' | 'm' | 'y';
}

export const DEFAULT_MAX_AGE: MaxAge = { amount: 12, unit: 'm' };

/** `12m`, `1y`, `90d` → a MaxAge; undefined when the text is none of those. */
export function parseMaxAge(text: string): MaxAge | undefined {
  const match = /^(\d{1,4})\s*([dmy])$/.exec(text.trim().toLowerCase());
  const amount = Number(match?.[1]);
  return match && amount > 0 ? { amount, unit: match[2] as MaxAge['unit'] } : undefined;
}

/** The date `age` before `date` (both `YYYY-MM-DD`); 31 March minus a month is 28/29 February. */
export function dateBefore(date: string, age: MaxAge): string {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  if (age.unit === 'd') return new Date(Date.UTC(year, month - 1, day - age.amount)).toISOString().slice(0, 10);
  const months = age.unit === 'y' ? age.amount * 12 : age.amount;
  const first = new Date(Date.UTC(year, month - 1 - months, 1));
  const lastDay = new Date(Date.UTC(first.getUTCFullYear(), first.getUTCMonth() + 1, 0)).getUTCDate();
  first.setUTCDate(Math.min(day, lastDay));
  return first.toISOString().slice(0, 10);
}

/** A service whose information was checked too long ago, or never. */
export interface UncheckedService {
  id: string;
  name: string;
  /** Absent: never checked (no `assured_date`). */
  assuredDate?: string;
}

export interface FreshnessGroup {
  organizationId: string;
  /** Absent when the organisation is not in the feed. */
  organizationName?: string;
  /** How many services of this organisation the feed has. */
  serviceCount: number;
  services: UncheckedService[];
}

/** An availability figure older than the SDK lets a widget show as today's. */
export interface StaleFigure {
  id: string;
  serviceId: string;
  serviceName?: string;
  metric: string;
  referenceDate: string;
  refreshIntervalDays: number;
  ageDays: number;
}

export interface FreshnessReport {
  /** The day the check ran, in Utrecht. */
  today: string;
  maxAge: MaxAge;
  /** A service assured before this date is listed. */
  assuredBefore: string;
  /** Organisations with at least one service to check, most to check first. */
  organizations: FreshnessGroup[];
  staleFigures: StaleFigure[];
  counts: { services: number; unchecked: number; figures: number; staleFigures: number };
}

/**
 * The records of a dataset that have the fields named, as text (or a number for `*_days`).
 * The validity check has already listed what breaks the contract; validating every record
 * again would double the work on a national feed for a few fields.
 */
function withFields<K extends string>(items: readonly unknown[] | undefined, fields: readonly K[]): (JsonObject & Record<K, string>)[] {
  return (items ?? []).filter(
    (item): item is JsonObject & Record<K, string> => isObject(item) && fields.every((field) => typeof item[field] === 'string'),
  );
}

const assuredDateOf = (service: JsonObject): string | undefined => (typeof service.assured_date === 'string' ? service.assured_date : undefined);

const byText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Lists what a publisher should check again, from the records of a feed's full datasets. */
export function checkFreshness(items: Partial<Record<DatasetName, unknown[]>>, now: Date, maxAge: MaxAge = DEFAULT_MAX_AGE): FreshnessReport {
  const today = localDate(now);
  const assuredBefore = dateBefore(today, maxAge);
  const services = withFields(items.services, ['id', 'name', 'organization_id']);
  const organizationNames = new Map(withFields(items.organizations, ['id', 'name']).map((organization) => [organization.id, organization.name]));
  const serviceNames = new Map(services.map((service) => [service.id, service.name]));

  const groups = new Map<string, FreshnessGroup>();
  for (const service of services) {
    const name = organizationNames.get(service.organization_id);
    const group = groups.get(service.organization_id) ?? {
      organizationId: service.organization_id,
      ...(name === undefined ? {} : { organizationName: name }),
      serviceCount: 0,
      services: [],
    };
    group.serviceCount += 1;
    const assuredDate = assuredDateOf(service);
    // ISO dates compare as text.
    if (assuredDate === undefined || assuredDate < assuredBefore) {
      group.services.push({ id: service.id, name: service.name, ...(assuredDate === undefined ? {} : { assuredDate }) });
    }
    groups.set(service.organization_id, group);
  }
  const organizations = [...groups.values()]
    .filter((group) => group.services.length > 0)
    .sort((a, b) => b.services.length - a.services.length || byText(a.organizationName ?? a.organizationId, b.organizationName ?? b.organizationId));

  const figures = withFields(items.availability, ['id', 'service_id', 'metric', 'reference_date']).filter(
    (figure): figure is typeof figure & { refresh_interval_days: number } => typeof figure.refresh_interval_days === 'number',
  );
  const staleFigures = figures.flatMap((figure): StaleFigure[] => {
    const { ageDays, stale } = figureAge(figure, now);
    // A date that is no date gives NaN: the validity check reports that record already.
    if (Number.isNaN(ageDays)) return [];
    if (!stale) return [];
    const serviceName = serviceNames.get(figure.service_id);
    return [{
      id: figure.id,
      serviceId: figure.service_id,
      ...(serviceName === undefined ? {} : { serviceName }),
      metric: figure.metric,
      referenceDate: figure.reference_date,
      refreshIntervalDays: figure.refresh_interval_days,
      ageDays,
    }];
  });
  staleFigures.sort((a, b) => b.ageDays - a.ageDays || byText(a.id, b.id));

  return {
    today,
    maxAge,
    assuredBefore,
    organizations,
    staleFigures,
    counts: {
      services: services.length,
      unchecked: organizations.reduce((sum, group) => sum + group.services.length, 0),
      figures: figures.length,
      staleFigures: staleFigures.length,
    },
  };
}

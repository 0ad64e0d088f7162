import { createClient } from '@wijkwijzer/sdk';
import type { FeedListName } from './option-fields.js';

/** One choice in a list: the value written into the snippet and the name an editor recognises. */
export interface Choice {
  value: string;
  label: string;
}

/** Choices under a heading (`<optgroup>`); an empty heading means no group. */
export interface ChoiceGroup {
  heading: string;
  choices: Choice[];
}

export type FeedLists = Record<FeedListName, ChoiceGroup[]>;

const byLabel = (a: Choice, b: Choice): number => a.label.localeCompare(b.label, 'nl');

/** Headings of the groups the playground writes itself, translated at render time. */
export const GROUP_WITH_AVAILABILITY = 'with-availability';
export const GROUP_OTHER_SERVICES = 'other-services';

/**
 * Reads the lists for the feed-backed attributes (see `FEED_LISTS`) with the SDK,
 * as a widget would: the same validation, so a record the widget would skip is
 * not offered either. Area groups are headed by their kind (translated when shown).
 */
export async function loadFeedLists(feedUrl: string, signal: AbortSignal): Promise<FeedLists> {
  const client = createClient({ feedUrl, signal, retries: 0 });
  const [areas, pathways, needs, services, availability] = await Promise.all([
    client.areas.list(),
    client.pathways.list(),
    client.taxonomy.list({ kind: 'need' }),
    client.services.list(),
    client.availability.list(),
  ]);
  const areaChoices = (kind: string): Choice[] =>
    areas.filter((area) => area.kind === kind).map((area) => ({ value: area.id, label: area.name })).sort(byLabel);
  const kinds = [...new Set(areas.map((area) => area.kind))];
  const measured = new Set(availability.map((observation) => observation.service_id));
  const serviceChoices = services.map((service) => ({ value: service.id, label: service.name })).sort(byLabel);
  return {
    gemeenten: [{ heading: '', choices: areaChoices('gemeente') }],
    wijken: [{ heading: '', choices: areaChoices('wijk') }],
    areas: kinds.map((kind) => ({ heading: kind, choices: areaChoices(kind) })),
    pathways: [{ heading: '', choices: pathways.map((pathway) => ({ value: pathway.id, label: pathway.name })).sort(byLabel) }],
    needs: [{ heading: '', choices: needs.map((term) => ({ value: term.id, label: term.name })).sort(byLabel) }],
    services: [
      { heading: GROUP_WITH_AVAILABILITY, choices: serviceChoices.filter((choice) => measured.has(choice.value)) },
      { heading: GROUP_OTHER_SERVICES, choices: serviceChoices.filter((choice) => !measured.has(choice.value)) },
    ].filter((group) => group.choices.length > 0),
  };
}

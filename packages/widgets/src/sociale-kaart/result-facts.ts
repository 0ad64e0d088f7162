import type { ReactiveControllerHost } from 'lit';
import type { AvailabilityObservation, WijkwijzerClient } from '@wijkwijzer/sdk';
import type { OpeningState } from '@wijkwijzer/sdk/hours';
import type { Lang } from '../internal/lang.js';
import { hoursTarget } from './hours-target.js';
import type { LazyPart } from './lazy-part.js';
import type { Service } from './kaart-types.js';

/**
 * What a result card tells besides the service itself: whether it has waiting-time figures (then it
 * gets a badge) and whether it is open now. Figures load for the searched area, and again when a
 * search goes wider; open states are kept per minute and language, so cards keep theirs while a
 * resident types.
 */
export class ResultFacts {
  /** The waiting-time metrics per service with figures. */
  private availability: ReadonlyMap<string, readonly AvailabilityObservation[]> = new Map();
  /** The area whose figures are loaded (`''`: the whole region); undefined: none yet. */
  private scope: string | undefined;
  private readonly openStates = new Map<string, OpeningState>();

  constructor(private readonly host: ReactiveControllerHost) {}

  /** A new feed: forget the figures of the old one. */
  reset(): void {
    this.availability = new Map();
    this.scope = undefined;
    this.openStates.clear();
  }

  /**
   * Loads the figures a search of `area` needs, unless they are there: a wider area needs those of
   * more services, a narrower one has them already. Optional: a failure leaves results without badges.
   */
  async cover(client: WijkwijzerClient, area: string | undefined, signal: AbortSignal): Promise<void> {
    const scope = area ?? '';
    if (this.scope !== undefined && (this.scope === '' || this.scope === scope)) return;
    this.scope = scope;
    try {
      const observations = await client.availability.list({ signal, ...(area ? { area } : {}) });
      if (signal.aborted || this.scope !== scope) return;
      const byService = new Map<string, AvailabilityObservation[]>();
      for (const observation of observations) {
        const list = byService.get(observation.service_id);
        if (list) list.push(observation);
        else byService.set(observation.service_id, [observation]);
      }
      this.availability = byService;
      this.host.requestUpdate();
    } catch {
      // No figures: results simply show no badge.
    }
  }

  readonly hasAvailability = (serviceId: string): boolean => this.availability.has(serviceId);

  /** The places (location ids) a service's figures are for, each once; none when all hold everywhere. */
  readonly figurePlaces = (serviceId: string): string[] => [
    ...new Set((this.availability.get(serviceId) ?? []).flatMap((observation) => observation.location_id ?? [])),
  ];

  /** "Nu open · sluit om 17:00"; nothing for a huisartsenpost, whose badge says it already. */
  openState(tools: LazyPart, service: Service, now: Date, lang: Lang): OpeningState | undefined {
    const observations = this.availability.get(service.id);
    if (observations && tools.isHuisartsenpost(service, observations)) return undefined;
    const key = `${service.id} ${lang} ${Math.floor(now.getTime() / 6e4)}`;
    let found = this.openStates.get(key);
    if (!found) {
      if (this.openStates.size > 500) this.openStates.clear();
      found = tools.openingState(hoursTarget(service), now, { lang });
      this.openStates.set(key, found);
    }
    return found;
  }
}

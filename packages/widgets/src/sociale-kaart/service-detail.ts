import type { ReactiveControllerHost } from 'lit';
import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import type { Service } from './kaart-types.js';

/**
 * The service whose details show in place of the list, with its organisation's name. A result may
 * be a card of a feed in parts: its full record then comes from a small detail file.
 */
export class ServiceDetail {
  service: Service | undefined;
  organizationName: string | undefined;

  constructor(
    private readonly host: ReactiveControllerHost,
    /** The open service changed (the page URL may mirror it). */
    private readonly onChange: () => void,
  ) {}

  /** Shows `id`'s details: at once from `known` (the card that was opened), else once loaded. */
  async show(client: WijkwijzerClient, id: string, known?: Service): Promise<void> {
    const full = client.services.get(id).catch(() => undefined);
    const service = known ?? (await full);
    if (!service) return;
    this.set(service, undefined);
    this.onChange();
    const [detail, organization] = await Promise.all([
      known ? full : undefined,
      // The organisation's name is a nicety; the details stand without it.
      client.organizations.get(service.organization_id).catch(() => undefined),
    ]);
    if (this.service !== service) return;
    this.set(detail ?? service, organization?.name);
  }

  /** Back to the list; returns the id of the service that was open. */
  close(): string | undefined {
    const id = this.service?.id;
    this.set(undefined, undefined);
    this.onChange();
    return id;
  }

  private set(service: Service | undefined, organizationName: string | undefined): void {
    this.service = service;
    this.organizationName = organizationName;
    this.host.requestUpdate();
  }
}

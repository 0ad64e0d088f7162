/**
 * The widgets' events: namespaced, kebab-case, bubbling and composed so a host
 * page can listen on `document`. Emitted on user action only, never when a
 * property is set from code.
 */
export interface WijkwijzerEventDetails {
  /** The resident searched or changed a filter. */
  'wijkwijzer-search': { query: string; filters: Record<string, string | boolean | string[]> };
  /** The resident opened a service. */
  'wijkwijzer-service-select': { serviceId: string };
  /** The resident saved a service to the list, removed one or emptied it: the ids now in it, in order. */
  'wijkwijzer-list-change': { serviceIds: string[] };
  /** The resident moved to another step of a ketenaanpak. */
  'wijkwijzer-step-change': { pathwayId: string; stepId: string; index: number };
  /** The resident chose a diagnosis group in a waiting-time badge (`''`: all groups). */
  'wijkwijzer-group-change': { serviceId: string; group: string };
  /** Loading or rendering failed; the widget shows a message and, where it can, the last good data. */
  'wijkwijzer-error': { code: string; message: string };
}

export type WijkwijzerEventName = keyof WijkwijzerEventDetails;
export type WijkwijzerEvent<K extends WijkwijzerEventName> = CustomEvent<WijkwijzerEventDetails[K]>;

declare global {
  interface GlobalEventHandlersEventMap {
    'wijkwijzer-search': WijkwijzerEvent<'wijkwijzer-search'>;
    'wijkwijzer-service-select': WijkwijzerEvent<'wijkwijzer-service-select'>;
    'wijkwijzer-list-change': WijkwijzerEvent<'wijkwijzer-list-change'>;
    'wijkwijzer-step-change': WijkwijzerEvent<'wijkwijzer-step-change'>;
    'wijkwijzer-group-change': WijkwijzerEvent<'wijkwijzer-group-change'>;
    'wijkwijzer-error': WijkwijzerEvent<'wijkwijzer-error'>;
  }
}

/** Builds one of our events: bubbling and composed, so a host page can listen anywhere. */
export function wijkwijzerEvent<K extends WijkwijzerEventName>(name: K, detail: WijkwijzerEventDetails[K]): WijkwijzerEvent<K> {
  return new CustomEvent(name, { detail, bubbles: true, composed: true, cancelable: true });
}

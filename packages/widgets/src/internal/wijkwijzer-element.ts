import { html, LitElement, nothing, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import { wijkwijzerEvent, type WijkwijzerEventDetails, type WijkwijzerEventName } from './events.js';
import { LocalizeController } from './localize.js';
import { COMMON_STRINGS } from './strings.js';

/**
 * What all Wijkwijzer widgets share: the `feed` they read, the words every
 * widget needs, typed events, and a guard so that a fault in a widget never
 * throws into the host page.
 */
export abstract class WijkwijzerElement extends LitElement {
  /** URL of the feed's manifest (`index.json`), absolute or relative to the page. */
  @property({ reflect: true }) feed = '';

  protected readonly common = new LocalizeController(this, COMMON_STRINGS);

  /**
   * The SDK client for `feed`. Loaded on first use, so a widget's own entry
   * stays small and the data layer (validation, search) arrives as a shared
   * chunk. Rejects for a malformed feed URL.
   */
  protected async feedClient(): Promise<WijkwijzerClient> {
    const { clientFor } = await import('./feed-client.js');
    return clientFor(this.feed);
  }

  /** Dispatches one of our events. Call it for user actions only, never for a property set from code. */
  protected emit<K extends WijkwijzerEventName>(name: K, detail: WijkwijzerEventDetails[K]): boolean {
    return this.dispatchEvent(wijkwijzerEvent(name, detail));
  }

  /** Logs with the tag name, so a web team knows which widget spoke. */
  protected warn(message: string, cause?: unknown): void {
    console.warn(`[wijkwijzer] <${this.localName}> ${message}`, ...(cause === undefined ? [] : [cause]));
  }

  /** A notice that the data is made up, shown whenever the feed says `sample: true`. */
  protected renderSampleNotice(sample: boolean | undefined): TemplateResult | typeof nothing {
    return sample ? html`<p part="sample-notice" class="sample-notice">${this.common.term('sampleNotice')}</p>` : nothing;
  }

  /**
   * Lit calls this to render. A bug (or data we did not foresee) must not break
   * the page the widget is embedded in: we log, tell listeners, and show a
   * plain message in place of the widget.
   */
  protected override update(changed: PropertyValues): void {
    try {
      super.update(changed);
    } catch (error) {
      this.warn('could not be shown.', error);
      this.emit('wijkwijzer-error', { code: 'render', message: error instanceof Error ? error.message : String(error) });
      render(html`<p part="base" role="alert">${this.common.term('renderFailure')}</p>`, this.renderRoot);
    }
  }
}

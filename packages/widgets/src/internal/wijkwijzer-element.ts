import { html, LitElement, render, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import type { WijkwijzerClient } from '@wijkwijzer/sdk';
import { DataTask, PendingWork, type DataTaskOptions } from './data-task.js';
import { requestManifestEarly, takeEarlyRequest } from './early-manifest.js';
import { wijkwijzerEvent, type WijkwijzerEventDetails, type WijkwijzerEventName } from './events.js';
import { resolveLang } from './lang.js';
import { englishLoaded, type LocalizeController, type StringTable, type StringTables } from './localize.js';
import { nextTask } from './next-task.js';
import { wordsOf, type CommonStrings } from './strings.js';

/**
 * What all Wijkwijzer widgets share: the `feed` they read, the words every
 * widget needs, typed events, and a guard so that a fault in a widget never
 * throws into the host page. The JSDoc below documents what every widget
 * inherits (the custom elements manifest copies it into each widget; a widget
 * may document a token again where it means something more specific there).
 *
 * @attr lang - Language of the widget: `nl` (default) or `en`. Not set: the nearest
 *   ancestor's or the page's `lang`; other languages fall back to Dutch.
 *
 * @cssproperty --wijkwijzer-font-family - Font; falls back to `--utrecht-document-font-family`, then the system font.
 * @cssproperty --wijkwijzer-font-size - Base font size; falls back to `--utrecht-document-font-size`, then 1rem.
 * @cssproperty --wijkwijzer-line-height - Line height; falls back to `--utrecht-document-line-height`, then 1.5.
 * @cssproperty --wijkwijzer-color-text - Text colour; falls back to `--utrecht-document-color`, then #1b1b1b (#ececec on a page with `color-scheme: dark`). The colours without a value of their own are mixed from this and the background.
 * @cssproperty --wijkwijzer-color-text-muted - Secondary text (hints, descriptions); default 75% text on the background.
 * @cssproperty --wijkwijzer-color-background - Background; falls back to `--utrecht-document-background-color`, then white (#121212 on a page with `color-scheme: dark`).
 * @cssproperty --wijkwijzer-color-surface - Cards, tiles and notices; default 6% text on the background.
 * @cssproperty --wijkwijzer-color-border - Borders of fields and cards; falls back to `--utrecht-form-control-border-color`, then 60% text on the background.
 * @cssproperty --wijkwijzer-color-accent - Links, buttons and headings; falls back to `--utrecht-link-color`, then a blue mixed with the text colour (#00558f on the default light colours).
 * @cssproperty --wijkwijzer-color-on-accent - Text on accent buttons; default the background colour, which the accent is readable on.
 * @cssproperty --wijkwijzer-color-focus - Focus ring; falls back to `--utrecht-focus-outline-color`, then the accent.
 * @cssproperty --wijkwijzer-color-positive - Good news, such as open now or a wait within its norm; default a green mixed with the text colour (#1d6b33 on the default light colours).
 * @cssproperty --wijkwijzer-color-warning - Warnings, such as sample or outdated data, or a wait above its norm; default an orange mixed with the text colour (#8f3b00 on the default light colours).
 * @cssproperty --wijkwijzer-color-critical - Errors and what is urgent; default a red mixed with the text colour (#a3222b on the default light colours).
 * @cssproperty --wijkwijzer-radius - Corner radius; default 0.375rem.
 * @cssproperty --wijkwijzer-space - Base spacing unit; default 0.75rem.
 */
export abstract class WijkwijzerElement extends LitElement {
  /** URL of the feed's manifest (`index.json`), absolute or relative to the page. */
  @property({ reflect: true }) feed = '';

  /**
   * Origins besides the feed's own that the widget may load from, space-separated, e.g.
   * `https://cdn.example.nl` when the feed's datasets live on a CDN. The widget fetches
   * nothing outside the feed's origin: a dataset or redirect elsewhere that is not listed
   * shows the error state, with the error code `foreign_origin`. Set it with `feed`;
   * a change takes effect on the next load.
   */
  @property({ attribute: 'allowed-origins', converter: { fromAttribute: originList, toAttribute: (list: string[]) => list.join(' ') } })
  allowedOrigins: string[] = [];

  /** The widget's words (see `words`): its own and those every widget shares. */
  protected abstract readonly t: LocalizeController<CommonStrings>;

  /** Work whose result is not on screen yet: `updateComplete` waits for it. */
  protected readonly pending = new PendingWork();

  override connectedCallback(): void {
    super.connectedCallback();
    // When the script defines the element, an element already on the page is upgraded with its
    // attributes set: its manifest request goes out in that same task, before the data layer
    // has arrived (see scripts/build-cdn.mjs) and before the first render.
    requestManifestEarly(this.feed);
    // Back on the page after being moved (a keyed list re-ordered): leaving stopped a load in
    // progress, and the next update starts it again.
    if (this.hasUpdated) this.requestUpdate();
  }

  /**
   * The first render waits for a task of its own: on a slow phone, running the widget's code
   * (which upgrades the element) and drawing it are then two shorter tasks instead of one long one.
   * A render in English waits for the English words, which load on first use, so it never shows
   * Dutch first.
   */
  protected override async scheduleUpdate(): Promise<void> {
    if (!this.hasUpdated) await nextTask();
    if (resolveLang(this) === 'en') await englishLoaded();
    await super.scheduleUpdate();
  }

  /** The one words controller of a widget: its own table `own`, then the words every widget shares. */
  protected words<T extends StringTable>(own: StringTables<T>): LocalizeController<T & CommonStrings> {
    return wordsOf(this, own);
  }

  /**
   * Resolves once the render is done and the data being loaded is rendered too, so
   * `await el.updateComplete` means "the data is on screen". A search still waiting for typing
   * to pause is not included.
   */
  protected override getUpdateComplete(): Promise<boolean> {
    return this.pending.settle(() => super.getUpdateComplete());
  }

  /** The widget's data lifecycle (see DataTask): a failure is logged and told with `wijkwijzer-error`. */
  protected dataTask<A extends readonly unknown[], V>(failure: string, options: Omit<DataTaskOptions<A, V>, 'onError'>): DataTask<A, V> {
    return new DataTask(this, this.pending, { ...options, onError: (error) => this.reportFailure(failure, error) });
  }

  /**
   * The SDK client for `feed`. Loaded on first use, so a widget's own entry
   * stays small and the data layer (validation, search) arrives as a shared
   * chunk. The manifest is requested at once, while that chunk loads. Rejects for a
   * malformed feed URL.
   */
  protected async feedClient(): Promise<WijkwijzerClient> {
    requestManifestEarly(this.feed);
    const { clientFor } = await import('./feed-client.js');
    return clientFor(this.feed, this.allowedOrigins, takeEarlyRequest);
  }

  /** Dispatches one of our events. Call it for user actions only, never for a property set from code. */
  protected emit<K extends WijkwijzerEventName>(name: K, detail: WijkwijzerEventDetails[K]): boolean {
    return this.dispatchEvent(wijkwijzerEvent(name, detail));
  }

  /** Logs with the tag name, so a web team knows which widget spoke. */
  protected warn(message: string, cause?: unknown): void {
    console.warn(`[wijkwijzer] <${this.localName}> ${message}`, ...(cause === undefined ? [] : [cause]));
  }

  /**
   * Logs a failure and tells listeners with `wijkwijzer-error`, giving the SDK's
   * error code ("network", "http_status"…) when the error has one.
   */
  protected reportFailure(what: string, error: unknown, code = errorCode(error)): void {
    this.warn(what, error);
    this.emit('wijkwijzer-error', { code, message: error instanceof Error ? error.message : String(error) });
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
      this.reportFailure('could not be shown.', error, 'render');
      render(html`<p part="base" role="alert">${this.t.term('renderFailure')}</p>`, this.renderRoot);
    }
  }
}

/** `allowed-origins="https://a.nl  https://b.nl"` as a list; the SDK checks each entry. */
function originList(value: string | null): string[] {
  return value?.split(/\s+/).filter((entry) => entry !== '') ?? [];
}

function errorCode(error: unknown): string {
  const code = (error as { code?: unknown } | null)?.code;
  return typeof code === 'string' ? code : 'load';
}

import { css } from 'lit';

/**
 * Paper for the finder and the explainer: black on white whatever the page's theme (a dark theme
 * or a faint accent prints grey or not at all), and no buttons, the waiting-time badges' info
 * toggle included. The public tokens are set, so the badges inside take them too; `!important`
 * in a shadow root wins over the page's own values for them. Links whose words are not their
 * target say it, each widget where it has them. Not in the badge's entry: its budget is spent.
 */
export const printStyles = css`
  @media print {
    :host {
      --wijkwijzer-color-text: #000 !important;
      --wijkwijzer-color-text-muted: #000 !important;
      --wijkwijzer-color-background: #fff !important;
      --wijkwijzer-color-surface: #fff !important;
      --wijkwijzer-color-border: #000 !important;
      --wijkwijzer-color-accent: #000 !important;
      --wijkwijzer-color-positive: #000 !important;
      --wijkwijzer-color-warning: #000 !important;
      --wijkwijzer-color-critical: #000 !important;
    }
    .button,
    wachttijd-badge::part(toggle) {
      display: none !important;
    }
    /* Focus moved to a heading from code (the list's, a service's) is no ring on paper. */
    :focus-visible {
      outline: none !important;
    }
  }
`;

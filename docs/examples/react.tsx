/**
 * The Wijkwijzer widgets in a React 19 app, bundled from npm:
 *   npm install @wijkwijzer/widgets
 *
 * React 19 sets a prop on a custom element as a property when the element has one by that name
 * (`allowedOrigins`, `now`), otherwise as an attribute (`heading-level`), listens to
 * `on<event-name>` props, and renders the elements on the server as plain tags, which the browser
 * upgrades once the widgets' script runs. `npm test` compiles this file.
 */
// Registers <sociale-kaart>, <ketenaanpak-uitleg> and <wachttijd-badge> (guarded: importing twice is harmless).
import '@wijkwijzer/widgets';
// The elements' JSX types: their attributes, properties and events, generated from the widgets.
import type {} from '@wijkwijzer/widgets/react';

const FEED = 'https://data.example.nl/feeds/regio-utrecht/index.json';

/** The finder for one wijk; tells the parent which service a resident opened. */
export function SocialeKaart({ wijk, onServiceSelect }: { wijk: string; onServiceSelect?: (serviceId: string) => void }) {
  return (
    <sociale-kaart
      feed={FEED}
      gemeente="utrecht"
      wijk={wijk}
      feedback-href="mailto:sociale-kaart@example.nl"
      onwijkwijzer-service-select={(event) => onServiceSelect?.(event.detail.serviceId)}
    />
  );
}

export function OvervechtPage() {
  return (
    <main>
      <h1>Hulp en ondersteuning in Overvecht</h1>
      <p>
        Aanmelden bij de specialistische ggz: <wachttijd-badge feed={FEED} service="altrecht-specialistische-ggz" variant="inline" />
      </p>
      <SocialeKaart wijk="overvecht" onServiceSelect={(id) => console.info('opened', id)} />
      <ketenaanpak-uitleg feed={FEED} pathway="gli" gemeente="utrecht" heading-level={2} />
    </main>
  );
}

/**
 * The Wijkwijzer widgets in a React 19 app, bundled from npm:
 *   npm install @wijkwijzer/widgets
 *
 * React 19 passes props to custom elements as properties or attributes and
 * renders them on the server as plain tags, which the browser upgrades once the
 * widgets' script runs. Events are read with a ref and addEventListener, which
 * works the same in every React version.
 */
import { useEffect, useRef, type HTMLAttributes, type Ref } from 'react';
// Registers <sociale-kaart>, <ketenaanpak-uitleg> and <wachttijd-badge> (guarded: importing twice is harmless).
import '@wijkwijzer/widgets';
import type { WijkwijzerEvent } from '@wijkwijzer/widgets';

type WidgetProps<T> = HTMLAttributes<HTMLElement> & T & { ref?: Ref<HTMLElement> };

// Tells TypeScript which attributes the three elements take (see docs/widgets-reference.md).
// React's JSX types live in a namespace, so extending them takes one.
declare module 'react' {
  namespace JSX {
    interface IntrinsicElements {
      'sociale-kaart': WidgetProps<{
        feed: string;
        lang?: 'nl' | 'en';
        gemeente?: string;
        wijk?: string;
        area?: string;
        need?: string;
        audience?: 'inwoner' | 'professional';
        limit?: number;
        'route-order'?: 'false';
        'show-all'?: boolean;
        'url-state'?: boolean;
        'feedback-href'?: string;
        now?: string;
        'allowed-origins'?: string;
      }>;
      'ketenaanpak-uitleg': WidgetProps<{
        feed: string;
        pathway: string;
        lang?: 'nl' | 'en';
        gemeente?: string;
        wijk?: string;
        area?: string;
        audience?: 'inwoner' | 'professional';
        step?: string;
        'heading-level'?: number;
        now?: string;
        'allowed-origins'?: string;
      }>;
      'wachttijd-badge': WidgetProps<{
        feed: string;
        service: string;
        lang?: 'nl' | 'en';
        metric?: string;
        variant?: 'default' | 'inline';
        kind?: 'auto' | 'huisartsenpost' | 'availability';
        now?: string;
        'allowed-origins'?: string;
      }>;
    }
  }
}

const FEED = 'https://data.example.nl/feeds/regio-utrecht/index.json';

/** The finder for one wijk; tells the parent which service a resident opened. */
export function SocialeKaart({ wijk, onServiceSelect }: { wijk: string; onServiceSelect?: (serviceId: string) => void }) {
  const ref = useRef<HTMLElement>(null);

  useEffect(() => {
    const element = ref.current;
    if (!element || !onServiceSelect) return;
    const listener = (event: WijkwijzerEvent<'wijkwijzer-service-select'>) => onServiceSelect(event.detail.serviceId);
    element.addEventListener('wijkwijzer-service-select', listener);
    return () => element.removeEventListener('wijkwijzer-service-select', listener);
  }, [onServiceSelect]);

  return <sociale-kaart ref={ref} feed={FEED} gemeente="utrecht" wijk={wijk} feedback-href="mailto:sociale-kaart@example.nl" />;
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

// A React 19 app as a web team writes it: the one import line below is all the typing it needs.
// `npm test` compiles this file (src/framework-types.test.ts); each @ts-expect-error marks a
// mistake the types must catch, so the compile fails if they stop catching it.
import type {} from '@wijkwijzer/widgets/react';

const FEED = 'https://data.example.nl/feeds/regio-utrecht/index.json';

export function OvervechtPage({ onServiceSelect }: { onServiceSelect: (serviceId: string) => void }) {
  return (
    <main>
      <wachttijd-badge feed={FEED} service="altrecht-specialistische-ggz" variant="inline" />
      <sociale-kaart
        feed={FEED}
        gemeente="utrecht"
        wijk="overvecht"
        audience="professional"
        limit={10}
        route-order="false"
        feedback-href="mailto:sociale-kaart@example.nl"
        tiles="https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png"
        tiles-attribution="Kaartgegevens © Kadaster"
        allowedOrigins={['https://cdn.example.nl']}
        now={new Date('2026-06-01T09:00:00+02:00')}
        onwijkwijzer-service-select={(event) => onServiceSelect(event.detail.serviceId)}
        onwijkwijzer-search={(event) => console.info(event.detail.query, event.detail.filters)}
      />
      <ketenaanpak-uitleg
        feed={FEED}
        pathway="gli"
        heading-level={2}
        allowed-origins="https://cdn.example.nl"
        onwijkwijzer-step-change={(event) => console.info(event.detail.stepId, event.detail.index)}
      />
    </main>
  );
}

export function Mistakes() {
  return (
    <>
      {/* @ts-expect-error a misspelt attribute */}
      <sociale-kaart feed={FEED} gemeentte="utrecht" />
      {/* @ts-expect-error a value the attribute does not take */}
      <sociale-kaart feed={FEED} audience="inwonr" />
      {/* @ts-expect-error route order is on unless its attribute says "false" (React drops a false attribute) */}
      <sociale-kaart feed={FEED} route-order={false} />
      {/* @ts-expect-error a number where the badge takes a service id */}
      <wachttijd-badge feed={FEED} service={42} />
      {/* @ts-expect-error the event's detail has serviceId, not serviceID */}
      <sociale-kaart feed={FEED} onwijkwijzer-service-select={(event) => event.detail.serviceID} />
    </>
  );
}

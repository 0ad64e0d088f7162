// A first script with the SDK (Node 20+): search, details, waiting times, the
// skipped-records report. Run it against any feed:
//   FEED_URL=https://data.example.nl/feed/index.json node node-quick-start.mjs
// or against the sample feed while `npm start` runs:
//   FEED_URL=http://127.0.0.1:8787/feeds/regio-utrecht/index.json node docs/examples/node-quick-start.mjs
import { createClient, openingState, isWijkwijzerError } from '@wijkwijzer/sdk';

const client = createClient({ feedUrl: process.env.FEED_URL ?? 'http://127.0.0.1:8787/feeds/regio-utrecht/index.json' });

try {
  const manifest = await client.manifest();
  console.log(`${manifest.region.name}${manifest.sample ? ' (voorbeeldgegevens)' : ''}`);

  // Search runs here, on this machine: the query is never sent to the feed's server.
  const hits = await client.services.search('ik voel me eenzaam', { area: 'gm-utrecht', limit: 5 });
  for (const { service, crisis } of hits) {
    const open = openingState(service, new Date(), { lang: 'nl' });
    console.log(`${crisis ? '!' : '-'} ${service.name} — ${open.text}`);
  }

  // Waiting times with their norm and a status in words.
  const [first] = await client.availability.list();
  if (first) {
    for (const wait of await client.availability.forService(first.service_id, { lang: 'nl' })) console.log(wait.status.label);
  }

  // Records the SDK left out because they break the contract, with the reason.
  const report = client.report();
  console.log(`skipped: ${report.skipped.length}, stale: ${report.stale}`);
} catch (error) {
  // Every SDK error says what to do about it (the feed is down, not JSON, a newer contract…).
  if (isWijkwijzerError(error)) console.error(`${error.code}: ${error.message}`);
  else throw error;
  process.exitCode = 1;
}

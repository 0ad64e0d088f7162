// Load benchmark: `npm run bench:load` (builds first). What a finder page on a resident's phone
// costs until its first results: bytes (JS and data apart), time, long tasks, keystroke INP and
// heap, in Chromium throttled through CDP, for each feed, profile, page and feed layout; medians
// of N runs. The first layout is the baseline; with two or more, a ratio column compares them.
// `--help` prints the options.
import { existsSync } from 'node:fs';
import { mkdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { CHROMIUM_ARGS, chromiumPath } from '../scripts/chromium.mjs';
import { FEEDS, LAYOUTS, prepareFeed } from './load-feeds.mjs';
import { PROFILES, QUERY, measureLoad } from './load-run.mjs';
import { mirror, precompress, startServer } from './load-server.mjs';
import { formatTable, summarizeRuns } from './load-report.mjs';
import { machine } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const widgetsCdn = join(root, 'packages/widgets/dist/cdn');

const USAGE = `usage: node bench/load.mjs [--feeds sample,5000,50000,300000] [--profiles mobile,slow]
                          [--runs 3] [--timeout 60] [--cache DIR] [--smoke]`;

let parsed;
try {
  parsed = parseArgs({
    options: {
      feeds: { type: 'string', default: [...FEEDS.keys()].join(',') },
      profiles: { type: 'string', default: 'mobile,slow' },
      runs: { type: 'string', default: '3' },
      timeout: { type: 'string', default: '60' },
      cache: { type: 'string', default: join(tmpdir(), 'wijkwijzer-bench-load') },
      smoke: { type: 'boolean', default: false },
      help: { type: 'boolean', default: false },
    },
  });
} catch (error) {
  // parseArgs throws on an unknown or malformed option: one line and the usage, no stack trace.
  console.error(`bench:load: ${error.message}\n${USAGE}`);
  process.exit(2);
}
const { values: options } = parsed;
if (options.help) {
  console.log(USAGE);
  process.exit(0);
}

const list = (text) => text.split(',').map((each) => each.trim()).filter(Boolean);
/** A wrong option or a missing build: one line, no stack trace. */
function fail(message) {
  console.error(`bench:load: ${message}`);
  process.exit(2);
}
const feeds = options.smoke ? ['sample'] : list(options.feeds);
const profiles = options.smoke ? ['none'] : list(options.profiles);
const runs = options.smoke ? 1 : Number(options.runs);
const timeoutMs = Number(options.timeout) * 1000;
for (const feed of feeds) if (!FEEDS.has(feed)) fail(`unknown feed '${feed}'; known: ${[...FEEDS.keys()].join(', ')}`);
for (const profile of profiles) if (!(profile in PROFILES)) fail(`unknown profile '${profile}'; known: ${Object.keys(PROFILES).join(', ')}`);
if (!Number.isInteger(runs) || runs < 1) fail(`--runs takes a whole number of at least 1, not '${options.runs}'`);
if (!(timeoutMs > 0)) fail(`--timeout takes a number of seconds, not '${options.timeout}'`);
for (const needed of [join(root, 'packages/cli/dist/bin.js'), join(widgetsCdn, 'sociale-kaart.js')]) {
  if (!existsSync(needed)) fail(`${needed} is missing: run \`npm run build\` first`);
}

/** The finder page: the widget's CDN entry and one <sociale-kaart>, its feed and gemeente from the query. */
const PAGE = `<!doctype html>
<html lang="nl">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Load benchmark</title>
<script type="module" src="/widgets/sociale-kaart.js"></script>
</head>
<body>
<main><h1>Hulp in je buurt</h1><sociale-kaart></sociale-kaart></main>
<script>
const params = new URLSearchParams(location.search);
const kaart = document.querySelector('sociale-kaart');
kaart.setAttribute('feed', params.get('feed'));
if (params.has('gemeente')) kaart.setAttribute('gemeente', params.get('gemeente'));
</script>
</body>
</html>
`;

await mkdir(options.cache, { recursive: true });
const widgetsDir = join(options.cache, 'widgets');
await mirror(widgetsCdn, widgetsDir);
await precompress(widgetsDir);

const prepared = [];
for (const feed of feeds) prepared.push(await prepareFeed(feed, options.cache));

// Two origins, as on a real page: the widgets from a CDN, the feed from its publisher's host.
// Each has its own connections, so the feed's files never queue behind the widgets' chunks.
const server = await startServer({ mounts: { '/widgets/': widgetsDir }, pages: { '/': PAGE } });
const feedMounts = {};
for (const feed of prepared) for (const layout of feed.layouts) feedMounts[`/feeds/${feed.name}/${layout.name}/`] = layout.dir;
const feedServer = await startServer({ mounts: feedMounts, pages: {} });
const browser = await chromium.launch({ executablePath: chromiumPath(), args: CHROMIUM_ARGS });
const browserVersion = browser.version();

const rows = [];
try {
  for (const feed of prepared) {
    for (const profile of profiles) {
      for (const page of feed.pages) {
        const row = { feed: feed.name, profile, page: page.name, layouts: [] };
        for (const layout of feed.layouts) {
          const query = new URLSearchParams({ feed: `${feedServer.origin}/feeds/${feed.name}/${layout.name}/${layout.manifest}` });
          if (page.gemeente) query.set('gemeente', page.gemeente);
          const results = [];
          for (let run = 1; run <= runs; run += 1) {
            const result = await measureLoad(browser, { url: `${server.origin}/?${query}`, profile: PROFILES[profile], timeoutMs });
            const first = result.never ? `never (${result.error})` : `${(result.firstResultsMs / 1000).toFixed(2)} s`;
            process.stderr.write(`${feed.name} ${profile} ${page.name} ${layout.name} run ${run}/${runs}: ${first}\n`);
            results.push(result);
            // A layout that never shows results (a 1.0 page at 300,000 services) would only wait out
            // the same timeout again: one run says it, and the table shows "never".
            if (result.never) break;
          }
          row.layouts.push({ name: layout.name, ...summarizeRuns(results) });
        }
        rows.push(row);
      }
    }
  }
} finally {
  await browser.close();
  await server.close();
  await feedServer.close();
}

console.log(`\nLoad benchmark: medians of ${runs} run(s) on ${machine()}, Chromium ${browserVersion}`);
console.log(`Layouts: ${LAYOUTS.map((layout, index) => `${layout.name} (${layout.description}${index === 0 ? ', the baseline' : ''})`).join('; ')}`);
console.log(`Profiles: ${profiles.map((name) => describeProfile(name)).join('; ')}`);
console.log('Pages:');
for (const feed of prepared) console.log(`  ${feed.name}: ${feed.pages.map((page) => `${page.name} = ${page.note}`).join('; ')}`);
console.log(`\n${formatTable(rows)}\n`);
console.log(
  'KB: bytes received (compressed, with headers; CDP encodedDataLength) before the first results. First results: the first frame\n' +
    'with a result card or, before a question, the "Bekijk alle … diensten" button in the finder. Long tasks: count / total / longest, from navigation to 1 s after the first results.\n' +
    `INP: the slowest keystroke interaction while typing "${QUERY}" (Event Timing, threshold 16 ms). Heap: JS heap in use 1 s after the first results.\n` +
    'A page that never shows results is not run again: its row is that one run.',
);

function describeProfile(name) {
  const profile = PROFILES[name];
  if (!profile) return `${name}: no throttling`;
  return `${name}: ${profile.latency} ms RTT, ${(profile.download * 8) / 1000} kbit/s down, ${profile.cpu}x CPU`;
}

// Search benchmark: `npm run bench` (after a build). Speed on synthetic feeds of 5,000 and 50,000
// services, and top-5 quality on the sample feed, for our engine beside plain MiniSearch and
// Fuse.js baselines, all measured in the same run on the same data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serviceCard } from '../packages/schemas/dist/index.js';
import { ours, miniSearch, miniSearchDutch, fuse } from './engines.mjs';
import { loadSampleFeed, withoutTaxonomy } from './sample-feed.mjs';
import { machine, median, percentile, retainedHeapMb, time } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const generator = new URL('../packages/cli/dist/synthetic/generate.js', import.meta.url);
const { queries } = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));

/** Queries timed: the quality set plus what a search box sends while typing. */
const QUERY_MIX = [...queries.map((q) => q.q), 'zorg', 'hulp', 'ma', 'man', 'mantelz', 'buurt', 'huisarts utrecht', ''];

const SIZES = [
  { services: 5_000, builds: 7, passes: 10, fusePasses: 2, fuseQueries: QUERY_MIX.length },
  // Fuse.js scans every record per query (about 1.5 s each at this size): a quarter of the mix, once.
  { services: 50_000, builds: 3, passes: 5, fusePasses: 1, fuseQueries: 16 },
];

const fmt = (n, digits = 1) => (Number.isFinite(n) ? n.toFixed(digits) : '—');

function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => `| ${cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ')} |`;
  return [line(header), `|${widths.map((w) => '-'.repeat(w + 2)).join('|')}|`, ...rows.map(line)].join('\n');
}

function speed(engine, feed, { builds, passes, mix = QUERY_MIX, warm = true }) {
  const buildTimes = [];
  let index;
  for (let i = 0; i < builds; i++) {
    const run = time(() => engine.build(feed));
    buildTimes.push(run.ms);
    index = run.result;
  }
  const heapMb = retainedHeapMb(() => engine.build(feed));
  // One untimed pass warms the JIT (and lets each engine fill whatever caches it keeps).
  if (warm) for (const q of mix) index.search(q);
  const latencies = [];
  for (let p = 0; p < passes; p++) {
    for (const q of mix) latencies.push(time(() => index.search(q)).ms);
  }
  return {
    build: median(buildTimes),
    median: median(latencies),
    p95: percentile(latencies, 0.95),
    heapMb,
  };
}

async function speedSection() {
  if (!existsSync(generator)) {
    console.log('Speed: skipped, packages/cli is not built (run `npm run build`).\n');
    return;
  }
  const { generateSyntheticFeed } = await import(generator);
  for (const size of SIZES) {
    const feed = generateSyntheticFeed({ services: size.services, seed: 1 });
    const rows = [];
    for (const engine of [ours, miniSearch, miniSearchDutch, fuse]) {
      const slow = engine === fuse;
      const mix = slow ? QUERY_MIX.slice(0, size.fuseQueries) : QUERY_MIX;
      const r = slow
        ? speed(engine, feed, { builds: 3, passes: size.fusePasses, mix, warm: size.fuseQueries === QUERY_MIX.length })
        : speed(engine, feed, { builds: size.builds, passes: size.passes });
      const name = slow && mix.length < QUERY_MIX.length ? `${engine.name} (${mix.length} queries, no warm-up)` : engine.name;
      rows.push([name, fmt(r.build), fmt(r.median, 2), fmt(r.p95, 2), fmt(r.heapMb)]);
    }
    console.log(`Speed, ${size.services.toLocaleString('en')} synthetic services (seed 1), ${QUERY_MIX.length} queries:`);
    console.log(table(['engine', 'build ms (median)', 'query ms median', 'query ms p95', 'heap MB'], rows));
    console.log('');
  }
}

/** The judging predicate documented in queries.json. */
function relevant(service, query) {
  if (!service) return false;
  if (query.needs && (service.needs ?? []).some((id) => query.needs.includes(id))) return true;
  if (query.routeSteps && query.routeSteps.includes(service.route_step)) return true;
  if (query.names) {
    const name = `${service.name} ${service.alternate_name ?? ''}`.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').toLowerCase();
    if (query.names.some((n) => name.includes(n))) return true;
  }
  return false;
}

function quality(engine, feed, judgeById, answerable) {
  const index = engine.build(feed);
  const misses = [];
  let hits = 0;
  for (const query of answerable) {
    // Judge the original records: the taxonomy-less run searches copies without needs.
    const top = index.search(query.q).slice(0, 5).map((s) => judgeById.get(s.id));
    if (top.some((s) => relevant(s, query))) hits++;
    else misses.push(query.q);
  }
  return { rate: hits / answerable.length, hits, misses };
}

function qualitySection() {
  const dir = `${root}data/regio-utrecht`;
  const feed = loadSampleFeed(dir);
  if (feed.services.length === 0) {
    console.log('Quality: skipped, no sample services in data/regio-utrecht.\n');
    return;
  }
  const judgeById = new Map(feed.services.map((s) => [s.id, s]));
  // A query no service in the feed can answer says nothing about an engine; it is reported, not scored.
  const answerable = queries.filter((q) => feed.services.some((s) => s.status === 'active' && relevant(s, q)));
  const unanswerable = queries.filter((q) => !answerable.includes(q)).map((q) => q.q);
  const plain = { ...feed, services: withoutTaxonomy(feed.services), taxonomy: [] };
  const imported = { ...plain, services: plain.services.map(({ summary_b1: _summary, ...rest }) => rest) };
  // A 1.1 page searches the cards of its partitions, not the full records: both are scored.
  const asCards = (data) => ({ ...data, services: data.services.map(serviceCard) });
  const runs = [
    [ours, feed, 'feed taxonomy + default thesaurus'],
    [{ ...ours, name: 'wijkwijzer, cards' }, asCards(feed), 'the same, on 1.1 partition cards (serviceCard)'],
    [{ ...ours, name: 'wijkwijzer, no taxonomy' }, plain, 'needs stripped, default thesaurus only'],
    [{ ...ours, name: 'wijkwijzer, no taxonomy, cards' }, asCards(plain), 'the same, on 1.1 partition cards'],
    [{ ...ours, name: 'wijkwijzer, as imported' }, imported, 'no needs and no B1 summary, as `import hsds` writes'],
    [{ ...ours, name: 'wijkwijzer, as imported, cards' }, asCards(imported), 'the same, on cards (which keep the description)'],
    [miniSearch, feed, 'name + description'],
    [miniSearchDutch, feed, 'our analyzer, no needs/thesaurus'],
    [fuse, feed, 'name + description'],
  ];
  const rows = [];
  const missed = [];
  for (const [engine, data, note] of runs) {
    const r = quality(engine, data, judgeById, answerable);
    rows.push([engine.name, `${(r.rate * 100).toFixed(0)} % (${r.hits}/${answerable.length})`, note]);
    if (engine.name.startsWith('wijkwijzer')) missed.push(`${engine.name} missed: ${r.misses.join(' · ') || 'none'}`);
  }
  console.log(
    `Quality: relevant service in the top 5, ${answerable.length} of ${queries.length} residents' queries (bench/queries.json) answerable from the sample feed of ${feed.services.length} services:`,
  );
  console.log(table(['engine', 'top-5 hit rate', 'data'], rows));
  console.log(missed.join('\n'));
  if (unanswerable.length > 0) console.log(`Not scored (no relevant service in the feed): ${unanswerable.join(' · ')}`);
  console.log('');
}

console.log(`Wijkwijzer search benchmark — ${machine()}`);
console.log('Medians (and p95) are quoted because the machine may be shared; single runs are noisy.\n');
// `node bench/search.mjs --quality` skips the (slow) speed section.
if (!process.argv.includes('--quality')) await speedSection();
qualitySection();

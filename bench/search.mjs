// Search benchmark: `npm run bench` (after a build). Speed on synthetic feeds of 5,000 and 50,000
// services, and top-5 quality by category on the sample feed and on held-out directories
// (bench/directories/), for our engine beside MiniSearch, Fuse.js, FlexSearch and Orama, all
// measured in the same run on the same data.
import { existsSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { serviceCard } from '../packages/schemas/dist/index.js';
import { heldOutDirectories, sampleDirectory } from './directories.mjs';
import { ours, miniSearch, miniSearchDutch, fuse, flexSearch, orama } from './engines.mjs';
import { CATEGORIES, formatRate, scoreDirectory } from './quality.mjs';
import { withoutTaxonomy } from './sample-feed.mjs';
import { machine, median, percentile, retainedHeapMb, time } from './stats.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const generator = new URL('../packages/cli/dist/synthetic/generate.js', import.meta.url);
const { queries } = JSON.parse(readFileSync(new URL('./queries.json', import.meta.url), 'utf8'));

/** Queries timed: the quality set plus what a search box sends while typing. */
const QUERY_MIX = [...queries.map((q) => q.q), 'zorg', 'hulp', 'ma', 'man', 'mantelz', 'buurt', 'huisarts utrecht', ''];

const SIZES = [
  { services: 5_000, builds: 7, passes: 10, slowPasses: 2, slowQueries: QUERY_MIX.length },
  // Fuse.js scans every record per query (about 1.5 s each at this size), and Orama's typo
  // tolerance nearly as much: a quarter of the mix, once.
  { services: 50_000, builds: 3, passes: 5, slowPasses: 1, slowQueries: 16 },
];

/** Engines whose queries take most of a second at 50,000 services. */
const SLOW_ENGINES = new Set([fuse, orama]);

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
    for (const engine of [ours, miniSearch, miniSearchDutch, fuse, flexSearch, orama]) {
      const slow = SLOW_ENGINES.has(engine);
      const mix = slow ? QUERY_MIX.slice(0, size.slowQueries) : QUERY_MIX;
      const r = slow
        ? speed(engine, feed, { builds: 3, passes: size.slowPasses, mix, warm: size.slowQueries === QUERY_MIX.length })
        : speed(engine, feed, { builds: size.builds, passes: size.passes });
      const name = slow && mix.length < QUERY_MIX.length ? `${engine.name} (${mix.length} queries, no warm-up)` : engine.name;
      rows.push([name, fmt(r.build), fmt(r.median, 2), fmt(r.p95, 2), fmt(r.heapMb)]);
    }
    console.log(`Speed, ${size.services.toLocaleString('en')} synthetic services (seed 1), ${QUERY_MIX.length} queries:`);
    console.log(table(['engine', 'build ms (median)', 'query ms median', 'query ms p95', 'heap MB'], rows));
    console.log('');
  }
}

/** Top-5 hit rate on the 58 original queries, for ours on the sample feed's data stripped in the ways real feeds are. */
function variantsSection(sample) {
  const plain = { ...sample.feed, services: withoutTaxonomy(sample.feed.services), taxonomy: [] };
  const imported = { ...plain, services: plain.services.map(({ summary_b1: _summary, ...rest }) => rest) };
  // A 1.1 page searches the cards of its partitions, not the full records: both are scored.
  const asCards = (data) => ({ ...data, services: data.services.map(serviceCard) });
  const original = { ...sample, queries: queries };
  const runs = [
    ['wijkwijzer', sample.feed, 'feed taxonomy + default thesaurus'],
    ['wijkwijzer, cards', asCards(sample.feed), 'the same, on 1.1 partition cards (serviceCard)'],
    ['wijkwijzer, no taxonomy', plain, 'needs stripped, default thesaurus only'],
    ['wijkwijzer, no taxonomy, cards', asCards(plain), 'the same, on 1.1 partition cards'],
    ['wijkwijzer, as imported', imported, 'no needs and no B1 summary, as `import hsds` writes'],
    ['wijkwijzer, as imported, cards', asCards(imported), 'the same, on cards (which keep the description)'],
  ];
  const rows = [];
  const missed = [];
  for (const [name, feed, note] of runs) {
    const { perCategory, misses } = scoreDirectory({ ...ours, name }, { ...original, feed });
    const total = [...perCategory.values()].reduce((sum, t) => ({ passed: sum.passed + t.passed, scored: sum.scored + t.scored }), { passed: 0, scored: 0 });
    rows.push([name, formatRate(total), note]);
    missed.push(`${name} missed: ${misses.join(' · ') || 'none'}`);
  }
  console.log(`Quality by data variant: relevant service in the top 5 for the 58 original residents' queries (bench/queries.json), sample feed:`);
  console.log(table(['engine', 'top-5 hit rate', 'data'], rows));
  console.log(missed.join('\n'));
  console.log('');
}

/** Per category, for every engine, on the sample feed and on each held-out directory. */
function categoriesSection(directories) {
  const engines = [ours, miniSearch, miniSearchDutch, fuse, flexSearch, orama];
  for (const directory of directories) {
    const rows = [];
    let oursResult;
    for (const engine of engines) {
      const result = scoreDirectory(engine, directory);
      if (engine === ours) oursResult = result;
      rows.push([engine.name, ...CATEGORIES.map((category) => formatRate(result.perCategory.get(category)))]);
    }
    console.log(`Quality by category, ${directory.name}: ${directory.queries.length} queries, ${directory.feed.services.length} services.`);
    console.log(table(['engine', ...CATEGORIES], rows));
    console.log(`wijkwijzer missed: ${oursResult.misses.join(' · ') || 'none'}`);
    if (oursResult.unanswerable.length > 0) console.log(`Not scored (no relevant service in the directory): ${oursResult.unanswerable.join(' · ')}`);
    console.log('');
  }
  console.log(
    'A query passes when a relevant service is in the first five hits; multi-need when every need has one there; crisis when\n' +
      'the acute help lines show, crisis-mention when they do not; no-answer when there are no hits at all. "—": the engine has no\n' +
      'help lines to judge. Baselines search name, alternate name, description and organisation name.\n',
  );
}

function qualitySection() {
  const sample = sampleDirectory(root);
  if (sample.feed.services.length === 0) {
    console.log('Quality: skipped, no sample services in data/regio-utrecht.\n');
    return;
  }
  variantsSection(sample);
  categoriesSection([sample, ...heldOutDirectories(root)]);
}

console.log(`Wijkwijzer search benchmark — ${machine()}`);
console.log('Medians (and p95) are quoted because the machine may be shared; single runs are noisy.\n');
// `node bench/search.mjs --quality` skips the (slow) speed section.
if (!process.argv.includes('--quality')) await speedSection();
qualitySection();

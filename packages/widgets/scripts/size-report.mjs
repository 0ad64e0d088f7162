// Where the bytes of dist/cdn/wijkwijzer.js go, by part of the product, for
// decisions about the size budgets: `npm run size` after a build.
// gzip works on the whole file, so a part's share is estimated from its share of
// the minified bytes (esbuild's metafile), scaled to the file's real gzipped size.
import { readFile } from 'node:fs/promises';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const meta = JSON.parse(await readFile(new URL('cdn-bundle-meta.json', dist), 'utf8'));
const [bundlePath, output] = Object.entries(meta.outputs).find(([path]) => path.endsWith('wijkwijzer.js'));
const minified = await readFile(new URL(`../${bundlePath}`, dist));
const gzipped = gzipSync(minified, { level: 9 }).length;

/** Parts of the product, matched on the module path in order; the first match wins. */
const PARTS = [
  ['lit', /node_modules\/(lit|lit-html|lit-element|@lit)\//],
  // Browser bundles validate with the compact validator; zod showing up here is a regression.
  ['record validation: zod', /node_modules\/zod\//],
  ['record validation: compact validator and contract', /schemas\/dist\//],
  ['search: default thesaurus', /sdk\/dist\/search\/thesaurus\.js$/],
  ['search: crisis help lines', /sdk\/dist\/search\/crisis[^/]*\.js$/],
  ['search: engine', /sdk\/dist\/search\//],
  ['opening hours', /sdk\/dist\/hours\//],
  ['waiting-time status', /sdk\/dist\/availability\//],
  ['feed client (load, cache, retry, errors)', /sdk\/dist\//],
  ['widgets: shared base', /^dist\/internal\//],
  ['<sociale-kaart>', /^dist\/sociale-kaart\//],
  ['<ketenaanpak-uitleg>', /^dist\/ketenaanpak-uitleg\//],
  ['<wachttijd-badge>', /^dist\/wachttijd-badge\//],
];
/** Text in two languages is a large share of each UI part; shown as a second column. */
const STRINGS = /strings(\.en)?\.js$/;

const rows = new Map(PARTS.map(([name]) => [name, { bytes: 0, strings: 0 }]));
let unmatched = 0;
for (const [path, { bytesInOutput }] of Object.entries(output.inputs)) {
  const part = PARTS.find(([, pattern]) => pattern.test(path));
  if (!part) {
    unmatched += bytesInOutput;
    continue;
  }
  const row = rows.get(part[0]);
  row.bytes += bytesInOutput;
  if (STRINGS.test(path)) row.strings += bytesInOutput;
}
if (unmatched > 0) rows.set('other', { bytes: unmatched, strings: 0 });

const scale = gzipped / minified.length;
const kb = (bytes) => `${((bytes * scale) / 1024).toFixed(1)} KB`;
const width = Math.max(...[...rows.keys()].map((name) => name.length));
console.log(`dist/cdn/wijkwijzer.js: ${(minified.length / 1024).toFixed(1)} KB minified, ${(gzipped / 1024).toFixed(1)} KB min+gz`);
console.log(`${'part'.padEnd(width)}  ≈ min+gz   of which nl+en text`);
for (const [name, { bytes, strings }] of [...rows].filter(([, row]) => row.bytes > 0).sort((a, b) => b[1].bytes - a[1].bytes)) {
  console.log(`${name.padEnd(width)}  ${kb(bytes).padStart(8)}   ${strings > 0 ? kb(strings) : ''}`);
}

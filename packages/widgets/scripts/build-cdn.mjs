// The CDN build, minified, in dist/cdn/:
// - wijkwijzer.js: every widget in one self-contained ES module, so the embed
//   snippet's integrity hash covers all the code a partner page runs;
// - <tag>.js: one entry per widget, sharing chunks in chunks/, with the data layer
//   (validation, search) loaded lazily so a page with only a badge stays small;
// - sri.json: a sha384 integrity hash per file.
// esbuild's metafile for the per-widget build goes to dist/cdn-meta.json, for the
// size budget test. The npm build (tsc) stays unbundled; only this bundles lit and the SDK.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = `${dist}cdn`;

/** Every widget folder with a define file `<tag>/<tag>.js` becomes its own entry. */
async function widgetEntries() {
  const entries = {};
  for (const name of await readdir(dist)) {
    const defineFile = `${dist}${name}/${name}.js`;
    if (existsSync(`${dist}${name}/${name}.component.js`) && existsSync(defineFile)) entries[name] = defineFile;
  }
  return entries;
}

async function listFiles(dir) {
  const found = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = `${dir}/${entry.name}`;
    if (entry.isDirectory()) found.push(...(await listFiles(path)));
    else if (entry.name.endsWith('.js')) found.push(path);
  }
  return found;
}

const common = {
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  minify: true,
  legalComments: 'external',
  conditions: ['browser', 'production'],
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
await build({ ...common, entryPoints: { wijkwijzer: `${dist}index.js` }, splitting: false });
const perWidget = await build({
  ...common,
  entryPoints: await widgetEntries(),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await writeFile(`${dist}cdn-meta.json`, JSON.stringify(perWidget.metafile));

const integrity = {};
for (const file of (await listFiles(outdir)).sort()) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  integrity[relative(outdir, file)] = `sha384-${digest}`;
}
await writeFile(`${outdir}/sri.json`, `${JSON.stringify(integrity, null, 2)}\n`);

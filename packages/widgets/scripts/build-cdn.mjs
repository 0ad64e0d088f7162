// The CDN build, minified, in dist/cdn/:
// - wijkwijzer.js: every widget in one self-contained ES module (esbuild), so the embed
//   snippet's integrity hash covers all the code a partner page runs;
// - <tag>.js: one loader per widget (writeLoaders, src/internal/cdn-loader.ts): it asks at
//   once for every chunk the widget needs and for its feed's manifest;
// - chunks/: the per-widget build (rollup, for its control over chunks, see LAZY_CHUNKS):
//   a few chunks per page, each minified by esbuild;
// - sri.json: a sha384 integrity hash per file.
// dist/cdn-meta.json describes the chunks and loaders (for the size budget test),
// dist/cdn-bundle-meta.json is esbuild's metafile of wijkwijzer.js (for scripts/size-report.mjs).
// The npm build (tsc) stays unbundled; only this bundles lit and the SDK.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import { nodeResolve } from '@rollup/plugin-node-resolve';
import { rollup } from 'rollup';
import ts from 'typescript';

const dist = fileURLToPath(new URL('../dist/', import.meta.url));
const outdir = `${dist}cdn`;
const packageRoot = fileURLToPath(new URL('..', import.meta.url));
const fromPackage = (path) => relative(packageRoot, path);

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

// The browsers we build for (those of ES2021), for JS and CSS alike. Named browsers rather than
// 'es2021': they all have class fields and private methods, which esbuild then leaves as written
// instead of lowering them to helper functions (0.6 KB min+gz and one chunk less).
const browsers = ['chrome92', 'edge92', 'firefox90', 'safari15'];

/** The string value of a template literal's raw text, as JS reads it. */
function cooked(raw) {
  const file = ts.createSourceFile('check.js', `\`${raw}\``, ts.ScriptTarget.Latest, false, ts.ScriptKind.JS);
  return file.statements[0].expression.text;
}

/**
 * Minifies the text of Lit templates in our own compiled modules (dist/**, not
 * node_modules), which esbuild's JS minifier leaves as written:
 * - css`` without interpolations: minified by esbuild's CSS minifier;
 * - html``/svg``: every run of whitespace that contains a line break becomes one
 *   space. Browsers collapse such runs to one space anyway (no template of ours
 *   uses <pre>, <textarea> or `white-space: pre`), so what renders is unchanged;
 *   only indentation goes. `${}` expressions are untouched.
 * Templates are found with the TypeScript parser, so strings, comments and
 * nested templates are never mistaken for one another (the root's `typescript`
 * devDependency, 6.x: TypeScript 7 has no JS API). This alone takes about
 * 10 KB off the minified bundle (1.6 KB min+gz; indentation gzips well).
 */
/** tsc's `__decorate` helper, as it writes it at the top of a module with decorators. */
const TSC_DECORATE = /^var __decorate = \(this && this\.__decorate\) \|\| function \(decorators, target, key, desc\) \{\n[\s\S]*?\n\};\n/m;
const DECORATE_HELPER = fileURLToPath(new URL('./decorate.mjs', import.meta.url));
/** The end of a call of tsc's helper for a decorated class field, the only call scripts/decorate.mjs handles. */
const FIELD_DECORATION_END = /\], \w+\.prototype, "[^"]+", void 0\);/g;

/** Our compiled module `source` at `path` with its Lit templates minified and tsc's `__decorate` shared; undefined when nothing changes. */
async function minifiedModule(path, source) {
  const decorated = TSC_DECORATE.test(source);
  if (!decorated && !/\b(css|html|svg)\s*`/.test(source)) return undefined;
  const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
  const edits = [];
  const visit = async (node) => {
    if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
      const tag = node.tag.text;
      const template = node.template;
      if (tag === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
        const raw = template.getText().slice(1, -1);
        if (!raw.includes('\\') && !raw.includes('`')) {
          const { code, warnings } = await transform(raw, { loader: 'css', minify: true, target: browsers, charset: 'utf8' });
          for (const { text } of warnings) console.warn(`${relative(dist, path)}: css: ${text}`);
          // Back into a template literal: escape what JS would read as an escape or an end.
          const text = code.trim().replace(/\\/g, '\\\\').replace(/`/g, '\\`').replace(/\$\{/g, '\\${');
          if (cooked(text) !== code.trim()) throw new Error(`${path}: minified css did not survive as a template literal`);
          edits.push({ start: template.getStart() + 1, end: template.getEnd() - 1, text });
        }
      } else if (tag === 'html' || tag === 'svg') {
        const parts = ts.isNoSubstitutionTemplateLiteral(template)
          ? [template]
          : [template.head, ...template.templateSpans.map((span) => span.literal)];
        for (const part of parts) {
          const text = part.getText();
          const open = 1; // ` or }
          const close = text.endsWith('${') ? 2 : 1;
          const inner = text.slice(open, text.length - close);
          if (inner.includes('\\')) continue; // escapes and line continuations stay as written
          const collapsed = inner.replace(/[ \t]*\n\s*/g, ' ');
          if (collapsed !== inner) edits.push({ start: part.getStart() + open, end: part.getEnd() - close, text: collapsed });
        }
      }
    }
    for (const child of node.getChildren()) await visit(child);
  };
  await visit(file);
  let contents = source;
  for (const { start, end, text } of edits.sort((a, b) => b.start - a.start)) {
    contents = contents.slice(0, start) + text + contents.slice(end);
  }
  if (decorated) {
    if (source.split('__decorate(').length - 1 !== source.match(FIELD_DECORATION_END)?.length) {
      throw new Error(`${path}: a decorator on something else than a class field; scripts/decorate.mjs handles only fields`);
    }
    contents = contents.replace(TSC_DECORATE, `import { __decorate } from ${JSON.stringify(DECORATE_HELPER)};\n`);
  }
  return contents;
}

const ours = (path) => path.startsWith(dist) && !path.includes('node_modules');

/** minifiedModule as an esbuild plugin (wijkwijzer.js). */
const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!ours(path)) return undefined;
      const contents = await minifiedModule(path, await readFile(path, 'utf8'));
      return contents === undefined ? undefined : { contents, loader: 'js' };
    });
  },
};

/** `import('./<table>strings.en.js')` in a strings module (see stringTables in src/internal/localize.ts). */
const ENGLISH_IMPORT = /\bimport\('(\.\/[\w.-]*strings\.en\.js)'\)/;
/** The one statement of a compiled English strings module worth keeping: its table. */
const ENGLISH_TABLE = /^export const en = (\{[\s\S]*\});$/m;

/**
 * wijkwijzer.js is one file, so it holds every widget's English words however they load. There
 * each strings module gets its English table in place, as if it were written beside the Dutch
 * one: a module imported with import() esbuild wraps for deferred evaluation and places away from
 * the Dutch words whose keys it repeats (0.8 KB min+gz more for nothing).
 */
const englishInPlace = {
  name: 'english-in-place',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /strings\.js$/ }, async ({ path }) => {
      const source = await readFile(path, 'utf8');
      const found = ENGLISH_IMPORT.exec(source);
      if (!found) return undefined;
      const english = await readFile(resolve(dirname(path), found[1]), 'utf8');
      const table = ENGLISH_TABLE.exec(english);
      if (!table || /^(import|export) /m.test(english.replace(table[0], ''))) {
        throw new Error(`${found[1]}: an English strings module holds its table \`en\` and nothing else`);
      }
      return { contents: source.replace(found[0], `Promise.resolve({ en: ${table[1]} })`), loader: 'js' };
    });
  },
};

/**
 * The chunks of the per-widget build. A file costs a round trip of its own, and a browser
 * opens at most six connections to one host over HTTP/1.1: fifteen small chunks reached a
 * phone on a weak line in three waves, half a second apart. So every chunk is a choice, made
 * here rather than left to the bundler:
 * - the static modules a widget's entry reaches go in one chunk per widget, those every page
 *   needs (lit, the shared base, the waiting-time badge, and what a first view shares with a
 *   data layer, such as safe links) in `base` (named after the badge, whose entry it holds),
 *   those only some pages need (the help lines) in `shared-view`;
 * - the lazy modules (reached by import() only) go in the first chunk below whose modules
 *   reach them: `data` is what any widget with a feed needs (the SDK client, validation,
 *   waiting times, opening hours), `search` what the finder adds (search engine, thesaurus,
 *   crisis rules, its results and filters), `lijst` the finder's list of saved services (its
 *   view, print and share, loaded when the list first opens), `kaart` the finder's map (its
 *   element and words, loaded when a resident first opens "Kaart"), `uitleg-data` what the explainer adds;
 * - the English words (`*strings.en.js`, loaded the first time a widget speaks English; a
 *   Dutch page never loads them): those every page shows (the shared words, the waiting-time
 *   badge's) in `en`, a widget's own in `en-<tag>`. Its loader asks for both on an English page.
 * A lazy import this list does not place fails the build.
 */
const SHARED_VIEW = 'shared-view';
const ENGLISH = 'en';
/** The folders whose words every page shows. */
const EVERY_PAGE = ['internal', 'wachttijd-badge'];
const englishChunk = (module) => {
  const folder = module.split('/')[1];
  return EVERY_PAGE.includes(folder) ? ENGLISH : `${ENGLISH}-${folder}`;
};
const englishChunks = new Map();
for (const path of await listFiles(dist.slice(0, -1))) {
  if (!path.endsWith('strings.en.js')) continue;
  const module = fromPackage(path);
  const chunk = englishChunk(module);
  englishChunks.set(chunk, [...(englishChunks.get(chunk) ?? []), module]);
}
const LAZY_CHUNKS = [
  ['data', ['dist/internal/feed-client.js', 'dist/wachttijd-badge/badge-data.js', 'dist/wachttijd-badge/opening.js', '../sdk/dist/client/availability.js']],
  ['search', ['dist/sociale-kaart/lazy-part.js', '../sdk/dist/client/services-search.js']],
  ['lijst', ['dist/sociale-kaart/list-part.js']],
  ['kaart', ['dist/sociale-kaart/map-part.js']],
  ['uitleg-data', ['dist/ketenaanpak-uitleg/uitleg-data.js']],
  ...englishChunks,
];

/** The chunks of English words a page with `tag` loads when it speaks English. */
const englishOf = (chunks, tag) =>
  chunks.filter((chunk) => chunk.name === ENGLISH || chunk.name === `${ENGLISH}-${tag}`).map((chunk) => chunk.fileName);

/** The lazy chunks a widget with a feed always needs: its loader asks for them beside its first view. */
const DATA_LAYER = {
  'sociale-kaart': ['data', 'search'],
  'ketenaanpak-uitleg': ['data', 'uitleg-data'],
  'wachttijd-badge': ['data'],
};

/** Rollup's manualChunks for the layout above; `entries` are the widgets' define files by tag. */
function chunkLayout(entries) {
  let chunkOf;
  const closure = (getModuleInfo, ids, into = new Set()) => {
    for (const id of ids) {
      if (into.has(id)) continue;
      into.add(id);
      closure(getModuleInfo, getModuleInfo(id)?.importedIds ?? [], into);
    }
    return into;
  };
  const layout = (getModuleInfo) => {
    const tags = Object.keys(entries);
    const staticBy = new Map();
    const lazyBy = new Map();
    const mark = (reached, ids, by) => {
      for (const id of closure(getModuleInfo, ids)) reached.set(id, [...(reached.get(id) ?? []), by]);
    };
    for (const tag of tags) mark(staticBy, [entries[tag]], tag);
    for (const [name, modules] of LAZY_CHUNKS) mark(lazyBy, modules.map((module) => resolve(packageRoot, module)), name);
    const chunks = new Map();
    for (const [id, widgets] of staticBy) {
      // The pages that need the module: the widgets that import it, and those whose data layer does.
      const pages = new Set(widgets);
      for (const name of lazyBy.get(id) ?? []) for (const tag of tags) if (DATA_LAYER[tag].includes(name)) pages.add(tag);
      chunks.set(id, pages.size === tags.length ? 'base' : pages.size === 1 ? widgets[0] : SHARED_VIEW);
    }
    for (const [id, [first]] of lazyBy) if (!chunks.has(id)) chunks.set(id, first);
    return chunks;
  };
  return (id, { getModuleInfo }) => {
    chunkOf ??= layout(getModuleInfo);
    return chunkOf.get(id);
  };
}

/** Minifies each chunk with esbuild (as wijkwijzer.js is) and keeps its licence comments in `<chunk>.LEGAL.txt`. */
function minifyChunks() {
  const legal = new Map();
  return {
    name: 'minify-chunks',
    async renderChunk(code, chunk) {
      const minified = await transform(code, { minify: true, format: 'esm', target: browsers, legalComments: 'external' });
      if (minified.legalComments) legal.set(chunk.fileName, minified.legalComments);
      return { code: minified.code, map: null };
    },
    generateBundle(_options, bundle) {
      for (const chunk of Object.values(bundle)) {
        const comments = chunk.type === 'chunk' && legal.get(chunk.preliminaryFileName);
        if (comments) this.emitFile({ type: 'asset', fileName: `${chunk.fileName}.LEGAL.txt`, source: comments });
      }
    },
  };
}

/** The per-widget build: chunks as chunkLayout places them; returns rollup's output chunks. */
async function buildPerWidget(entries) {
  const bundle = await rollup({
    input: entries,
    preserveEntrySignatures: false,
    plugins: [
      nodeResolve({ browser: true, exportConditions: ['browser', 'production'] }),
      {
        name: 'minify-lit-templates',
        async transform(code, id) {
          return ours(id) ? ((await minifiedModule(id, code)) ?? null) : null;
        },
      },
    ],
    onwarn(warning) {
      throw new Error(`rollup: ${warning.message}`);
    },
  });
  const { output } = await bundle.write({
    dir: outdir,
    format: 'es',
    entryFileNames: 'chunks/[name]-[hash].js',
    chunkFileNames: 'chunks/[name]-[hash].js',
    manualChunks: chunkLayout(entries),
    plugins: [minifyChunks()],
  });
  await bundle.close();
  const chunks = output.filter((file) => file.type === 'chunk');
  const known = new Set(['base', SHARED_VIEW, ...Object.keys(entries), ...LAZY_CHUNKS.map(([name]) => name)]);
  for (const chunk of chunks) {
    if (!known.has(chunk.name)) throw new Error(`${chunk.fileName}: a chunk build-cdn.mjs does not place (see LAZY_CHUNKS)`);
  }
  return chunks;
}

/**
 * Writes `<tag>.js` for each widget: src/internal/cdn-loader.ts bundled with the files it asks
 * for at once: the widget's own chunk (which defines the element) with each chunk it imports,
 * then its data layer. A widget entry with static imports would only run, and only then ask
 * for its data layer, once its first view had arrived: on a phone on a weak line that chain
 * cost half a second before any data. On a page in English it asks for the widget's English
 * words too, which the widget would otherwise wait for before its first render. Loaders
 * carry no content hash in their name, so they can be written after the chunks (sri.json comes
 * after). Returns the chunks each asks for on a Dutch page.
 */
async function writeLoaders(chunks) {
  const byName = new Map(chunks.map((chunk) => [chunk.name, chunk]));
  const byFile = new Map(chunks.map((chunk) => [chunk.fileName, chunk]));
  const staticClosure = (chunk, into = new Set()) => {
    if (into.has(chunk.fileName)) return into;
    into.add(chunk.fileName);
    for (const file of chunk.imports) staticClosure(byFile.get(file), into);
    return into;
  };
  const loaders = {};
  for (const [tag, lazy] of Object.entries(DATA_LAYER)) {
    const files = staticClosure(byName.get(tag));
    for (const name of lazy) staticClosure(byName.get(name), files);
    loaders[tag] = [...files];
    await build({
      ...common,
      entryPoints: { [tag]: `${dist}internal/cdn-loader.js` },
      define: {
        WIDGET_TAG: JSON.stringify(tag),
        WIDGET_CHUNKS: JSON.stringify(loaders[tag].map((file) => `./${file}`)),
        WIDGET_ENGLISH: JSON.stringify(englishOf(chunks, tag).map((file) => `./${file}`)),
      },
    });
  }
  return loaders;
}

const common = {
  absWorkingDir: fileURLToPath(new URL('..', import.meta.url)),
  plugins: [minifyTemplates],
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: browsers,
  minify: true,
  legalComments: 'external',
  conditions: ['browser', 'production'],
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
const whole = await build({
  ...common,
  plugins: [englishInPlace, ...common.plugins],
  entryPoints: { wijkwijzer: `${dist}index.js` },
  splitting: false,
  metafile: true,
});
await writeFile(`${dist}cdn-bundle-meta.json`, JSON.stringify(whole.metafile));
const chunks = await buildPerWidget(await widgetEntries());
const loaders = await writeLoaders(chunks);
/**
 * What the size test needs of the per-widget build: each chunk's modules and imports, what each
 * loader asks for on a Dutch page, and the chunks it adds on an English one.
 */
const layout = {
  chunks: Object.fromEntries(
    chunks.map((chunk) => [
      chunk.fileName,
      { name: chunk.name, modules: Object.keys(chunk.modules).map(fromPackage), imports: chunk.imports, dynamicImports: chunk.dynamicImports },
    ]),
  ),
  loaders,
  english: Object.fromEntries(Object.keys(DATA_LAYER).map((tag) => [tag, englishOf(chunks, tag)])),
};
await writeFile(`${dist}cdn-meta.json`, JSON.stringify(layout));

const integrity = {};
for (const file of (await listFiles(outdir)).sort()) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  integrity[relative(outdir, file)] = `sha384-${digest}`;
}
await writeFile(`${outdir}/sri.json`, `${JSON.stringify(integrity, null, 2)}\n`);

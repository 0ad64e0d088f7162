// The CDN build, minified, in dist/cdn/:
// - wijkwijzer.js: every widget in one self-contained ES module, so the embed
//   snippet's integrity hash covers all the code a partner page runs;
// - <tag>.js: one entry per widget, sharing chunks in chunks/, with the data layer
//   (validation, search) in chunks of its own so a page with only a badge stays small,
//   all of which the entry requests at once (preloadDataLayers);
// - sri.json: a sha384 integrity hash per file.
// esbuild's metafiles go to dist/cdn-meta.json (per-widget build, for the size
// budget test) and dist/cdn-bundle-meta.json (wijkwijzer.js, for scripts/size-report.mjs). The npm build (tsc) stays unbundled; only this bundles lit and the SDK.
import { createHash } from 'node:crypto';
import { appendFile, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { dirname, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { build, transform } from 'esbuild';
import ts from 'typescript';

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

const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dist) || path.includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
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
      if (decorated) contents = contents.replace(TSC_DECORATE, `import { __decorate } from ${JSON.stringify(DECORATE_HELPER)};\n`);
      return { contents, loader: 'js' };
    });
  },
};

/**
 * The lazy modules a widget needs for its first view with data, by entry, most urgent first.
 * A widget with a feed always loads them; without help, the chunks they import in turn
 * (validation, the search engine) would only be requested once their own chunk has arrived:
 * one more round trip on a slow link, and later still behind the first render.
 */
const DATA_LAYER = {
  'sociale-kaart': ['dist/internal/feed-client.js', 'dist/sociale-kaart/lazy-part.js', '../sdk/dist/client/services-search.js'],
  'ketenaanpak-uitleg': ['dist/internal/feed-client.js', 'dist/ketenaanpak-uitleg/uitleg-data.js'],
  'wachttijd-badge': ['dist/internal/feed-client.js', 'dist/wachttijd-badge/badge-data.js', '../sdk/dist/client/availability.js'],
};

/**
 * Appends to each widget entry an import() of every chunk of its data layer that the entry
 * does not import already, so the browser requests them all at once. It runs right after
 * the element is defined: an element on the page has requested its feed's manifest by then
 * (WijkwijzerElement.connectedCallback), so that request goes out first. Entries carry no
 * content hash in their name, so changing them after esbuild is safe (sri.json comes after).
 */
async function preloadDataLayers(metafile) {
  const outputs = Object.entries(metafile.outputs);
  const byEntryPoint = new Map(outputs.map(([path, output]) => [output.entryPoint, path]));
  const staticClosure = (path, into = new Set()) => {
    if (into.has(path)) return into;
    into.add(path);
    for (const { path: next, kind } of metafile.outputs[path].imports) if (kind === 'import-statement') staticClosure(next, into);
    return into;
  };
  for (const [tag, modules] of Object.entries(DATA_LAYER)) {
    const entry = outputs.find(([path]) => path.endsWith(`/cdn/${tag}.js`))?.[0];
    if (!entry) throw new Error(`no CDN entry for ${tag}`);
    const loaded = staticClosure(entry);
    const wanted = new Set();
    for (const module of modules) {
      const chunk = byEntryPoint.get(module);
      if (!chunk) throw new Error(`${tag}: the lazy module ${module} is not in the build`);
      for (const path of staticClosure(chunk)) if (!loaded.has(path)) wanted.add(relative(dirname(entry), path));
    }
    // A failure here is not reported: the widget's own import() of the same file reports it.
    const files = JSON.stringify([...wanted].join(' '));
    await appendFile(entry, `for(const f of${files}.split(" "))import("./"+f).catch(()=>{});\n`);
  }
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
const whole = await build({ ...common, entryPoints: { wijkwijzer: `${dist}index.js` }, splitting: false, metafile: true });
await writeFile(`${dist}cdn-bundle-meta.json`, JSON.stringify(whole.metafile));
const perWidget = await build({
  ...common,
  entryPoints: await widgetEntries(),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await writeFile(`${dist}cdn-meta.json`, JSON.stringify(perWidget.metafile));
await preloadDataLayers(perWidget.metafile);

const integrity = {};
for (const file of (await listFiles(outdir)).sort()) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  integrity[relative(outdir, file)] = `sha384-${digest}`;
}
await writeFile(`${outdir}/sri.json`, `${JSON.stringify(integrity, null, 2)}\n`);

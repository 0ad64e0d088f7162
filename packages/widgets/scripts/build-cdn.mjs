// The CDN build, minified, in dist/cdn/:
// - wijkwijzer.js: every widget in one self-contained ES module, so the embed
//   snippet's integrity hash covers all the code a partner page runs;
// - <tag>.js: one loader per widget (writeLoaders): it asks at once for every chunk of
//   the widget (chunks/<tag>-<hash>.js, which defines the element, and the chunks it shares
//   with the other widgets) and of its data layer (validation, search), kept in chunks of
//   their own so a page with only a badge stays small;
// - sri.json: a sha384 integrity hash per file.
// esbuild's metafiles go to dist/cdn-meta.json (per-widget build, for the size
// budget test) and dist/cdn-bundle-meta.json (wijkwijzer.js, for scripts/size-report.mjs). The npm build (tsc) stays unbundled; only this bundles lit and the SDK.
import { createHash } from 'node:crypto';
import { readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
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
 * The lazy modules a widget needs for its first view with data, by widget, most urgent first.
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
 * Writes `<tag>.js` for each widget: a loader without static imports, so it runs the moment
 * it arrives and asks for every file the widget needs at once: the widget's own chunk (which
 * defines the element) with each chunk it imports, then its data layer. A widget entry with
 * static imports would only run, and only then ask for its data layer, once its first view
 * had arrived: on a phone on a weak line that chain cost half a second before any data. The
 * browser fetches each module once, so the widget's own imports pick up these requests. A
 * failing widget chunk is reported by the browser; a failing data-layer chunk by the widget,
 * whose own import() of it fails the same way. Loaders carry no content hash in their name,
 * so they can be written after esbuild (sri.json comes after).
 */
async function writeLoaders(metafile) {
  const outputs = Object.entries(metafile.outputs);
  const byEntryPoint = new Map(outputs.map(([path, output]) => [output.entryPoint, path]));
  const staticClosure = (path, into = new Set()) => {
    if (into.has(path)) return into;
    into.add(path);
    for (const { path: next, kind } of metafile.outputs[path].imports) if (kind === 'import-statement') staticClosure(next, into);
    return into;
  };
  const chunkOf = (tag, module) => {
    const chunk = byEntryPoint.get(module);
    if (!chunk) throw new Error(`${tag}: the module ${module} is not in the build`);
    return chunk;
  };
  // esbuild's stub for a widget another widget imports (the badge) only re-exports a chunk: nothing to ask for.
  const hasCode = (path) => Object.keys(metafile.outputs[path].inputs).length > 0;
  const chunkName = (path) => {
    const name = relative(`${outdir}/chunks`, path);
    if (!/^[\w-]+\.js$/.test(name)) throw new Error(`${path} is not a file in chunks/`);
    return name.slice(0, -'.js'.length);
  };
  for (const [tag, modules] of Object.entries(DATA_LAYER)) {
    const files = staticClosure(chunkOf(tag, `dist/${tag}/${tag}.js`));
    for (const module of modules) staticClosure(chunkOf(tag, module), files);
    const [own, ...rest] = [...files].filter(hasCode).map(chunkName);
    const loader = `import("./chunks/${own}.js");for(const f of"${rest.join(' ')}".split(" "))import("./chunks/"+f+".js").catch(()=>{});\n`;
    await writeFile(`${outdir}/${tag}.js`, loader);
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
  entryNames: 'chunks/[name]-[hash]',
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await writeFile(`${dist}cdn-meta.json`, JSON.stringify(perWidget.metafile));
await writeLoaders(perWidget.metafile);

const integrity = {};
for (const file of (await listFiles(outdir)).sort()) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  integrity[relative(outdir, file)] = `sha384-${digest}`;
}
await writeFile(`${outdir}/sri.json`, `${JSON.stringify(integrity, null, 2)}\n`);

// The CDN build, minified, in dist/cdn/:
// - wijkwijzer.js: every widget in one self-contained ES module, so the embed
//   snippet's integrity hash covers all the code a partner page runs;
// - <tag>.js: one entry per widget, sharing chunks in chunks/, with the data layer
//   (validation, search) loaded lazily so a page with only a badge stays small;
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
const outdir = "/tmp/wijkwijzer-bench-load/widgets-diag";

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

// Browsers of the es2021 JS target: the CSS minifier must not write newer syntax.
const cssTarget = ['chrome92', 'edge92', 'firefox90', 'safari15'];

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
const minifyTemplates = {
  name: 'minify-lit-templates',
  setup(pluginBuild) {
    pluginBuild.onLoad({ filter: /\.js$/ }, async ({ path }) => {
      if (!path.startsWith(dist) || path.includes('node_modules')) return undefined;
      const source = await readFile(path, 'utf8');
      if (!/\b(css|html|svg)\s*`/.test(source)) return undefined;
      const file = ts.createSourceFile(path, source, ts.ScriptTarget.Latest, true, ts.ScriptKind.JS);
      const edits = [];
      const visit = async (node) => {
        if (ts.isTaggedTemplateExpression(node) && ts.isIdentifier(node.tag)) {
          const tag = node.tag.text;
          const template = node.template;
          if (tag === 'css' && ts.isNoSubstitutionTemplateLiteral(template)) {
            const raw = template.getText().slice(1, -1);
            if (!raw.includes('\\') && !raw.includes('`')) {
              const { code, warnings } = await transform(raw, { loader: 'css', minify: true, target: cssTarget, charset: 'utf8' });
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
      return { contents, loader: 'js' };
    });
  },
};

const common = {
  plugins: [minifyTemplates],
  outdir,
  bundle: true,
  format: 'esm',
  platform: 'browser',
  target: 'es2021',
  minify: false,
  legalComments: 'external',
  conditions: ['browser', 'production'],
  logLevel: 'warning',
};

await rm(outdir, { recursive: true, force: true });
const whole = await build({ ...common, entryPoints: { wijkwijzer: `${dist}index.js` }, splitting: false, metafile: true });
await writeFile(`/tmp/diag--bundle-meta.json`, JSON.stringify(whole.metafile));
const perWidget = await build({
  ...common,
  entryPoints: await widgetEntries(),
  splitting: true,
  chunkNames: 'chunks/[name]-[hash]',
  metafile: true,
});
await writeFile(`/tmp/diag--meta.json`, JSON.stringify(perWidget.metafile));

const integrity = {};
for (const file of (await listFiles(outdir)).sort()) {
  const digest = createHash('sha384').update(await readFile(file)).digest('base64');
  integrity[relative(outdir, file)] = `sha384-${digest}`;
}
await writeFile(`${outdir}/sri.json`, `${JSON.stringify(integrity, null, 2)}\n`);

/**
 * Builds the playground into dist/site/, everything static:
 * - app.js and preview.js, bundled by esbuild from src/app and src/preview;
 * - index.html, preview.html and the stylesheets from src/site;
 * - the widgets' CDN build (cdn/) and custom-elements.json, copied from
 *   @wijkwijzer/widgets, so the preview runs the very files a partner loads;
 * - the sample feed of regio Utrecht, built from data/ (feeds/regio-utrecht/);
 * - site.json with the widgets version the snippet pins.
 * Runs after `tsc -b`, from dist/build/build-site.js.
 */
import { cp, mkdir, readFile, rm, writeFile } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildFeed, describeFinding } from '@wijkwijzer/cli';
import { build } from 'esbuild';

const appDir = fileURLToPath(new URL('../../', import.meta.url));
const repoRoot = join(appDir, '../..');
const siteDir = join(appDir, 'dist/site');
const SAMPLE_FEED = 'feeds/regio-utrecht/index.json';

function fail(message: string): never {
  console.error(`playground build: ${message}`);
  process.exit(1);
}

/** The widgets package's folder, found the way Node finds the dependency. */
function widgetsDir(): string {
  const require = createRequire(import.meta.url);
  return dirname(require.resolve('@wijkwijzer/widgets/package.json'));
}

async function bundle(): Promise<void> {
  await build({
    entryPoints: { app: join(appDir, 'src/app/main.ts'), preview: join(appDir, 'src/preview/preview.ts') },
    outdir: siteDir,
    bundle: true,
    format: 'esm',
    platform: 'browser',
    target: 'es2022',
    minify: true,
    sourcemap: true,
    conditions: ['browser', 'production'],
    tsconfig: join(appDir, 'tsconfig.json'),
    logLevel: 'warning',
  });
}

async function copyWidgets(): Promise<string> {
  const widgets = widgetsDir();
  const cdn = join(widgets, 'dist/cdn');
  const manifest = join(widgets, 'dist/custom-elements.json');
  if (!existsSync(join(cdn, 'wijkwijzer.js')) || !existsSync(join(cdn, 'sri.json')) || !existsSync(manifest)) {
    fail(`the widgets are not built (${cdn}/wijkwijzer.js, sri.json or custom-elements.json is missing); run npm run build at the root`);
  }
  await cp(cdn, join(siteDir, 'cdn'), { recursive: true });
  await cp(manifest, join(siteDir, 'custom-elements.json'));
  const pkg = JSON.parse(await readFile(join(widgets, 'package.json'), 'utf8')) as { version?: unknown };
  if (typeof pkg.version !== 'string') fail('@wijkwijzer/widgets has no version in its package.json');
  return pkg.version;
}

async function buildSampleFeed(): Promise<void> {
  const result = await buildFeed({ sourceDir: join(repoRoot, 'data/regio-utrecht'), outDir: join(siteDir, dirname(SAMPLE_FEED)) });
  if (!result.ok) {
    fail(`the sample feed has problems:\n${result.findings.map(({ finding }) => `  ${describeFinding(finding)}`).join('\n')}`);
  }
}

await rm(siteDir, { recursive: true, force: true });
await mkdir(siteDir, { recursive: true });
await cp(join(appDir, 'src/site'), siteDir, { recursive: true });
const [widgetsVersion] = await Promise.all([copyWidgets(), bundle(), buildSampleFeed()]);
await writeFile(join(siteDir, 'site.json'), `${JSON.stringify({ widgetsVersion, sampleFeed: SAMPLE_FEED }, null, 2)}\n`);

import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./index.js', import.meta.url));
/** The `./client` export: what the widgets bundle for the CDN. */
const CLIENT_ENTRY = fileURLToPath(new URL('./client/create-client.js', import.meta.url));
const NODE_BUILTINS = new Set(builtinModules.flatMap((name) => [name, `node:${name}`]));

/** Records every Node built-in the bundle asks for, instead of letting esbuild fail on the first. */
function nodeBuiltinSpy(found: Set<string>): Plugin {
  return {
    name: 'node-builtin-spy',
    setup(pluginBuild) {
      pluginBuild.onResolve({ filter: /.*/ }, (args) => {
        if (!NODE_BUILTINS.has(args.path)) return undefined;
        found.add(`${args.path} (from ${args.importer})`);
        return { path: args.path, external: true };
      });
    },
  };
}

/** Bundles an SDK entry as a browser build would, recording Node built-ins it asks for in `found`. */
function bundleForBrowser(entry: string, found: Set<string>, conditions?: string[]) {
  return build({
    entryPoints: [entry],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    metafile: true,
    logLevel: 'silent',
    plugins: [nodeBuiltinSpy(found)],
    ...(conditions ? { conditions } : {}),
  });
}

test('the browser entry of the SDK pulls in no Node built-ins', async () => {
  const found = new Set<string>();
  const result = await bundleForBrowser(ENTRY, found);
  assert.deepEqual([...found], []);
  assert.ok(result.outputFiles[0]!.text.includes('createClient'), 'the bundle holds the client');
});

test('the client bundled for browsers validates without zod', async () => {
  const found = new Set<string>();
  const result = await bundleForBrowser(CLIENT_ENTRY, found, ['browser']);
  const inputs = Object.keys(result.metafile.inputs);
  assert.deepEqual([...found], []);
  assert.deepEqual(inputs.filter((input) => /(^|\/)node_modules\/zod\//.test(input)), [], 'no zod module in the bundle');
  // The compact validator stands in for it: the browser condition of @wijkwijzer/schemas/records.
  assert.ok(inputs.some((input) => input.endsWith('schemas/dist/records/compact.js')), 'the compact validator is in the bundle');
});

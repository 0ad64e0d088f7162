import assert from 'node:assert/strict';
import { builtinModules } from 'node:module';
import { test } from 'node:test';
import { fileURLToPath } from 'node:url';
import { build, type Plugin } from 'esbuild';

const ENTRY = fileURLToPath(new URL('./index.js', import.meta.url));
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

test('the browser entry of the SDK pulls in no Node built-ins', async () => {
  const found = new Set<string>();
  const result = await build({
    entryPoints: [ENTRY],
    bundle: true,
    platform: 'browser',
    format: 'esm',
    write: false,
    logLevel: 'silent',
    plugins: [nodeBuiltinSpy(found)],
  });
  assert.deepEqual([...found], []);
  assert.ok(result.outputFiles[0]!.text.includes('createClient'), 'the bundle holds the client');
});

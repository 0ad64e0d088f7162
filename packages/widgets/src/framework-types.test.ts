import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { fileURLToPath } from 'node:url';

/**
 * The framework types (`@wijkwijzer/widgets/react` and `/vue`, written by scripts/framework-types.mjs)
 * as a web team uses them: type-tests/react/app.tsx and docs/examples/react.tsx compiled by tsc,
 * type-tests/vue/App.vue and docs/examples/vue.vue checked by vue-tsc. Their `@ts-expect-error` and `@vue-expect-error` lines are mistakes the
 * types must catch, so a clean check asserts both directions. The same files without their one
 * import line must fail: they declare nothing of their own.
 */
const packageRoot = fileURLToPath(new URL('../', import.meta.url));
const modules = join(packageRoot, '../../node_modules');

const FRAMEWORKS = {
  react: { checker: join(modules, 'typescript/bin/tsc'), file: 'app.tsx', importLine: "import type {} from '@wijkwijzer/widgets/react';" },
  vue: { checker: join(modules, 'vue-tsc/bin/vue-tsc.js'), file: 'App.vue', importLine: "import type {} from '@wijkwijzer/widgets/vue';" },
};
type Framework = keyof typeof FRAMEWORKS;

/** Runs the framework's checker on a type-tests folder; its exit code and what it printed. */
function check(framework: Framework, folder: string, extraArgs: string[] = []): Promise<{ code: number; output: string }> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [FRAMEWORKS[framework].checker, '-p', join(folder, 'tsconfig.json'), ...extraArgs], { cwd: folder });
    let output = '';
    child.stdout.on('data', (chunk: Buffer) => (output += chunk));
    child.stderr.on('data', (chunk: Buffer) => (output += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code: code ?? 1, output }));
  });
}

/** The checker's verdict on a copy of the fixture without its import line (inside the package, so node_modules resolve). */
async function checkWithoutImport(framework: Framework): Promise<{ code: number; output: string }> {
  const { file, importLine } = FRAMEWORKS[framework];
  const folder = await mkdtemp(join(packageRoot, `type-tests/${framework}-without-import-`));
  try {
    await cp(join(packageRoot, 'type-tests', framework), folder, { recursive: true });
    const source = await readFile(join(folder, file), 'utf8');
    assert.ok(source.includes(importLine), `${file} imports the types with one line`);
    await writeFile(join(folder, file), source.replace(importLine, ''));
    // Only the fixture: the docs' example beside it in the clean check has an import line of its own.
    const config = JSON.parse(await readFile(join(folder, 'tsconfig.json'), 'utf8')) as { files: string[] };
    await writeFile(join(folder, 'tsconfig.json'), JSON.stringify({ ...config, files: [file] }));
    // Checking the libraries' own .d.ts files is the slow part, and the clean check does it already.
    return await check(framework, folder, ['--skipLibCheck']);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
}

// The four checks take a few seconds each; they run side by side.
describe('framework types', { concurrency: true }, () => {
  for (const framework of Object.keys(FRAMEWORKS) as Framework[]) {
    test(`${framework}: the widgets type-check with the one import line, and every marked mistake is an error`, async () => {
      const { code, output } = await check(framework, join(packageRoot, 'type-tests', framework));
      assert.equal(code, 0, output);
    });

    test(`${framework}: without the import line the same file fails on the widgets' tags`, async () => {
      const { code, output } = await checkWithoutImport(framework);
      assert.notEqual(code, 0);
      assert.match(output, /'sociale-kaart'/);
    });
  }
});

#!/usr/bin/env node
// The installed command. It lives outside dist/ so that npm can link it right after
// `npm ci` in a fresh clone, before anything is built.
import { existsSync } from 'node:fs';

const built = new URL('../dist/bin.js', import.meta.url);
if (!existsSync(built)) {
  console.error('wijkwijzer: the command is not built yet; run `npm run build` in the repository first.');
  process.exit(2);
}
await import(built.href);

#!/usr/bin/env node
import { main } from './cli/main.js';

// exitCode rather than process.exit(): pending output (a large --json report) is flushed first.
process.exitCode = await main(process.argv.slice(2));

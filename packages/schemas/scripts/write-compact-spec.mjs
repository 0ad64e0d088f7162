// Writes dist/compact/generated-spec.js: the contract as data for the compact
// validator that browsers use instead of zod (see src/compact/). Made from the
// built zod schemas, through their JSON Schema, so the contract is written once.
import { writeFile } from 'node:fs/promises';
import { buildCompactSpec } from '../dist/compact/build-spec.js';
import { compactSpecModule } from '../dist/compact/spec-module.js';

await writeFile(new URL('../dist/compact/generated-spec.js', import.meta.url), compactSpecModule(buildCompactSpec()));

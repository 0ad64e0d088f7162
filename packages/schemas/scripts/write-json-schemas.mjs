// Writes dist/json-schema/<entity>.json from the built zod schemas, so the
// published package carries a JSON Schema for every entity of the contract.
import { mkdir, writeFile } from 'node:fs/promises';
import { CONTRACT_VERSION, JSON_SCHEMA_ENTITIES, toJsonSchema } from '../dist/index.js';

const outDir = new URL('../dist/json-schema/', import.meta.url);
await mkdir(outDir, { recursive: true });
for (const entity of Object.keys(JSON_SCHEMA_ENTITIES)) {
  const schema = {
    $id: `https://wijkwijzer.example/contract/${CONTRACT_VERSION}/${entity}.json`,
    title: entity,
    ...toJsonSchema(entity),
  };
  await writeFile(new URL(`${entity}.json`, outDir), `${JSON.stringify(schema, null, 2)}\n`);
}

// Writes schemas/policy-document.schema.json from the zod schema (run `npm run schema`).
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../dist/schema/build-json-schema.js';

const target = new URL('../schemas/policy-document.schema.json', import.meta.url);
writeFileSync(target, buildJsonSchema());
console.log(`wrote ${target.pathname}`);

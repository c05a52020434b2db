// Writes schemas/policy-document.schema.json from the zod schema, and the run-time validator
// compiled from it (src/schema/validator.generated.ts), then rebuilds (run `npm run schema`).
import { execFileSync } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { buildJsonSchema } from '../dist/schema/build-json-schema.js';
import { buildValidator, VALIDATOR_FILE } from '../dist/schema/build-validator.js';

const root = new URL('..', import.meta.url);
const schema = buildJsonSchema();
writeFileSync(new URL('schemas/policy-document.schema.json', root), schema);
writeFileSync(new URL(VALIDATOR_FILE, root), buildValidator(schema));
console.log(`wrote schemas/policy-document.schema.json and ${VALIDATOR_FILE}`);
execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });

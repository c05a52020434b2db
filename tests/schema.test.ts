import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildJsonSchema } from '../src/schema/build-json-schema.js';
import { VERSION } from '../src/version.js';

describe('published artefacts', () => {
  it('schemas/policy-document.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../schemas/policy-document.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(buildJsonSchema());
  });
  it('the version printed by --version is package.json\'s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});

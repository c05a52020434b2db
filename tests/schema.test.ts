import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
// mulberry32, the fuzzer's seedable generator: the same mutations on every run.
import { rng } from '../scripts/fuzz/mutators.mjs';
import { extractDocument, InputError } from '../src/index.js';
import { buildJsonSchema } from '../src/schema/build-json-schema.js';
import { buildValidator, VALIDATOR_FILE } from '../src/schema/build-validator.js';
import { PolicyDocumentSchema } from '../src/schema/document.js';
import { schemaIssues } from '../src/schema/validate.js';
import { VERSION } from '../src/version.js';
import { CORPUS, inputsOf, read, SEEDS } from './helpers/fixtures.js';

describe('published artefacts', () => {
  it('schemas/policy-document.schema.json is generated from the zod schema (run `npm run schema` when this fails)', () => {
    const committed = readFileSync(new URL('../schemas/policy-document.schema.json', import.meta.url), 'utf8');
    expect(committed).toBe(buildJsonSchema());
  });
  it(`${VALIDATOR_FILE} is compiled from that schema (run \`npm run schema\` when this fails)`, () => {
    const committed = readFileSync(new URL(`../${VALIDATOR_FILE}`, import.meta.url), 'utf8');
    expect(committed).toBe(buildValidator(buildJsonSchema()));
  });
  it('the version printed by --version is package.json\'s', () => {
    const pkg = JSON.parse(readFileSync(new URL('../package.json', import.meta.url), 'utf8')) as { version: string };
    expect(VERSION).toBe(pkg.version);
  });
});


type Json = null | boolean | number | string | Json[] | { [k: string]: Json };

/** Every place in a document: [parent, key] pairs, the root excluded. */
function places(value: Json, out: Array<[Json[] | Record<string, Json>, string | number]> = []): Array<[Json[] | Record<string, Json>, string | number]> {
  if (Array.isArray(value)) value.forEach((v, i) => (out.push([value, i]), places(v, out)));
  else if (value !== null && typeof value === 'object') for (const k of Object.keys(value)) (out.push([value, k]), places(value[k]!, out));
  return out;
}

// The values a broken rule could write: wrong types, out of range, impossible days, reversed spans.
const REPLACEMENTS: Json[] = [null, -1, 1.5, 0, 7, '', 'x', '2023-02-30', '2024-02-29', '2023-13-01', true, [], {}, [5, 3], [3, 5], ['a', 1], 'P15D', 'P15X', 'lead', 'chrome'];

/** One mutation: replace a value, delete a key, add an unknown key, or drop an array item. */
function mutate(doc: Json, rnd: () => number): Json {
  const copy = structuredClone(doc);
  const all = places(copy);
  const [parent, key] = all[Math.floor(rnd() * all.length)]!;
  const op = rnd();
  if (Array.isArray(parent)) {
    if (op < 0.2) parent.splice(key as number, 1);
    else parent[key as number] = REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)]!;
  } else if (op < 0.15) delete parent[key];
  else if (op < 0.25) parent['extra'] = 1;
  else parent[key] = REPLACEMENTS[Math.floor(rnd() * REPLACEMENTS.length)]!;
  return copy;
}

describe('the compiled validator accepts and rejects what the zod schema does', () => {
  const docs: Json[] = [];
  for (const [dir, names] of [[SEEDS, inputsOf(SEEDS)], [CORPUS, inputsOf(CORPUS).filter((_, i) => i % 4 === 0)]] as const) {
    for (const name of names) {
      try {
        docs.push(extractDocument(read(dir, name), { path: name, includeText: true }) as unknown as Json);
      } catch (err) {
        if (!(err instanceof InputError)) throw err;
      }
    }
  }

  it('every extracted document (the seeds and every fourth corpus document): both accept it', () => {
    expect(docs.length).toBeGreaterThan(50);
    for (const doc of docs) {
      expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true);
      expect(schemaIssues(doc)).toEqual([]);
    }
  });

  it('4,000 mutated documents: the same verdict on each, and most are rejected', () => {
    const rnd = rng(20261201);
    let rejected = 0;
    const disagreements: string[] = [];
    for (let n = 0; n < 4000; n++) {
      const doc = mutate(docs[n % docs.length]!, rnd);
      const zod = PolicyDocumentSchema.safeParse(doc);
      const ours = schemaIssues(doc);
      if (!zod.success) rejected++;
      if (zod.success !== (ours.length === 0)) disagreements.push(`${n}: zod ${zod.success ? 'accepts' : zod.error.issues[0]!.message}, compiled ${ours[0] ?? 'accepts'}`);
    }
    expect(disagreements).toEqual([]);
    // The mutations reach the schema's rules (a test whose mutations all pass could not fail).
    expect(rejected).toBeGreaterThan(2000);
  });

  it('the checks beyond JSON Schema: an impossible day and a reversed span are named', () => {
    const doc = structuredClone(docs[0]!) as unknown as { meta: { signedDate: string }; sections: Array<{ span: number[] }> };
    doc.meta.signedDate = '2023-02-30';
    doc.sections[0]!.span = [9, 3];
    expect(schemaIssues(doc)).toEqual(['sections.0.span: span end must not precede its start', 'meta.signedDate: no such day']);
  });
});

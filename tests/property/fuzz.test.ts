// The fuzz layer's CI share: a few hundred mutated corpus documents (byte flips, truncation,
// splicing, markers, long lines, deep HTML, other encodings, NULs, line ends), each a pure
// function of its seed (scripts/fuzz/mutators.mjs). What must hold for every one: no throw but
// InputError, schema-valid output, every span inside the text. Sizes stay below the known slow
// paths (issue 10, defects 2, 3, 7), which `npm run fuzz` measures on long runs; no timing here.
import { describe, expect, it } from 'vitest';
import { extractDocument, InputError, PolicyDocumentSchema } from '../../src/index.js';
import { CI_LIMITS, checkSpans, fuzzCase, MUTATOR_NAMES } from '../../scripts/fuzz/mutators.mjs';
import { CORPUS, inputsOf, read } from '../helpers/fixtures.js';

const corpus = inputsOf(CORPUS).map((name) => read(CORPUS, name));
const CASES = 300;

describe('fuzz: mutated corpus documents', () => {
  it(`${CASES} cases: a document or an InputError, schema-valid, spans inside the text`, () => {
    const outcomes = { documents: 0, refused: 0 };
    const seen = new Set<string>();
    for (let seed = 1; seed <= CASES; seed++) {
      const { bytes, applied, html } = fuzzCase(seed, corpus, CI_LIMITS);
      applied.forEach((m) => seen.add(m));
      let doc;
      try {
        doc = extractDocument(bytes, { path: html ? 'case.html' : 'case.txt', includeText: true });
      } catch (err) {
        if (!(err instanceof InputError)) throw new Error(`seed ${seed} (${applied.join(' + ')}): ${(err as Error).stack}`);
        outcomes.refused++;
        continue;
      }
      outcomes.documents++;
      expect(PolicyDocumentSchema.safeParse(doc).success, `seed ${seed}`).toBe(true);
      expect(checkSpans(doc), `seed ${seed} (${applied.join(' + ')})`).toEqual([]);
    }
    // The cases exercise every mutation, and most still give documents.
    expect([...seen].sort()).toEqual([...MUTATOR_NAMES].sort());
    expect(outcomes.documents).toBeGreaterThan(CASES * 0.6);
  }, 120_000);
});

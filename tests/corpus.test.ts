// Robustness: every real document of the corpus goes through with schema-valid output
// (or a clear InputError), and every span of the output points into the text.
import { describe, expect, it } from 'vitest';
import { extractDocument, InputError, PolicyDocumentSchema } from '../src/index.js';
import { cleanText, compactKey } from '../src/normalize/clean.js';
import { CORPUS, inputsOf, read, SEEDS } from './helpers/fixtures.js';

const documents = [...inputsOf(CORPUS).map((n) => [CORPUS, n] as const), ...inputsOf(SEEDS).map((n) => [SEEDS, n] as const)];

describe('every corpus and seed document', () => {
  it('covers the whole corpus', () => {
    expect(inputsOf(CORPUS).length).toBeGreaterThanOrEqual(49);
  });
  for (const [dir, name] of documents) {
    it(name, () => {
      let doc;
      try {
        doc = extractDocument(read(dir, name), { path: name, includeText: true });
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        return;
      }
      expect(PolicyDocumentSchema.safeParse(doc).success).toBe(true);
      const text = doc.source.text!;
      const grounded = (span: [number, number], value: string): boolean => {
        const slice = compactKey(cleanText(text.slice(span[0], span[1])));
        const want = compactKey(value);
        return slice.includes(want) || want.includes(slice);
      };
      for (const s of doc.sections) expect(grounded(s.span, s.title), `section ${s.id} ${s.title}`).toBe(true);
      for (const t of doc.tasks) expect(grounded(t.span, t.text), `task ${t.id}`).toBe(true);
      for (const x of [...doc.indicators, ...doc.deadlines, ...doc.responsibleUnits]) expect(grounded(x.span, x.text), `${x.id}`).toBe(true);
    });
  }
});

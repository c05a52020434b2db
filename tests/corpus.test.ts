// Every real document of the corpus goes through with schema-valid output (or a clear
// InputError), every span points into the text, and its compact snapshot
// (fixtures/corpus/<file>.snap.json) is unchanged. A rule change that moves any value on any
// of the documents shows here as a diff: review it as a reader of those documents, then
// accept it with `npm run fixtures`.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument, InputError, PolicyDocumentSchema } from '../src/index.js';
import { cleanText, compactKey } from '../src/text/clean.js';
import { CORPUS, inputsOf, read, SEEDS } from './helpers/fixtures.js';
import { snapshotOf } from './helpers/snapshot.js';

const update = process.env.UPDATE_FIXTURES === '1';
const documents = [...inputsOf(CORPUS).map((n) => [CORPUS, n] as const), ...inputsOf(SEEDS).map((n) => [SEEDS, n] as const)];

function compareSnapshot(name: string, actual: unknown): void {
  const file = join(CORPUS, `${name}.snap.json`);
  const text = `${JSON.stringify(actual, null, 2)}\n`;
  if (update || !existsSync(file)) writeFileSync(file, text);
  expect(actual, `snapshot of ${name} (npm run fixtures rewrites it)`).toEqual(JSON.parse(readFileSync(file, 'utf8')));
}

describe('every corpus and seed document', () => {
  it('covers the whole corpus', () => {
    expect(inputsOf(CORPUS).length).toBeGreaterThanOrEqual(213);
  });
  for (const [dir, name] of documents) {
    it(name, () => {
      let doc;
      try {
        doc = extractDocument(read(dir, name), { path: name, includeText: true });
      } catch (err) {
        expect(err).toBeInstanceOf(InputError);
        if (dir === CORPUS) compareSnapshot(name, { error: (err as Error).message });
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
      if (dir === CORPUS) compareSnapshot(name, snapshotOf(doc));
    });
  }
});

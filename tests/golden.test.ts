// Golden files: each seed's full output is committed beside it (fixtures/seeds/<name>.json).
// Refresh deliberately with `npm run fixtures` and review the diff.
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/index.js';
import { toJson } from '../src/emit/json.js';
import { inputsOf, read, SEEDS } from './helpers/fixtures.js';

const update = process.env.UPDATE_FIXTURES === '1';

describe('golden outputs of the seed documents', () => {
  const inputs = inputsOf(SEEDS);
  it('has the five seeds', () => {
    expect(inputs).toHaveLength(5);
  });
  for (const name of inputs) {
    it(name, () => {
      const doc = extractDocument(read(SEEDS, name), { path: `fixtures/seeds/${name}` });
      const actual = toJson(doc);
      const file = join(SEEDS, `${name}.json`);
      if (update || !existsSync(file)) writeFileSync(file, actual);
      expect(JSON.parse(actual)).toEqual(JSON.parse(readFileSync(file, 'utf8')));
    });
  }
});

// The README and docs/ on a fresh clone with nothing beside it: every relative link resolves
// inside the repository, no command reaches outside it, and the CSV example is the real output.
// Where the project's external copies are at hand (../shared, on a developer's machine), the
// bundled spec, annotation guide, gold files and reference scorer are checked to be in step.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../src/index.js';
import { toCsv } from '../src/emit/csv.js';
import { parseCsv } from './helpers/csv.js';
import { read, SEEDS } from './helpers/fixtures.js';

const ROOT = new URL('../', import.meta.url).pathname;
const SHARED = resolve(ROOT, '../shared');
const readme = readFileSync(join(ROOT, 'README.md'), 'utf8');
const MARKDOWN = ['README.md', 'docs/spec.md', 'docs/annotation-guide.md'];

/** Targets of [text](target) and ![alt](target) links, without #fragments. */
function links(markdown: string): string[] {
  return [...markdown.matchAll(/!?\[[^\]\n]*\]\(([^)\s]+)\)/g)].map((m) => m[1]!.replace(/#.*$/, '')).filter((t) => t !== '');
}

describe('the README and docs on a fresh clone', () => {
  for (const file of MARKDOWN) {
    it(`${file}: every relative link resolves to a file inside the repository`, () => {
      const text = readFileSync(join(ROOT, file), 'utf8');
      const local = links(text).filter((t) => !/^[a-z]+:/i.test(t));
      if (file === 'README.md') expect(local.length).toBeGreaterThanOrEqual(6);
      for (const target of local) {
        const path = resolve(ROOT, file, '..', target);
        expect(relative(ROOT, path).startsWith('..'), `${file}: ${target} leaves the repository`).toBe(false);
        expect(existsSync(path), `${file}: ${target} does not exist`).toBe(true);
      }
    });
  }

  it('names nothing outside the repository: no ../shared, no run.sh', () => {
    for (const file of MARKDOWN) {
      const text = readFileSync(join(ROOT, file), 'utf8');
      expect(text, file).not.toMatch(/\.\.\/shared|run\.sh|score\.mjs|\.\.\/SPEC\.md|\.\.\/eval\//);
    }
    const pkg = JSON.parse(readFileSync(join(ROOT, 'package.json'), 'utf8')) as { scripts: Record<string, string> };
    for (const [name, script] of Object.entries(pkg.scripts)) expect(script, `npm run ${name}`).not.toContain('../');
    expect(pkg.scripts.eval).toContain('eval --gold fixtures/gold fixtures/seeds');
  });

  it('the CSV example is seed 003\'s real output (cells ending in … are cut)', () => {
    const command = 'npx policy-extract fixtures/seeds/003_ba5c26d6e984a451.txt --format csv';
    const at = readme.indexOf(command);
    expect(at).toBeGreaterThan(0);
    // The first table after the command: its consecutive | lines.
    const lines = readme.slice(at).split('\n');
    const first = lines.findIndex((l) => l.startsWith('|'));
    const end = lines.findIndex((l, i) => i > first && !l.startsWith('|'));
    const [head, , ...body] = lines.slice(first, end);
    const columns = head!.split('|').slice(1, -1).map((c) => c.trim());
    const csv = parseCsv(toCsv(extractDocument(read(SEEDS, '003_ba5c26d6e984a451.txt'), { path: 'fixtures/seeds/003_ba5c26d6e984a451.txt' })).slice(1));
    const header = csv[0]!;
    const byId = new Map(csv.slice(1).map((r) => [r[header.indexOf('task_id')]!, r]));
    const rows = body.filter((l) => /^\| t\d+ /.test(l));
    expect(rows.length).toBe(5);
    for (const line of rows) {
      const cells = line.split('|').slice(1, -1).map((c) => c.trim());
      const real = byId.get(cells[0]!)!;
      columns.forEach((col, i) => {
        const want = real[header.indexOf(col)]!;
        const shown = cells[i]!;
        if (shown.endsWith('…')) expect(want.startsWith(shown.slice(0, -1)), `${cells[0]} ${col}`).toBe(true);
        else expect(shown, `${cells[0]} ${col}`).toBe(want);
      });
    }
  });
});

describe.skipIf(!existsSync(SHARED))('in step with the external copies in ../shared', () => {
  it('docs/spec.md and docs/annotation-guide.md are SPEC.md and GUIDE.md with their links made local', () => {
    const spec = readFileSync(join(SHARED, 'SPEC.md'), 'utf8').replace('`../shared/eval/`', '`policy-extract eval`, `src/eval/`');
    const guide = readFileSync(join(SHARED, 'gold/GUIDE.md'), 'utf8')
      .replace('The scorer (`../eval/score.mjs`)', 'The scorer (`policy-extract eval`, `src/eval/`)')
      .replace('(see `../SPEC.md`)', '(see [spec.md](spec.md))');
    const body = (file: string): string => readFileSync(join(ROOT, file), 'utf8').replace(/^<!--[^\n]*-->\n\n/, '');
    expect(body('docs/spec.md')).toBe(spec);
    expect(body('docs/annotation-guide.md')).toBe(guide);
  });

  it('fixtures/gold holds the gold files, and tests/reference/score.mjs is the scorer, verbatim', () => {
    const gold = readdirSync(join(SHARED, 'gold')).filter((f) => f.endsWith('.gold.yaml'));
    expect(readdirSync(join(ROOT, 'fixtures/gold')).sort()).toEqual(gold.sort());
    for (const f of gold) expect(readFileSync(join(ROOT, 'fixtures/gold', f), 'utf8')).toBe(readFileSync(join(SHARED, 'gold', f), 'utf8'));
    const copy = readFileSync(join(ROOT, 'tests/reference/score.mjs'), 'utf8').split('\n');
    const header = copy.findIndex((l, i) => i > 1 && l.startsWith('// ───'));
    expect([copy[0], ...copy.slice(header + 1)].join('\n')).toBe(readFileSync(join(SHARED, 'eval/score.mjs'), 'utf8'));
  });
});

// YAML output must load in the readers people use, with the same data as the JSON output
// (issue 10, defect 6: `comparator: =` unquoted broke PyYAML and ruamel.yaml on 31 of 49 corpus
// documents). Checked with Python's PyYAML (safe_load) and ruamel.yaml, on every corpus document
// with its text, and on the strings YAML 1.1 readers take for something else.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse } from 'yaml';
import { extractDocument } from '../../src/index.js';
import { toJson } from '../../src/emit/json.js';
import { toYaml } from '../../src/emit/yaml.js';
import type { PolicyDocument } from '../../src/types.js';
import { CORPUS, inputsOf, read } from '../helpers/fixtures.js';
import { PYTHON, pythonHas } from '../helpers/python.js';

const LOADER = new URL('./py/load_yaml.py', import.meta.url).pathname;
const dir = mkdtempSync(join(tmpdir(), 'policy-extract-yaml-'));
afterAll(() => rmSync(dir, { recursive: true, force: true }));

// Strings a YAML 1.1 reader resolves to something other than a string when written plain, and
// characters that PyYAML refuses or reads as line breaks.
export const TRICKY = [
  '=', '<<', 'yes', 'No', 'ON', 'off', 'y', 'N', '~', 'null', '', '2023-12-31', '2023-1-5 10:00:00', '1:30', '12:30:45', '1:30.5',
  '1_000', '017', '0o17', '0x1F', '0b101', '.5', '+1', '-2', '1e3', '1.0e+3', '.inf', '-.inf', '.NaN', 'a\u2028b', 'a\u2029b', 'a\x85b',
  'del\x7f', 'c1\x9b', 'bom\ufeffin', 'non\ufffe', 'ctl\x07x', 'nul\0x', 'tab\there', 'tabs\tin\nlines\t', '\tlead tab\n', ' lead', 'trail ', 'line1\nline2\n',
  'cr\r\nlf', 'x: y', '- a', '# c', '@a', '`a', '%a', '!tag', '&anchor', '*alias', '? q', '---', '...', '１２', '≥', '1.5亿',
];

function tricky(): PolicyDocument {
  const doc = extractDocument(read(CORPUS, '003-anhui-industrial-internet-action-plan-2021.txt'), { path: 'tricky.txt' });
  const extra = { ...doc, warnings: [...TRICKY, TRICKY.join('\n')] };
  // Figures JSON writes in exponent form without a decimal point (1e+21), which PyYAML reads as strings.
  extra.indicators = doc.indicators.slice(0, 4).map((x, i) => ({ ...x, value: [1e21, 1.5e-7, -0, 2 ** 53][i]! }));
  return extra;
}

function write(name: string, doc: PolicyDocument): void {
  writeFileSync(join(dir, `${name}.yaml`), toYaml(doc));
  writeFileSync(join(dir, `${name}.json`), toJson(doc));
}

describe('YAML output', () => {
  it('reads back with the yaml package as the JSON output', () => {
    const doc = tricky();
    expect(parse(toYaml(doc))).toEqual(JSON.parse(toJson(doc)));
  });

  it.skipIf(!pythonHas('yaml', 'ruamel.yaml'))('loads in PyYAML safe_load and ruamel.yaml as the JSON output, for every corpus document and the tricky strings', () => {
    // Every document with its text through the libyaml-based loaders; one in ten, and the tricky
    // strings, through the pure-Python safe_load and ruamel as well.
    inputsOf(CORPUS).forEach((name, k) => {
      try {
        write(`${k % 10 === 0 ? 'pure-' : ''}${name}`, extractDocument(read(CORPUS, name), { path: name, includeText: true }));
      } catch {
        // inputs the extractor refuses have no output to check
      }
    });
    write('pure-tricky', tricky());
    const r = spawnSync(PYTHON, [LOADER, dir], { encoding: 'utf8', maxBuffer: 1 << 26 });
    expect(r.stderr).toBe('');
    expect(r.stdout).toMatch(/^ok \d+\n$/);
    expect(Number(/^ok (\d+)/.exec(r.stdout)?.[1])).toBeGreaterThan(200);
    expect(r.status).toBe(0);
  }, 120_000);
});

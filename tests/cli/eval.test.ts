// `policy-extract eval --gold DIR INPUTS…` on the command line: the report, --verbose misses
// and extras, --json, --min, and one clear line for a bad gold file or input.
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { runCli } from '../helpers/cli.js';
import { FIXTURES, SEEDS } from '../helpers/fixtures.js';

const GOLD = join(FIXTURES, 'gold');
const GOLD0 = '000_2c0a6bd88b2210a1.txt.gold.yaml';
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-eval-cli-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

/** A gold folder with seed 000's gold, altered: a task and an indicator the document does not have, one indicator dropped. */
function alteredGold(): string {
  const gold = join(dir, 'gold');
  mkdirSync(gold);
  const g = parse(readFileSync(join(GOLD, GOLD0), 'utf8'));
  g.tasks.push({ start: '不存在的任务内容', origin: 'body', units: [] });
  g.indicators.shift();
  g.indicators.push({ subject: '不存在的指标', comparator: '>=', value: 77, unit: '%', kind: 'target' });
  writeFileSync(join(gold, GOLD0), stringify(g));
  return gold;
}

describe('policy-extract eval', () => {
  it('as the launcher runs it (npm run eval): reports and exits, with no worker left holding it', () => {
    const bin = new URL('../../bin/policy-extract.js', import.meta.url).pathname;
    const r = spawnSync(process.execPath, [bin, 'eval', '--gold', GOLD, SEEDS], { encoding: 'utf8', timeout: 60_000, killSignal: 'SIGKILL' });
    expect(r.signal).toBeNull();
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^fields F1 1\.000/m);
  });

  it('scores the seeds against the bundled gold: every figure 1.000', async () => {
    const r = await runCli(['eval', '--gold', GOLD, SEEDS]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const lines = r.stdout.split('\n');
    expect(lines[0]).toBe('document                            meta  sect tasks units indic deadl  refs  mean ground');
    expect(lines[1]).toBe('000_2c0a6bd88b2210a1.txt            1.00  1.00  1.00     -  1.00  1.00  1.00  1.00   1.00');
    expect(lines).toContain('tasks         1.000  1.000  1.000   152     0     0');
    expect(lines).toContain('units         1.000  1.000  1.000   267     0     0');
    expect(r.stdout).toContain('fields F1 1.000');
    expect(r.stdout).toContain('overall F1 1.000');
  });

  it('--verbose lists what was missed and what was extra; --min fails below the headline', async () => {
    const gold = alteredGold();
    const r = await runCli(['eval', '--gold', gold, join(SEEDS, '000_2c0a6bd88b2210a1.txt'), '--verbose', '--min', '0.99']);
    expect(r.code).toBe(1);
    expect(r.stdout).toContain('   tasks: P 1.00 R 0.94 (tp 15 fp 0 fn 1)');
    expect(r.stdout).toContain('      missed: 不存在的任务内容');
    expect(r.stdout).toContain('      missed: 不存在的指标 >=77%');
    expect(r.stdout).toMatch(/ {6}extra: {2}\S+ → \S+/);
    expect(r.stdout).toContain('tasks         1.000  0.938  0.968    15     0     1');
    expect(r.stderr).toMatch(/^policy-extract: eval: fields F1 0\.9\d\d is below --min 0\.99\n$/);
    expect((await runCli(['eval', '--gold', gold, SEEDS, '--min', '0.5', '--json'])).code).toBe(0);
  });

  it('--json: the summary and each document, with its misses', async () => {
    const r = await runCli(['eval', '--gold', alteredGold(), join(SEEDS, '000_2c0a6bd88b2210a1.txt'), '--json']);
    expect(r.code).toBe(0);
    const report = JSON.parse(r.stdout);
    expect(report.fields.tasks).toEqual({ tp: 15, fp: 0, fn: 1, precision: 1, recall: 15 / 16, f1: 30 / 31 });
    expect(report.fields.indicators.fn).toBe(1);
    expect(report.fields.indicators.fp).toBe(1);
    expect(report.documents).toHaveLength(1);
    expect(report.documents[0].tasks.missed).toEqual(['不存在的任务内容']);
    expect(report.fieldsF1).toBeLessThan(1);
  });

  it('a gold file it cannot read is one line; the others are scored, and the exit status is 1', async () => {
    const gold = join(dir, 'gold');
    mkdirSync(gold);
    copyFileSync(join(GOLD, GOLD0), join(gold, GOLD0));
    writeFileSync(join(gold, '003_ba5c26d6e984a451.txt.gold.yaml'), 'tasks:\n  - start: 1\n    units: 3\n');
    writeFileSync(join(gold, '001_689cad3dc45a0018.txt.gold.yaml'), 'tasks: [\n');
    const r = await runCli(['eval', '--gold', gold, SEEDS]);
    expect(r.code).toBe(1);
    const errors = r.stderr.split('\n').filter((l) => l !== '');
    expect(errors[0]).toMatch(/^policy-extract: \S+001_689cad3dc45a0018\.txt\.gold\.yaml: not YAML: /);
    expect(errors[1]).toMatch(/^policy-extract: \S+003_ba5c26d6e984a451\.txt\.gold\.yaml: tasks\.0\.units: /);
    expect(errors[2]).toBe('policy-extract: eval: 4 input(s) have no gold file, not scored');
    expect(r.stdout.split('\n')[1]!.startsWith('000_2c0a6bd88b2210a1.txt ')).toBe(true);
  });

  it('usage errors exit 2: no --gold, a missing gold folder, no input with gold, a bad --min', async () => {
    expect((await runCli(['eval', SEEDS])).code).toBe(2);
    const missing = await runCli(['eval', '--gold', join(dir, 'nope'), SEEDS]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain(`policy-extract: eval: --gold ${join(dir, 'nope')}: no such file`);
    const none = await runCli(['eval', '--gold', GOLD, join(FIXTURES, 'corpus', '012-gwy-vocational-education-reform-plan-2019.html')]);
    expect(none.code).toBe(2);
    expect(none.stderr).toContain('no input has a gold file in');
    expect((await runCli(['eval', '--gold', GOLD, SEEDS, '--min', 'high'])).stderr).toContain('--min takes a number from 0 to 1, not "high"');
    const help = await runCli(['eval', '--help']);
    expect(help.code).toBe(0);
    expect(help.stdout).toContain('Usage: policy-extract eval [options] <inputs...>');
  });

  it('leaves the extractor\'s own interface as it was: run.sh\'s call still writes JSON with the text', async () => {
    const out = join(dir, 'out');
    const r = await runCli([join(SEEDS, '000_2c0a6bd88b2210a1.txt'), '--out-dir', out, '--format', 'json', '--include-text', '--quiet']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(readFileSync(join(out, '000_2c0a6bd88b2210a1.txt.json'), 'utf8'));
    expect(typeof doc.source.text).toBe('string');
    expect((await runCli(['--help'])).stdout).toContain('policy-extract eval --gold gold/ archive/');
  });
});

// --format html on the command line: one page on stdout, or with --out-dir one page per input
// and an index.html written at the end of the batch (failed inputs listed with their reason).
import * as cheerio from 'cheerio';
import { copyFileSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { runCli } from '../helpers/cli.js';
import { SEEDS } from '../helpers/fixtures.js';

const SEED3 = join(SEEDS, '003_ba5c26d6e984a451.txt');
const SEED0 = join(SEEDS, '000_2c0a6bd88b2210a1.txt');
let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-review-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('policy-extract --format html', () => {
  it('writes one page to stdout, with the source text though --include-text was not given', async () => {
    const r = await runCli([SEED3, '--format', 'html']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.startsWith('<!DOCTYPE html>')).toBe(true);
    const $ = cheerio.load(r.stdout);
    expect($('title').text()).toBe('吕梁市民政局关于印发《发挥民政职能提升基层治理体系和治理能力现代化建设水平行动计划》的通知');
    expect($('#source').text()).toContain('各县(市、区)民政局:');
    expect($('mark[data-id="t30"]').text().startsWith('通过政府购买服务')).toBe(true);
  });

  it('wants --out-dir for several inputs', async () => {
    const r = await runCli([SEED0, SEED3, '--format', 'html']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('several inputs need --out-dir DIR (one review page each, and DIR/index.html)');
  });

  it('with --out-dir: a page per input and an index listing them, a failed input with its reason', async () => {
    const missing = join(SEEDS, 'no-such-file.txt');
    const r = await runCli([SEED0, missing, SEED3, '--format', 'html', '--out-dir', dir, '--jobs', '1', '--quiet']);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe(`policy-extract: ${missing}: no such file\n`);
    expect(readdirSync(dir).sort()).toEqual(['000_2c0a6bd88b2210a1.txt.html', '003_ba5c26d6e984a451.txt.html', 'index.html']);
    const $ = cheerio.load(readFileSync(join(dir, 'index.html'), 'utf8'));
    expect($('h1').text()).toBe('3 documents, 1 failed');
    const rows = $('tbody tr').map((_, tr) => $(tr).find('td').map((__, td) => $(td).text()).get().join(' | ')).get();
    expect(rows[0]).toBe(`${SEED0} | 关于印发《2017年全省基层政权和社区建设工作要点》的通知 | 4 | 15 | 4 | 2 | 0 | 12 | 0`);
    expect(rows[1]).toBe(`${missing} | no such file`);
    expect(rows[2]!.startsWith(`${SEED3} | 吕梁市民政局关于印发`)).toBe(true);
    expect(rows[2]!.endsWith(' | 11 | 68 | 20 | 66 | 172 | 13 | 1table row 37: 2 text cells read as one work-content cell')).toBe(true);
    expect($('tbody a').map((_, a) => $(a).attr('href')).get()).toEqual(['000_2c0a6bd88b2210a1.txt.html', '003_ba5c26d6e984a451.txt.html']);
  });

  it('a folder of inputs: the index links a page in a subfolder, percent-encoded', async () => {
    const inputs = join(dir, 'in');
    mkdirSync(join(inputs, '通知'), { recursive: true });
    copyFileSync(SEED0, join(inputs, '通知', '名单 1.txt'));
    copyFileSync(SEED3, join(inputs, '003.txt'));
    const out = join(dir, 'out');
    const r = await runCli([inputs, '--format', 'html', '--out-dir', out, '--jobs', '2', '--quiet']);
    expect(r.code).toBe(0);
    const $ = cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'));
    expect($('tbody a').map((_, a) => $(a).attr('href')).get()).toEqual(['003.txt.html', '%E9%80%9A%E7%9F%A5/%E5%90%8D%E5%8D%95%201.txt.html']);
    expect(readdirSync(join(out, '通知'))).toEqual(['名单 1.txt.html']);
    expect(readdirSync(out).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('leaves a page called index.html alone and says so', async () => {
    const input = join(dir, 'index');
    copyFileSync(SEED0, input);
    const out = join(dir, 'out');
    const r = await runCli([input, SEED3, '--format', 'html', '--out-dir', out, '--quiet']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('policy-extract: index.html: not written: a page of the batch has that name\n');
    expect(cheerio.load(readFileSync(join(out, 'index.html'), 'utf8'))('#source').text()).toContain('黑龙江省民政厅');
  });
});

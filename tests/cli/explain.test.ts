// --explain and --format explain: which rule took each phrase, and why the others were dropped,
// on a real document (corpus 004, units in （…牵头，…配合）) and on phrases that are dropped by name.
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

const CORPUS = new URL('../../fixtures/corpus/', import.meta.url).pathname;
const RCEP = join(CORPUS, '004-anhui-rcep-implementation-opinions-2022.txt');

async function run(args: string[], stdin?: string): Promise<{ code: number; stdout: string; stderr: string }> {
  const streams = { stdin: Object.assign(new PassThrough(), { isTTY: false }), stdout: new PassThrough(), stderr: new PassThrough() };
  const text = { stdout: '', stderr: '' };
  streams.stdout.on('data', (c) => (text.stdout += String(c)));
  streams.stderr.on('data', (c) => (text.stderr += String(c)));
  streams.stdin.end(stdin ?? '');
  const io: CliIo = { ...streams, env: {}, cwd: process.cwd() };
  const code = await main(args, io);
  return { code, ...text };
}

describe('--explain', () => {
  it('writes the candidates to stderr and the document to stdout', async () => {
    const r = await run([RCEP, '--explain']);
    expect(r.code).toBe(0);
    expect(JSON.parse(r.stdout).meta.title).toContain('RCEP');
    // Taken: 19.强化知识产权保护 …（省市场监管局牵头，省版权局…按职责分工配合）
    expect(r.stderr).toMatch(/line 72 +unit +「省市场监管局」 → unit\/parenthetical +省市场监管局 \(lead\)/);
    expect(r.stderr).toMatch(/line 72 +unit +「省版权局」 → unit\/parenthetical +省版权局 \(support\)/);
    // Dropped, with its reason.
    expect(r.stderr).toMatch(/indicator +「2024年」 ✗ indicator\/quantity: a year/);
    expect(r.stderr).toMatch(/^.+: \d+ candidates, \d+ taken, \d+ dropped$/m);
  });

  it('--format explain names the guard that dropped a date', async () => {
    const text = '关于印发2017年工作要点的通知\n黑民函〔2017〕58号\n一、重点任务\n1.开展工作。截至2016年底，全国25个省份制定了实施办法。到2020年，城乡社区治理体系不断完善。\n';
    const r = await run(['-', '--format', 'explain'], text);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/deadline +「2016年底」 ✗ deadline\/[a-z-]+: as-of date of a statistic or a baseline/);
    expect(r.stdout).toMatch(/deadline +「到2020年」 → deadline\/by-year +by 2020-12-31/);
    expect(r.stdout).toMatch(/indicator +「.*25个省份.*」 → indicator\/quantity +(=|>=) 25 个 \(actual\)/);
  });
});

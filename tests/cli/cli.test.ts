// The command line, run in-process with injected streams: outputs, exit codes, one-line errors.
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parse as parseYaml, parseAllDocuments } from 'yaml';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

const SEEDS = new URL('../../fixtures/seeds/', import.meta.url).pathname;
const PACKAGE_JSON = new URL('../../package.json', import.meta.url).pathname;
const SEED0 = join(SEEDS, '000_2c0a6bd88b2210a1.txt');
const SEED2 = join(SEEDS, '002_bb59afcc79f2751c.txt');
const SEED0_TITLE = '关于印发《2017年全省基层政权和社区建设工作要点》的通知';
const PNG_HEADER = Buffer.from('89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c489', 'hex');

interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  stdin?: string | Buffer;
  stdinIsTTY?: boolean;
  cwd?: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
  return () => Buffer.concat(chunks).toString('utf8');
}

/** Run the CLI in-process with in-memory standard streams. */
async function runCli(args: string[], opts: RunOptions = {}): Promise<RunResult> {
  const stdin = Object.assign(new PassThrough(), { isTTY: opts.stdinIsTTY ?? false });
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  if (opts.stdin !== undefined) stdin.end(opts.stdin);
  else stdin.end();
  const io: CliIo = { stdin, stdout, stderr, env: {}, cwd: opts.cwd ?? process.cwd() };
  const code = await main(args, io);
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}

interface Doc {
  source: { path: string | null; encoding: string; format: string; text?: string; bytes: number };
  meta: { title: string | null };
}

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-cli-'));
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

/** Every file under `root`, relative, sorted. */
function filesUnder(root: string): string[] {
  return (readdirSync(root, { recursive: true }) as string[]).map(String).sort();
}

describe('cli: single input', () => {
  it('prints one document as JSON on stdout', async () => {
    const r = await runCli([SEED0]);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.endsWith('}\n')).toBe(true);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.meta.title).toBe(SEED0_TITLE);
    expect(doc.source.path).toBe(SEED0);
    expect(doc.source.encoding).toBe('utf-8');
    expect(doc.source.bytes).toBe(readFileSync(SEED0).length);
    expect(doc.source.text).toBeUndefined();
  });

  it('--format yaml prints YAML', async () => {
    const r = await runCli([SEED0, '--format', 'yaml']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout.trimStart().startsWith('{')).toBe(false);
    const doc = parseYaml(r.stdout) as Doc;
    expect(doc.meta.title).toBe(SEED0_TITLE);
  });

  it('--include-text on stdout adds source.text', async () => {
    const r = await runCli([SEED0, '--include-text']);
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(typeof doc.source.text).toBe('string');
    expect(doc.source.text).toContain(SEED0_TITLE);
  });

  it('resolves relative inputs against io.cwd', async () => {
    const r = await runCli(['000_2c0a6bd88b2210a1.txt'], { cwd: SEEDS });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.meta.title).toBe(SEED0_TITLE);
    expect(doc.source.path).toBe('000_2c0a6bd88b2210a1.txt');
  });
});

describe('cli: --out-dir', () => {
  it('writes <out-dir>/<input name>.json for each input (the eval call)', async () => {
    const r = await runCli([SEED0, SEED2, '--out-dir', dir, '--format', 'json', '--include-text']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe('');
    // a batch ends with one summary line on stderr
    expect(r.stderr).toMatch(/^policy-extract: 2 ok, 0 failed, 0 skipped in [\d.]+ s \([\d.]+ MB, [\d.]+ MB\/s\)\n$/);
    expect(filesUnder(dir)).toEqual(['000_2c0a6bd88b2210a1.txt.json', '002_bb59afcc79f2751c.txt.json']);
    const doc0 = JSON.parse(readFileSync(join(dir, '000_2c0a6bd88b2210a1.txt.json'), 'utf8')) as Doc;
    const doc2 = JSON.parse(readFileSync(join(dir, '002_bb59afcc79f2751c.txt.json'), 'utf8')) as Doc;
    expect(doc0.meta.title).toBe(SEED0_TITLE);
    expect(doc0.source.text).toContain(SEED0_TITLE);
    expect(typeof doc2.source.text).toBe('string');
    expect(doc2.source.text!.length).toBeGreaterThan(0);
    expect(doc2.source.path).toBe(SEED2);
  });

  it('--format yaml with --out-dir writes .yaml files', async () => {
    const r = await runCli([SEED0, '--out-dir', dir, '--format', 'yaml']);
    expect(r.code).toBe(0);
    expect(filesUnder(dir)).toEqual(['000_2c0a6bd88b2210a1.txt.yaml']);
    const doc = parseYaml(readFileSync(join(dir, '000_2c0a6bd88b2210a1.txt.yaml'), 'utf8')) as Doc;
    expect(doc.meta.title).toBe(SEED0_TITLE);
  });

  it('a relative --out-dir is resolved against io.cwd and created', async () => {
    const r = await runCli([SEED0, '--out-dir', 'out/json'], { cwd: dir });
    expect(r.code).toBe(0);
    expect(filesUnder(join(dir, 'out', 'json'))).toEqual(['000_2c0a6bd88b2210a1.txt.json']);
  });

  it('leaves no temporary files in the out dir', async () => {
    const r = await runCli([SEED0, SEED2, '--out-dir', dir]);
    expect(r.code).toBe(0);
    const files = filesUnder(dir);
    expect(files).toHaveLength(2);
    expect(files.filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('a second run overwrites the outputs in place', async () => {
    await runCli([SEED0, '--out-dir', dir]);
    writeFileSync(join(dir, '000_2c0a6bd88b2210a1.txt.json'), 'stale');
    const r = await runCli([SEED0, '--out-dir', dir]);
    expect(r.code).toBe(0);
    expect(filesUnder(dir)).toEqual(['000_2c0a6bd88b2210a1.txt.json']);
    expect((JSON.parse(readFileSync(join(dir, '000_2c0a6bd88b2210a1.txt.json'), 'utf8')) as Doc).meta.title).toBe(SEED0_TITLE);
  });
});

describe('cli: failing inputs', () => {
  it('a missing file among good ones: one error line, exit 1, the good files still written', async () => {
    const out = join(dir, 'out');
    const r = await runCli([SEED0, 'nope/missing.txt', SEED2, '--out-dir', out], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr.split('\n')[0]).toBe('policy-extract: nope/missing.txt: no such file');
    expect(r.stderr.split('\n')[1]).toMatch(/^policy-extract: 2 ok, 1 failed, 0 skipped in /);
    expect(r.stdout).toBe('');
    expect(filesUnder(out)).toEqual(['000_2c0a6bd88b2210a1.txt.json', '002_bb59afcc79f2751c.txt.json']);
  });

  it('a folder without documents: one error line naming the folder, exit 1', async () => {
    mkdirSync(join(dir, 'notices'));
    writeFileSync(join(dir, 'notices', 'readme.md'), '# 说明');
    const r = await runCli(['notices'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('policy-extract: notices: no .txt, .text, .htm, .html, .pdf, .docx or .ofd files in this folder\n');
  });

  it('an empty file: "empty file", exit 1', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    const r = await runCli(['empty.txt'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe('policy-extract: empty.txt: empty file\n');
  });

  it('a binary file: one error line mentioning binary, exit 1', async () => {
    writeFileSync(join(dir, 'scan.png'), PNG_HEADER);
    const r = await runCli(['scan.png'], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stdout).toBe('');
    expect(r.stderr).toMatch(/^policy-extract: scan\.png: [^\n]*binary[^\n]*\n$/);
  });

  it('with --out-dir, nothing is written for the failed inputs', async () => {
    writeFileSync(join(dir, 'empty.txt'), '');
    writeFileSync(join(dir, 'scan.png'), PNG_HEADER);
    const out = join(dir, 'out');
    const r = await runCli(['empty.txt', SEED0, 'scan.png', '--out-dir', 'out'], { cwd: dir });
    expect(r.code).toBe(1);
    const lines = r.stderr.split('\n');
    expect(lines).toHaveLength(4);
    expect(lines[0]).toBe('policy-extract: empty.txt: empty file');
    expect(lines[1]).toMatch(/^policy-extract: scan\.png: .*binary/);
    expect(lines[2]).toMatch(/^policy-extract: 1 ok, 2 failed, 0 skipped in /);
    expect(lines[3]).toBe('');
    expect(filesUnder(out)).toEqual(['000_2c0a6bd88b2210a1.txt.json']);
  });
});

describe('cli: usage', () => {
  it('an unknown option exits 2 with a message on stderr', async () => {
    const r = await runCli([SEED0, '--bogus']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("unknown option '--bogus'");
    expect(r.stderr).toContain('--help');
  });

  it('a bad --format value exits 2', async () => {
    const r = await runCli([SEED0, '--format', 'xml']);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain("argument 'xml' is invalid");
    expect(r.stderr).toMatch(/Allowed choices are [^\n]*json[^\n]*yaml/);
  });

  it('a bad --encoding value exits 2', async () => {
    const r = await runCli([SEED0, '--encoding', 'latin1']);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('latin1');
  });

  it('--version prints the package version, exit 0', async () => {
    const pkg = JSON.parse(readFileSync(PACKAGE_JSON, 'utf8')) as { version: string };
    const r = await runCli(['--version']);
    expect(r.code).toBe(0);
    expect(r.stdout).toBe(`${pkg.version}\n`);
    expect(r.stderr).toBe('');
    expect((await runCli(['-V'])).stdout).toBe(`${pkg.version}\n`);
  });

  it('--help shows usage, examples and exit status, exit 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    expect(r.stdout).toContain('Usage: policy-extract');
    expect(r.stdout).toContain('Examples');
    expect(r.stdout).toContain('Exit status');
    expect(r.stdout).toContain('--out-dir');
  });

  it('no inputs with a TTY stdin: exit 2 and a usage hint', async () => {
    const r = await runCli([], { stdinIsTTY: true });
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toBe(
      'policy-extract: no input files (give files or folders, or "-" to read standard input)\n(run policy-extract --help for usage)\n',
    );
  });

  it('several inputs as JSON without --out-dir: exit 2, nothing printed on stdout', async () => {
    const r = await runCli([SEED0, SEED2]);
    expect(r.code).toBe(2);
    expect(r.stdout).toBe('');
    expect(r.stderr).toContain('--out-dir');
  });

  it('several inputs as YAML on stdout are separated by ---', async () => {
    const r = await runCli([SEED0, SEED2, '--format', 'yaml']);
    expect(r.code).toBe(0);
    const docs = parseAllDocuments(r.stdout);
    expect(Array.isArray(docs)).toBe(true);
    const list = docs as Array<{ toJS(): unknown }>;
    expect(list).toHaveLength(2);
    expect((list[0]!.toJS() as Doc).meta.title).toBe(SEED0_TITLE);
    expect((list[1]!.toJS() as Doc).source.path).toBe(SEED2);
  });
});

describe('cli: standard input', () => {
  const seedText = readFileSync(SEED0, 'utf8');

  it('"-" reads standard input', async () => {
    const r = await runCli(['-'], { stdin: seedText });
    expect(r.code).toBe(0);
    expect(r.stderr).toBe('');
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.meta.title).toBe(SEED0_TITLE);
    expect(doc.source.path).toBeNull();
  });

  it('no inputs with piped stdin reads standard input', async () => {
    const r = await runCli([], { stdin: seedText, stdinIsTTY: false });
    expect(r.code).toBe(0);
    expect((JSON.parse(r.stdout) as Doc).meta.title).toBe(SEED0_TITLE);
  });

  it('GB18030 bytes on standard input are detected', async () => {
    const r = await runCli(['-'], { stdin: iconv.encode(seedText, 'gb18030') });
    expect(r.code).toBe(0);
    const doc = JSON.parse(r.stdout) as Doc;
    expect(doc.source.encoding).toBe('gb18030');
    expect(doc.meta.title).toBe(SEED0_TITLE);
  });

  it('"-" with --out-dir writes stdin.json', async () => {
    const r = await runCli(['-', '--out-dir', dir], { stdin: seedText });
    expect(r.code).toBe(0);
    expect(filesUnder(dir)).toEqual(['stdin.json']);
  });

  it('empty standard input is reported as <stdin>: empty file', async () => {
    const r = await runCli(['-'], { stdin: '' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('policy-extract: <stdin>: empty file\n');
  });
});

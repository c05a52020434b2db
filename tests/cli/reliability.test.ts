// Nothing lost, nothing hung, nothing silent (issue 10): dying workers, limits, FIFOs, Ctrl-C,
// --skip-existing and options, and every way writing the output can go wrong. The compiled CLI
// as users run it, as a child process; worker faults come from tests/cli/fixtures/faults.mjs.
import { spawn, spawnSync } from 'node:child_process';
import {
  chmodSync, chownSync, copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync,
} from 'node:fs';
import { createHash } from 'node:crypto';
import { availableParallelism, hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { SEEDS } from '../helpers/fixtures.js';

const BIN = new URL('../../bin/policy-extract.js', import.meta.url).pathname;
const FAULTS = new URL('./fixtures/faults.mjs', import.meta.url).pathname;
const SEED0 = join(SEEDS, '000_2c0a6bd88b2210a1.txt');
const SEED2 = join(SEEDS, '002_bb59afcc79f2751c.txt');
const SEED4 = join(SEEDS, '004_cd93e1a9c27e4ed1.txt');
let dir: string;

interface Run {
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

interface RunOptions {
  input?: string | Buffer;
  faults?: boolean;
  env?: NodeJS.ProcessEnv;
  cwd?: string;
  /** Runs the CLI through `bash -c` with this prefix (ulimit, redirections); `"$@"` is the CLI. */
  shell?: string;
  uid?: number;
}

/** Run the CLI as a child; a run that hangs is killed after 30 s and fails its test. */
function run(args: string[], opts: RunOptions = {}): Run {
  const node = [...(opts.faults ? ['--import', FAULTS] : []), BIN, ...args];
  const [cmd, argv] = opts.shell
    ? ['bash', ['-c', `${opts.shell} "$@"`, 'bash', process.execPath, ...node]]
    : [process.execPath, node];
  const r = spawnSync(cmd, argv as string[], {
    cwd: opts.cwd ?? dir,
    input: opts.input,
    encoding: 'utf8',
    timeout: 30_000,
    maxBuffer: 1 << 28,
    env: { ...process.env, ...opts.env },
    ...(opts.uid !== undefined ? { uid: opts.uid, gid: opts.uid } : {}),
  });
  return { code: r.status, signal: r.signal, stdout: r.stdout, stderr: r.stderr };
}

function filesUnder(root: string): string[] {
  if (!existsSync(root)) return [];
  return (readdirSync(root, { recursive: true }) as string[]).map(String).filter((f) => statSync(join(root, f)).isFile()).sort();
}

const errorLines = (stderr: string): string[] => stderr.split('\n').filter((l) => l.startsWith('policy-extract: ') && !/ ok, \d+ failed/.test(l));

/** archive/ with five seed documents, plus whatever `extra` names (each a copy of seed 004). */
function archive(...extra: string[]): string {
  const root = join(dir, 'archive');
  mkdirSync(root, { recursive: true });
  for (const [i, f] of ['000_2c0a6bd88b2210a1.txt', '001_689cad3dc45a0018.txt', '002_bb59afcc79f2751c.txt', '003_ba5c26d6e984a451.txt', '004_cd93e1a9c27e4ed1.txt'].entries())
    copyFileSync(join(SEEDS, f), join(root, `doc-${i}.txt`));
  for (const name of extra) copyFileSync(SEED4, join(root, name));
  return root;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-rel-'));
  chmodSync(dir, 0o755);
});
afterEach(() => {
  rmSync(dir, { recursive: true, force: true });
});

describe('a dying worker costs exactly the file it was working on', () => {
  it('a worker that exits, one that throws and one that runs out of memory: three failures, the rest written, a correct summary, exit 1', () => {
    archive('crash-exit.txt', 'crash-throw.txt', 'crash-oom.txt');
    const r = run(['archive', '--out-dir', 'out', '--jobs', '2'], { faults: true });
    expect(r.code).toBe(1);
    // in the order the files finished
    expect(errorLines(r.stderr).sort()).toEqual([
      'policy-extract: archive/crash-exit.txt: internal error: the worker died on this file (exit code 1)',
      'policy-extract: archive/crash-oom.txt: out of memory: more than the 512 MB a worker may use for a file of this size',
      'policy-extract: archive/crash-throw.txt: internal error: the worker died on this file: thrown inside the worker',
    ]);
    expect(r.stderr).toMatch(/^policy-extract: 5 ok, 3 failed, 0 skipped in /m);
    expect(filesUnder(join(dir, 'out'))).toEqual([0, 1, 2, 3, 4].map((i) => `doc-${i}.txt.json`));
  });

  it('two workers dying at once do not hang the batch (the queue still drains)', () => {
    archive('crash-exit-1.txt', 'crash-exit-2.txt', 'crash-exit-3.txt');
    const r = run(['archive', '--format', 'jsonl', '--jobs', '2'], { faults: true });
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^policy-extract: 5 ok, 3 failed, 0 skipped in /m);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([0, 1, 2, 3, 4].map((i) => `archive/doc-${i}.txt`));
  });

  it('a stream keeps input order around a dead worker, and --jobs 1 replaces its only worker', () => {
    archive('doc-10-crash.txt');
    copyFileSync(SEED4, join(dir, 'archive', 'crash-throw.txt'));
    for (const jobs of ['1', '2']) {
      const r = run(['archive/doc-0.txt', 'archive/crash-throw.txt', 'archive/doc-1.txt', '--format', 'jsonl', '--jobs', jobs, '-q'], { faults: true });
      expect(r.code).toBe(1);
      expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['archive/doc-0.txt', 'archive/doc-1.txt']);
    }
  });
});

describe('limits a user can see and set', () => {
  it('--max-bytes: a larger file is that file\'s error, the others go on', () => {
    archive();
    const r = run(['archive', '--out-dir', 'out', '--max-bytes', '20K']);
    expect(r.code).toBe(1);
    const sizes = [0, 1, 2, 3, 4].map((i) => statSync(join(dir, 'archive', `doc-${i}.txt`)).size);
    const big = sizes.map((s, i) => [s, i] as const).filter(([s]) => s > 20_000);
    expect(big.length).toBeGreaterThan(0);
    expect(errorLines(r.stderr)).toEqual(big.map(([s, i]) => `policy-extract: archive/doc-${i}.txt: ${(s / 1000).toFixed(1)} KB is more than --max-bytes (20 KB); not read`));
    expect(filesUnder(join(dir, 'out'))).toHaveLength(5 - big.length);
  });

  it('a file above 4 MB gets a worker of its own with a larger heap, and the batch goes on after it', () => {
    archive();
    // seed 003's lines, each copy's lines numbered so that no copy repeats another
    const lines = readFileSync(join(SEEDS, '003_ba5c26d6e984a451.txt'), 'utf8').split('\n');
    const copies: string[] = [];
    for (let k = 1, size = 0; size < 4.5e6; k++) for (const l of lines) size += Buffer.byteLength((copies[copies.push(l.trim() ? `${l}（${k}）` : l) - 1] as string)) + 1;
    writeFileSync(join(dir, 'archive', 'doc-2-big.txt'), copies.join('\n'));
    const log = join(dir, 'workers.log');
    writeFileSync(log, '');
    const r = run(['archive', '--format', 'jsonl', '--jobs', '1', '-q'], { faults: true, env: { FAULTS_LOG: log } });
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['archive/doc-0.txt', 'archive/doc-1.txt', 'archive/doc-2-big.txt', 'archive/doc-2.txt', 'archive/doc-3.txt', 'archive/doc-4.txt']);
    // the ordinary worker made way for the large one, which was retired after its file
    expect(readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').length).toBe(3);
  }, 60_000);

  it('--max-bytes applies to standard input', () => {
    const r = run(['-', '--max-bytes', '1K'], { input: readFileSync(SEED0) });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^policy-extract: <stdin>: more than --max-bytes \(1 KB\); not read\n$/);
  });

  it('--timeout-per-file: a file that never finishes is stopped and reported, the batch finishes', () => {
    archive('hang.txt');
    const r = run(['archive', '--format', 'jsonl', '--timeout-per-file', '2', '--jobs', '2'], { faults: true });
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['policy-extract: archive/hang.txt: took longer than --timeout-per-file (2 s); stopped']);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('--help documents the limits', () => {
    const r = run(['--help']);
    expect(r.code).toBe(0);
    for (const text of ['--max-bytes <size>', '--timeout-per-file <seconds>', '(default: "64M")', '(default: "60")', 'a second stops at once']) expect(r.stdout).toContain(text);
  });

  it('bad limit values are usage errors', () => {
    for (const args of [['--max-bytes', 'lots'], ['--max-bytes', '0'], ['--timeout-per-file', '-1'], ['--timeout-per-file', 'soon']]) {
      const r = run([SEED0, ...args]);
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(new RegExp(`^policy-extract: ${args[0]} `));
    }
  });

  it('-j above the core count is capped, and says so', () => {
    archive();
    const r = run(['archive', '--format', 'jsonl', '-j', '200']);
    expect(r.code).toBe(0);
    const cores = availableParallelism();
    expect(r.stderr).toContain(`policy-extract: --jobs 200 is more than the ${cores} core${cores === 1 ? '' : 's'} here; using ${cores}\n`);
    expect(r.stdout.trim().split('\n')).toHaveLength(5);
  });

  it('workers start lazily: one file starts one worker, and the default adds none for a small batch', () => {
    archive();
    const log = join(dir, 'workers.log');
    const workers = (args: string[]): number => {
      writeFileSync(log, '');
      expect(run(args, { faults: true, env: { FAULTS_LOG: log } }).code).toBe(0);
      return readFileSync(log, 'utf8').split('\n').filter((l) => l !== '').length;
    };
    expect(workers([SEED0, '--jobs', '2'])).toBe(1);
    expect(workers(['archive', '--format', 'jsonl'])).toBe(1);
  });
});

describe('FIFOs and Ctrl-C', () => {
  it('a FIFO argument is refused at once instead of hanging', () => {
    spawnSync('mkfifo', [join(dir, 'pipe.txt')]);
    const r = run(['pipe.txt', SEED0, '--format', 'jsonl']);
    expect(r.signal).toBeNull();
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['policy-extract: pipe.txt: a named pipe (FIFO), not a file; to read it, pipe it into "-"']);
    expect(r.stdout.trim().split('\n')).toHaveLength(1);
  });

  it('a second Ctrl-C stops at once: exit 130, the summary, no .tmp left', async () => {
    archive('hang.txt');
    const child = spawn(process.execPath, ['--import', FAULTS, BIN, 'archive/hang.txt', 'archive', '--out-dir', 'out', '--jobs', '1'], { cwd: dir });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += String(d)));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    await new Promise((r) => setTimeout(r, 1500));
    child.kill('SIGINT');
    await new Promise((r) => setTimeout(r, 300));
    child.kill('SIGINT');
    const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
    const code = await exited;
    clearTimeout(timer);
    expect(code).toBe(130);
    expect(stderr).toMatch(/interrupted/);
    expect(filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  }, 20_000);
});

describe('--skip-existing compares the tool version and the options that change the output', () => {
  it('records them beside the input sha256 and reruns when they differ', () => {
    archive();
    expect(run(['archive', '--out-dir', 'out']).code).toBe(0);
    const out0 = join(dir, 'out', 'doc-0.txt.json');
    const doc = JSON.parse(readFileSync(out0, 'utf8'));
    expect(doc.source.producer).toMatch(/^policy-extract \d+\.\d+\.\d+ --encoding auto$/);

    expect(run(['archive', '--out-dir', 'out', '--skip-existing']).stderr).toMatch(/^policy-extract: 0 ok, 0 failed, 5 skipped in /m);
    // another option that changes the output: everything is done again
    const withText = run(['archive', '--out-dir', 'out', '--skip-existing', '--include-text']);
    expect(withText.stderr).toMatch(/^policy-extract: 5 ok, 0 failed, 0 skipped in /m);
    expect(typeof JSON.parse(readFileSync(out0, 'utf8')).source.text).toBe('string');
    expect(run(['archive', '--out-dir', 'out', '--skip-existing', '--include-text']).stderr).toMatch(/ 0 ok, 0 failed, 5 skipped /);
    expect(run(['archive', '--out-dir', 'out', '--skip-existing', '--include-text', '--encoding', 'utf-8']).stderr).toMatch(/ 5 ok, 0 failed, 0 skipped /);
    // an output written by another version
    const written = readFileSync(out0, 'utf8');
    writeFileSync(out0, written.replace(/"producer": "policy-extract [^ ]+/, '"producer": "policy-extract 0.0.1'));
    expect(run(['archive', '--out-dir', 'out', '--skip-existing', '--include-text', '--encoding', 'utf-8']).stderr).toMatch(/ 1 ok, 0 failed, 4 skipped /);
  });

  it('works for YAML outputs too', () => {
    archive();
    expect(run(['archive', '--out-dir', 'out', '--format', 'yaml']).code).toBe(0);
    expect(run(['archive', '--out-dir', 'out', '--format', 'yaml', '--skip-existing']).stderr).toMatch(/ 0 ok, 0 failed, 5 skipped /);
    expect(run(['archive', '--out-dir', 'out', '--format', 'yaml', '--skip-existing', '--encoding', 'utf-8']).stderr).toMatch(/ 5 ok, 0 failed, 0 skipped /);
  });
});

describe('writing the output: every way it can go wrong is one clear line', () => {
  it('--output pointing at a folder is a usage error before anything runs', () => {
    mkdirSync(join(dir, 'results'));
    const r = run([SEED0, SEED2, '--format', 'jsonl', '--output', 'results']);
    expect(r.code).toBe(2);
    expect(r.stderr).toBe('policy-extract: --output results is a folder; give a file name (or use --out-dir DIR for one file per input)\n(run policy-extract --help for usage)\n');
  });

  it('--output naming one of the inputs is a usage error', () => {
    copyFileSync(SEED0, join(dir, 'notice.txt'));
    const r = run(['notice.txt', '--format', 'summary', '--output', './notice.txt']);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^policy-extract: --output \.\/notice\.txt is also an input; it would be overwritten\n/);
    expect(readFileSync(join(dir, 'notice.txt'))).toEqual(readFileSync(SEED0));
  });

  it('a full disk under --output: one line, exit 1, no .tmp left', () => {
    archive();
    const r = run(['archive', '--format', 'jsonl', '--output', 'all.jsonl', '--include-text'], { shell: 'ulimit -f 64;' });
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual([expect.stringMatching(/^policy-extract: all\.jsonl: cannot write: file too large \(EFBIG\); stopped$/)]);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(readdirSync(dir).filter((f) => f !== 'archive')).toEqual([]);
  });

  it('a full disk under --out-dir: the batch stops with one line, no .tmp left', () => {
    archive(...Array.from({ length: 20 }, (_, i) => `more-${i}.txt`));
    const r = run(['archive', '--out-dir', 'out', '--include-text', '--jobs', '1'], { shell: 'ulimit -f 64;' });
    expect(r.code).toBe(1);
    const errors = errorLines(r.stderr);
    expect(errors).toHaveLength(1);
    expect(errors[0]).toMatch(/^policy-extract: archive\/doc-\d\.txt: cannot write out\/doc-\d\.txt\.json: file too large \(EFBIG\); stopped$/);
    expect(r.stderr).toMatch(/ not started /);
    expect(filesUnder(join(dir, 'out')).filter((f) => f.endsWith('.tmp'))).toEqual([]);
  });

  it('standard output on a full device: one line, exit 1', () => {
    const r = run([SEED0, '--include-text'], { shell: 'exec >/dev/full;' });
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('policy-extract: standard output: cannot write: no space left on device (ENOSPC); stopped\n');
  });

  it('an out-dir inside the input folder is not read back as input', () => {
    archive();
    const first = run(['archive', '--out-dir', 'archive/out', '--format', 'summary']);
    expect(first.code).toBe(0);
    const second = run(['archive', '--out-dir', 'archive/out', '--format', 'summary']);
    expect(second.code).toBe(0);
    expect(second.stderr).toMatch(/^policy-extract: 5 ok, 0 failed, 0 skipped in /m);
    expect(filesUnder(join(dir, 'archive', 'out'))).toEqual([0, 1, 2, 3, 4].map((i) => `doc-${i}.txt.summary.txt`));
  });

  it('standard input beside a file named stdin: both written, under different names', () => {
    copyFileSync(SEED0, join(dir, 'stdin'));
    const r = run(['-', 'stdin', '--out-dir', 'out'], { input: readFileSync(SEED2) });
    expect(r.code).toBe(0);
    expect(filesUnder(join(dir, 'out'))).toEqual(['standard-input.json', 'stdin.json']);
    expect(JSON.parse(readFileSync(join(dir, 'out', 'stdin.json'), 'utf8')).source.path).toBe('stdin');
    expect(JSON.parse(readFileSync(join(dir, 'out', 'standard-input.json'), 'utf8')).source.path).toBeNull();
  });

  it('a folder symlink inside --out-dir that leads outside it is not written through', () => {
    archive();
    mkdirSync(join(dir, 'archive', 'sub'));
    copyFileSync(SEED4, join(dir, 'archive', 'sub', 'more.txt'));
    mkdirSync(join(dir, 'out'));
    mkdirSync(join(dir, 'elsewhere'));
    symlinkSync(join(dir, 'elsewhere'), join(dir, 'out', 'sub'));
    const r = run(['archive', '--out-dir', 'out']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['policy-extract: archive/sub/more.txt: cannot write out/sub/more.txt.json: out/sub is a symbolic link leading outside --out-dir; not written']);
    expect(readdirSync(join(dir, 'elsewhere'))).toEqual([]);
    expect(filesUnder(join(dir, 'out')).filter((f) => !f.startsWith('sub'))).toHaveLength(5);
  });

  it('control characters in file names are escaped in messages', () => {
    const name = 'bad\x1b[31mname\x07.txt';
    writeFileSync(join(dir, name), '');
    const r = run([name]);
    expect(r.code).toBe(1);
    expect(r.stderr).toBe('policy-extract: bad\\x1b[31mname\\x07.txt: empty file\n');
  });

  it('a dangling symlink in a folder is a failure: exit 1, counted once', () => {
    archive();
    symlinkSync(join(dir, 'nowhere.txt'), join(dir, 'archive', 'dangling.txt'));
    const r = run(['archive', '--format', 'jsonl']);
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['policy-extract: archive/dangling.txt: broken symbolic link (its target does not exist)']);
    expect(r.stderr).toMatch(/^policy-extract: 5 ok, 1 failed, 0 skipped in /m);
  });

  it('an unreadable folder counts once', () => {
    archive();
    mkdirSync(join(dir, 'archive', 'locked'));
    copyFileSync(SEED4, join(dir, 'archive', 'locked', 'secret.txt'));
    chmodSync(join(dir, 'archive', 'locked'), 0o000);
    // As root, permissions do not apply: run as nobody then.
    const asNobody = process.getuid?.() === 0;
    if (asNobody) for (const p of [dir, join(dir, 'archive')]) chownSync(p, 65534, 65534);
    const locked = run(['archive/locked'], asNobody ? { uid: 65534 } : {});
    expect(locked.code).toBe(1);
    expect(locked.stderr).toBe('policy-extract: archive/locked: permission denied; skipped\n');
    const r = run(['archive', '--format', 'jsonl'], asNobody ? { uid: 65534 } : {});
    expect(r.code).toBe(1);
    expect(errorLines(r.stderr)).toEqual(['policy-extract: archive/locked: permission denied; skipped']);
    expect(r.stderr).toMatch(/^policy-extract: 5 ok, 1 failed, 0 skipped in /m);
    chmodSync(join(dir, 'archive', 'locked'), 0o755);
  });

  it('.tmp files left by an earlier kill are cleaned; those of a live run are not', () => {
    archive();
    mkdirSync(join(dir, 'out'));
    // <output>.<pid>.<host tag><random>.tmp; the host tag is the start of the host name's sha256.
    const here = createHash('sha256').update(hostname()).digest('hex').slice(0, 4);
    const killedHere = join(dir, 'out', `doc-0.txt.json.2147480000.${here}0c0d.tmp`); // its process is gone
    const liveHere = join(dir, 'out', `doc-1.txt.json.${process.pid}.${here}0c0d.tmp`); // this test's process
    const oldElsewhere = join(dir, 'out', 'doc-2.txt.json.4242.ffff0c0d.tmp'); // another machine, two hours old
    const newElsewhere = join(dir, 'out', 'doc-3.txt.json.4242.ffff0c0d.tmp'); // another machine, being written
    const notOurs = join(dir, 'out', 'notes.2147480000.ffff0c0d.tmp'); // not an output name of ours
    for (const f of [killedHere, liveHere, oldElsewhere, newElsewhere, notOurs]) writeFileSync(f, '{"half": ');
    const old = new Date(Date.now() - 2 * 3600_000);
    for (const f of [oldElsewhere, notOurs]) utimesSync(f, old, old);
    expect(run(['archive', '--out-dir', 'out']).code).toBe(0);
    expect([killedHere, liveHere, oldElsewhere, newElsewhere, notOurs].map((f) => existsSync(f))).toEqual([false, true, false, true, true]);
  });

  it('a --output stream left half-written by a kill is cleaned by the next run', () => {
    const here = createHash('sha256').update(hostname()).digest('hex').slice(0, 4);
    const killed = join(dir, `all.jsonl.2147480000.${here}0c0d.tmp`);
    writeFileSync(killed, '{"half": ');
    expect(run([SEED0, '--format', 'jsonl', '--output', 'all.jsonl']).code).toBe(0);
    expect(readdirSync(dir).sort()).toEqual(['all.jsonl']);
  });

  it('--files-from - emits each document as soon as its path arrives', async () => {
    const child = spawn(process.execPath, [BIN, '--files-from', '-', '--format', 'jsonl', '-q'], { cwd: dir });
    let stdout = '';
    child.stdout.on('data', (d) => (stdout += String(d)));
    const exited = new Promise<number | null>((r) => child.on('close', (code) => r(code)));
    child.stdin.write(`${SEED0}\n`);
    const t0 = Date.now();
    while (!stdout.includes('\n') && Date.now() - t0 < 15_000) await new Promise((r) => setTimeout(r, 50));
    // the first document is out while standard input is still open
    expect(JSON.parse(stdout.split('\n')[0]!).source.path).toBe(SEED0);
    child.stdin.end(`${SEED2}\n`);
    expect(await exited).toBe(0);
    expect(stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([SEED0, SEED2]);
  }, 30_000);

  it('no stack trace reaches the user for an unexpected error', () => {
    // an --out-dir that is a file
    writeFileSync(join(dir, 'out'), 'not a folder');
    const r = run([SEED0, '--out-dir', 'out']);
    expect(r.code).not.toBe(0);
    expect(r.stderr).not.toMatch(/\n\s+at /);
    expect(r.stderr.split('\n').filter((l) => l !== '').every((l) => l.startsWith('policy-extract: ') || l.startsWith('(run policy-extract'))).toBe(true);
  });
});

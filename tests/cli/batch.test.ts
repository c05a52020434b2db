// Archives: the compiled CLI as users run it (worker threads need dist/), on folders of real documents.
import { spawn, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, relative } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { CORPUS, SEEDS } from '../helpers/fixtures.js';

const BIN = new URL('../../bin/policy-extract.js', import.meta.url).pathname;
let dir: string;

function run(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { cwd: dir, input, encoding: 'utf8' });
  return { code: r.status, stdout: r.stdout, stderr: r.stderr };
}

function filesUnder(root: string): string[] {
  const out: string[] = [];
  const walk = (d: string): void => {
    for (const n of readdirSync(d)) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else out.push(relative(root, p));
    }
  };
  walk(root);
  return out.sort();
}

/** archive/{a/notice.txt, b/notice.txt, b/deep/page.html, c/regulation.txt, notes.md} */
function makeArchive(): string {
  const root = join(dir, 'archive');
  for (const d of ['a', 'b/deep', 'c']) mkdirSync(join(root, d), { recursive: true });
  copyFileSync(join(SEEDS, '000_2c0a6bd88b2210a1.txt'), join(root, 'a', 'notice.txt'));
  copyFileSync(join(SEEDS, '002_bb59afcc79f2751c.txt'), join(root, 'b', 'notice.txt'));
  copyFileSync(join(CORPUS, '022-gwy-gov-website-consolidation-pilot-2018.html'), join(root, 'b', 'deep', 'page.html'));
  copyFileSync(join(CORPUS, '045-ningbo-rule-of-law-village-regulations-2021.txt'), join(root, 'c', 'regulation.txt'));
  writeFileSync(join(root, 'notes.md'), '# not a document of the archive');
  return root;
}

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'policy-extract-batch-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('archives', () => {
  it('walks nested folders by extension and mirrors them: two notice.txt never overwrite each other', () => {
    makeArchive();
    const r = run(['archive', '--out-dir', 'out', '--jobs', '2']);
    expect(r.code).toBe(0);
    expect(filesUnder(join(dir, 'out'))).toEqual(['a/notice.txt.json', 'b/deep/page.html.json', 'b/notice.txt.json', 'c/regulation.txt.json']);
    const a = JSON.parse(readFileSync(join(dir, 'out/a/notice.txt.json'), 'utf8'));
    const b = JSON.parse(readFileSync(join(dir, 'out/b/notice.txt.json'), 'utf8'));
    expect(a.meta.title).toBe('关于印发《2017年全省基层政权和社区建设工作要点》的通知');
    expect(b.meta.issuers).toEqual(['民政部基层政权和社区建设司']);
    expect(r.stderr).toMatch(/^policy-extract: 4 ok, 0 failed, 0 skipped in /m);
  });

  it('--ext chooses what folders contribute', () => {
    makeArchive();
    const r = run(['archive', '--ext', 'html', '--format', 'jsonl', '-q']);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['archive/b/deep/page.html']);
  });

  it('reports a symbolic link loop and goes on', () => {
    const root = makeArchive();
    symlinkSync(root, join(root, 'a', 'loop'));
    const r = run(['archive', '--format', 'jsonl']);
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n')).toHaveLength(4);
    expect(r.stderr).toMatch(/archive\/a\/loop: symbolic link loop/);
  });

  it('streams JSON Lines in input order whatever the number of workers', () => {
    makeArchive();
    const one = run(['archive', '--format', 'jsonl', '--jobs', '1', '-q']);
    const two = run(['archive', '--format', 'jsonl', '--jobs', '2', '-q']);
    const four = run(['archive', '--format', 'jsonl', '--jobs', '4', '-q']);
    expect(one.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual([
      'archive/a/notice.txt',
      'archive/b/deep/page.html',
      'archive/b/notice.txt',
      'archive/c/regulation.txt',
    ]);
    expect(two.stdout).toBe(one.stdout); // byte-identical
    expect(four.stdout).toBe(one.stdout);
  });

  it('a failing file does not stop the batch: one error line, exit 1, the rest written', () => {
    const root = makeArchive();
    writeFileSync(join(root, 'a', 'broken.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x00, 0x00, 0x0d]));
    const r = run(['archive', '--out-dir', 'out', '--jobs', '2']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^policy-extract: archive\/a\/broken\.txt: binary data/m);
    expect(r.stderr).toMatch(/^policy-extract: 4 ok, 1 failed, 0 skipped in /m);
    expect(filesUnder(join(dir, 'out'))).toHaveLength(4);
  });

  it('--fail-fast stops at the first failure', () => {
    const root = makeArchive();
    writeFileSync(join(root, 'a', 'a-empty.txt'), '');
    for (let i = 0; i < 8; i++) copyFileSync(join(SEEDS, '004_cd93e1a9c27e4ed1.txt'), join(root, 'c', `more-${i}.txt`));
    const r = run(['archive', '--format', 'jsonl', '--jobs', '1', '--fail-fast']);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/a-empty\.txt: empty file/);
    // the files already in flight finish; nothing new starts
    const summary = /(\d+) ok, 1 failed, 0 skipped, (\d+) not started/.exec(r.stderr);
    expect(summary).not.toBeNull();
    // every file is accounted for: 13 documents (notes.md is not one) = ok + 1 failed + not started
    expect(Number(summary![1]) + 1 + Number(summary![2])).toBe(13);
    expect(Number(summary![2])).toBeGreaterThan(5);
    expect(r.stdout.split('\n').filter((l) => l !== '')).toHaveLength(Number(summary![1]));
  });

  it('--skip-existing: a rerun does only the new and the changed files', () => {
    const root = makeArchive();
    expect(run(['archive', '--out-dir', 'out']).code).toBe(0);
    copyFileSync(join(SEEDS, '004_cd93e1a9c27e4ed1.txt'), join(root, 'c', 'new.txt'));
    copyFileSync(join(SEEDS, '003_ba5c26d6e984a451.txt'), join(root, 'a', 'notice.txt')); // changed
    const r = run(['archive', '--out-dir', 'out', '--skip-existing']);
    expect(r.code).toBe(0);
    expect(r.stderr).toMatch(/^policy-extract: 2 ok, 0 failed, 3 skipped in /m);
    const a = JSON.parse(readFileSync(join(dir, 'out/a/notice.txt.json'), 'utf8'));
    expect(a.meta.docNumber).toBe('吕民发〔2022〕31号');
    expect(existsSync(join(dir, 'out/c/new.txt.json'))).toBe(true);
  });

  it('--shard k/n: the shares are disjoint and together complete', () => {
    makeArchive();
    copyFileSync(join(SEEDS, '001_689cad3dc45a0018.txt'), join(dir, 'archive', 'c', 'more.txt'));
    const all = run(['archive', '--format', 'jsonl', '-q']).stdout.trim().split('\n').map((l) => JSON.parse(l).source.path);
    const shares = [1, 2, 3].map((k) =>
      run(['archive', '--format', 'jsonl', '-q', '--shard', `${k}/3`]).stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l).source.path),
    );
    expect(shares.flat().sort()).toEqual([...all].sort());
    expect(new Set(shares.flat()).size).toBe(all.length);
    // stable: the same share on every run
    expect(run(['archive', '--format', 'jsonl', '-q', '--shard', '2/3']).stdout.split('\n').filter((l) => l !== '').map((l) => JSON.parse(l).source.path)).toEqual(shares[1]);
  });

  it('--files-from - with --format jsonl is a stdin→stdout filter (Hadoop Streaming, RDD.pipe)', () => {
    makeArchive();
    const r = run(['--files-from', '-', '--format', 'jsonl', '-q'], 'archive/c/regulation.txt\n# a comment\n\narchive/a/notice.txt\n');
    expect(r.code).toBe(0);
    expect(r.stdout.trim().split('\n').map((l) => JSON.parse(l).source.path)).toEqual(['archive/c/regulation.txt', 'archive/a/notice.txt']);
  });

  it('an input path can never make it write outside the output folder', () => {
    mkdirSync(join(dir, 'deep', 'er'), { recursive: true });
    copyFileSync(join(SEEDS, '000_2c0a6bd88b2210a1.txt'), join(dir, 'notice.txt'));
    const r = spawnSync(process.execPath, [BIN, '../../notice.txt', '--out-dir', '../out'], { cwd: join(dir, 'deep', 'er'), encoding: 'utf8' });
    expect(r.status).toBe(0);
    expect(filesUnder(join(dir, 'deep', 'out'))).toEqual(['notice.txt.json']);
    expect(filesUnder(dir).filter((f) => f.endsWith('.json'))).toEqual(['deep/out/notice.txt.json']);
  });

  it('an interrupted run leaves no partial files: finished outputs stay, the stream file is not written', async () => {
    const root = join(dir, 'big');
    for (let i = 0; i < 40; i++) {
      mkdirSync(join(root, String(i)), { recursive: true });
      for (const f of ['013-gwy-tertiary-hospital-performance-assessment-2019.html', '037-cac-digital-china-development-report-2022.txt', '028-shandong-14th-fyp-education-plan-2021.txt'])
        copyFileSync(join(CORPUS, f), join(root, String(i), f));
    }
    const interrupt = (args: string[], started: () => boolean) =>
      new Promise<{ code: number | null; stderr: string }>((resolvePromise) => {
        const child = spawn(process.execPath, [BIN, ...args], { cwd: dir });
        let stderr = '';
        child.stderr.on('data', (d) => {
          stderr += String(d);
        });
        // Interrupt once the run is under way (the first outputs exist).
        const timer = setInterval(() => {
          if (started() || stderr.length > 0 || Date.now() - t0 > 3000) {
            clearInterval(timer);
            child.kill('SIGINT');
          }
        }, 20);
        const t0 = Date.now();
        child.on('close', (code) => resolvePromise({ code, stderr }));
      });
    const a = await interrupt(['big', '--out-dir', 'out', '--jobs', '2'], () => existsSync(join(dir, 'out')));
    expect(a.code).toBe(130);
    expect(a.stderr).toMatch(/interrupted/);
    const written = filesUnder(join(dir, 'out'));
    expect(written.filter((f) => f.endsWith('.tmp'))).toEqual([]);
    for (const f of written) expect(() => JSON.parse(readFileSync(join(dir, 'out', f), 'utf8'))).not.toThrow();
    expect(written.length).toBeLessThan(120);

    const b = await interrupt(['big', '--format', 'jsonl', '--output', 'all.jsonl', '--jobs', '2'], () => readdirSync(dir).some((f) => f.startsWith('all.jsonl')));
    expect(b.code).toBe(130);
    expect(readdirSync(dir).filter((f) => f.startsWith('all.jsonl'))).toEqual([]);
  }, 60_000);
});

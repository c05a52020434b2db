// npm run bench — throughput, scaling, memory and start-up of the CLI, in one run.
//
// Builds a synthetic archive (the seeds and the corpus replicated to at least 50 MB) in a
// temporary folder, then measures, with the compiled CLI as users run it:
//   MB/s and docs/s with --jobs 1 and --jobs 2; peak RSS on the archive and on one 4× larger;
//   the cold start of one small file next to `node -e 0`; a 1 MB and a 20 MB single document;
//   and the floor — reading and decoding the same bytes plus one regex pass over them;
//   and adversarial inputs (issue 10, defects 2, 3, 7) at 1× and 4× their size, with the time
//   ratio, so that a quadratic rule shows up as a number (linear is 4×).
// Timing lives here, never in tests. BENCH_ONLY=adversarial runs the adversarial rows alone.
import { execFileSync, spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { availableParallelism, cpus, tmpdir } from 'node:os';
import { join } from 'node:path';

const root = new URL('..', import.meta.url).pathname;
const bin = join(root, 'bin/policy-extract.js');
const TARGET_MB = Number(process.env.BENCH_MB ?? 50);
const work = mkdtempSync(join(tmpdir(), 'policy-extract-bench-'));
const hasTime = existsSync('/usr/bin/time');

function sources() {
  const dirs = [join(root, 'fixtures/seeds'), join(root, 'fixtures/corpus')];
  return dirs.flatMap((d) => readdirSync(d).filter((f) => /\.(txt|html?)$/.test(f)).map((f) => join(d, f)));
}

function buildArchive(name, mb) {
  const dir = join(work, name);
  const files = sources();
  const perCopy = files.reduce((a, f) => a + statSync(f).size, 0);
  const copies = Math.ceil((mb * 1e6) / perCopy);
  for (let c = 0; c < copies; c++) {
    const sub = join(dir, String(c).padStart(3, '0'));
    mkdirSync(sub, { recursive: true });
    for (const f of files) cpSync(f, join(sub, f.split('/').pop()));
  }
  return { dir, bytes: copies * perCopy, docs: copies * files.length };
}

/** Run a command; wall seconds and (with /usr/bin/time) peak RSS in MB and CPUs used. */
function timed(args) {
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M %U %S', process.execPath, ...args], { encoding: 'utf8' })
    : spawnSync(process.execPath, args, { encoding: 'utf8' });
  const seconds = (performance.now() - t0) / 1000;
  // Exit 1 is some inputs failed (the corpus holds two saved pages without text); others are errors.
  if (r.status !== 0 && r.status !== 1) throw new Error(`failed (${r.status}): ${args.join(' ')}\n${r.stderr}`);
  const [kb, user, sys] = hasTime ? r.stderr.trim().split('\n').pop().split(' ').map(Number) : [NaN, NaN, NaN];
  return { seconds, rss: kb / 1024, cpus: (user + sys) / seconds, cpu: user + sys };
}

/**
 * Optimisations and deoptimisations V8 reports (--trace-opt --trace-deopt) over one pass of the
 * seeds and the corpus with one worker: how much compiling the JIT does, and how much it undoes.
 */
function jitCounts() {
  const out = join(work, 'jit');
  const r = spawnSync(process.execPath, ['--trace-opt', '--trace-deopt', bin, join(root, 'fixtures/seeds'), join(root, 'fixtures/corpus'), '--out-dir', out, '--jobs', '1', '-q'], { encoding: 'utf8', maxBuffer: 1 << 30 });
  rmSync(out, { recursive: true, force: true });
  const count = (re) => (r.stdout.match(re) ?? []).length;
  return { optimized: count(/^\[completed optimizing/gm), deopts: count(/^\[bailout \(kind: deopt/gm) };
}

function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.floor(s.length / 2)];
}

/** A single large document: the corpus texts with each line suffixed per copy, so no copy repeats another. */
function bigDocument(name, bytes) {
  const texts = sources()
    .filter((f) => f.endsWith('.txt'))
    .map((f) => readFileSync(f))
    .filter((b) => !b.includes(0))
    .map((b) => b.toString('utf8'));
  const lines = texts.join('\n').split('\n');
  const out = [];
  let size = 0;
  for (let k = 1; size < bytes; k++) {
    for (const l of lines) {
      const s = l.trim() ? `${l}（${k}）` : l;
      out.push(s);
      size += Buffer.byteLength(s) + 1;
      if (size >= bytes) break;
    }
  }
  const file = join(work, name);
  writeFileSync(file, out.join('\n'));
  return file;
}

async function floor(dir) {
  const { decodeBytes } = await import(join(root, 'dist/ingest/decode.js'));
  const files = [];
  const walk = (d) => {
    for (const n of readdirSync(d).sort()) {
      const p = join(d, n);
      if (statSync(p).isDirectory()) walk(p);
      else files.push(p);
    }
  };
  walk(dir);
  const t0 = performance.now();
  let bytes = 0;
  let hits = 0;
  for (const f of files) {
    const b = readFileSync(f);
    bytes += b.byteLength;
    const text = decodeBytes(b).text;
    hits += (text.match(/[一二三四五六七八九十]+、|（[一二三四五六七八九十]+）|\d+[.、]/g) ?? []).length;
  }
  const seconds = (performance.now() - t0) / 1000;
  return { seconds, mbps: bytes / 1e6 / seconds, hits };
}

const row = (...cells) => `| ${cells.join(' | ')} |`;

/**
 * PDF pages/s and DOCX/OFD documents/s, in process (warm), next to text: the format samples
 * of fixtures/formats and the corpus texts they were made from. BENCH_PDF=file.pdf adds a
 * run of the CLI on a large PDF for its peak RSS.
 */
async function formats() {
  const { extract, extractDocument } = await import(join(root, 'dist/index.js'));
  const dir = join(root, 'fixtures/formats');
  const files = readdirSync(dir).filter((n) => /\.(pdf|docx|ofd)$/.test(n) && !n.startsWith('02-'));
  const rate = async (names, run) => {
    const inputs = names.map((n) => readFileSync(join(dir, n)));
    let units = 0;
    for (const b of inputs) units += await run(b); // warm-up
    const t0 = performance.now();
    const rounds = 5;
    for (let r = 0; r < rounds; r++) for (const b of inputs) await run(b);
    return (rounds * units) / ((performance.now() - t0) / 1000);
  };
  const byExt = (ext) => files.filter((n) => n.endsWith(ext));
  const pdf = await rate(byExt('.pdf'), async (b) => (await extract(b)).source.pages);
  const docx = await rate(byExt('.docx'), async (b) => (await extract(b), 1));
  const ofd = await rate(byExt('.ofd'), async (b) => (await extract(b), 1));
  const texts = ['004-anhui-rcep-implementation-opinions-2022.txt', '002-beijing-data-zone-guiding-opinions-2022.txt'].map((n) => readFileSync(join(root, 'fixtures/corpus', n)));
  const t0 = performance.now();
  for (let r = 0; r < 20; r++) for (const b of texts) extractDocument(b);
  const text = (20 * texts.length) / ((performance.now() - t0) / 1000);
  const lines = [
    row('PDF (samples 01, 03, 07, 09, 11)', `${pdf.toFixed(1)} pages/s`, ''),
    row('DOCX (samples 06, 08, 10, 12)', `${docx.toFixed(1)} docs/s`, ''),
    row('OFD (samples 04, 05)', `${ofd.toFixed(1)} docs/s`, ''),
    row('text (corpus 002, 004, the sources of 09–12)', `${text.toFixed(1)} docs/s`, ''),
  ];
  if (process.env.BENCH_PDF) {
    const big = timed([bin, process.env.BENCH_PDF, '--format', 'summary', '-q']);
    lines.push(row(`large PDF (${process.env.BENCH_PDF.split('/').pop()})`, `${big.seconds.toFixed(1)} s, peak RSS ${big.rss.toFixed(0)} MB`, '≤ 400 MB'));
  }
  return lines;
}

// The inputs that were quadratic or crashed (issue 10): the 1× sizes are the issue's own.
const ADVERSARIAL = [
  { name: '`100个 ` repeated on one line (defect 2)', file: 'counts.txt', make: (n) => '关于印发工作要点的通知\n' + '100个 '.repeat(Math.round((7000 * n) / 7)) },
  { name: '`达到90%` without a sentence end (defect 3)', file: 'figures.txt', make: (n) => '关于印发工作要点的通知\n' + '达到90%'.repeat(Math.round((18000 * n) / 9)) },
  { name: 'HTML nested 3,000 levels deep (defect 7)', file: 'deep.html', make: (n) => `<html><body>${'<div>'.repeat(3000 * n)}关于印发工作要点的通知${'</div>'.repeat(3000 * n)}</body></html>` },
  { name: 'HTML table of 125k cells (defect 7)', file: 'wide.html', make: (n) => `<html><body><p>关于印发工作要点的通知</p><table>${`<tr>${'<td>格</td>'.repeat(50)}</tr>`.repeat(2500 * n)}</table></body></html>` },
];
const ADVERSARIAL_TIMEOUT_S = 300;

/** One CLI run that may fail: wall seconds, peak RSS, and the error line if it failed. */
function attempt(args) {
  const t0 = performance.now();
  const r = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '%M', process.execPath, ...args], { encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, args, { encoding: 'utf8', maxBuffer: 1 << 30 });
  const seconds = (performance.now() - t0) / 1000;
  const lines = r.stderr.trim().split('\n');
  const rss = hasTime ? Number(lines.pop()) / 1024 : NaN;
  const error = r.status === 0 ? null : (lines.find((l) => l.startsWith('policy-extract: ')) ?? `exit ${r.status}`).replace(/^policy-extract: [^:]+: /, '');
  return { seconds, rss, error };
}

/** Each adversarial input at 1× and 4× through the CLI (one worker, a generous time budget). */
function adversarial() {
  return ADVERSARIAL.map((a) => {
    const runs = [1, 4].map((n) => {
      const file = join(work, `${n}x-${a.file}`);
      writeFileSync(file, a.make(n));
      const size = statSync(file).size;
      const r = attempt([bin, file, '--jobs', '1', '--timeout-per-file', String(ADVERSARIAL_TIMEOUT_S), '--output', join(work, 'adversarial.json')]);
      return { size, ...r };
    });
    const show = (r) => `${(r.size / 1000).toFixed(0)} KB: ${r.error ? r.error.slice(0, 60) : `${r.seconds.toFixed(2)} s`}${Number.isFinite(r.rss) ? `, ${r.rss.toFixed(0)} MB` : ''}`;
    const ratio = runs.some((r) => r.error) ? 'n/a (failed)' : `${(runs[1].seconds / runs[0].seconds).toFixed(1)}×`;
    return row(`adversarial: ${a.name}`, `${show(runs[0])} → ${show(runs[1])}`, `${ratio} (linear ≈ 4×)`);
  });
}

async function mainBench() {
  if (!existsSync(join(root, 'dist/cli/main.js'))) execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (process.env.BENCH_ONLY === 'adversarial') {
    console.log([row('measure', 'result 1× → 4× (wall, peak RSS)', 'time ratio'), row('---', '---', '---'), ...adversarial()].join('\n'));
    rmSync(work, { recursive: true, force: true });
    return;
  }
  console.log(`node ${process.version}, ${cpus().length} CPU (${cpus()[0]?.model ?? '?'}), availableParallelism ${availableParallelism()}`);
  console.log(`work folder ${work}\n`);

  const archive = buildArchive('archive', TARGET_MB);
  const mb = archive.bytes / 1e6;
  const out1 = join(work, 'out1');
  const out2 = join(work, 'out2');
  const j1 = timed([bin, archive.dir, '--out-dir', out1, '--jobs', '1', '-q']);
  const j2 = timed([bin, archive.dir, '--out-dir', out2, '--jobs', '2', '-q']);
  rmSync(out1, { recursive: true, force: true });
  rmSync(out2, { recursive: true, force: true });

  const large = buildArchive('archive4x', TARGET_MB * 4);
  const out4 = join(work, 'out4');
  const j41 = timed([bin, large.dir, '--out-dir', out4, '--jobs', '1', '-q']);
  rmSync(out4, { recursive: true, force: true });
  const j4 = timed([bin, large.dir, '--out-dir', out4, '--jobs', '2', '-q']);
  rmSync(out4, { recursive: true, force: true });
  rmSync(large.dir, { recursive: true, force: true });
  const jit = jitCounts();

  const small = join(root, 'fixtures/seeds/004_cd93e1a9c27e4ed1.txt');
  const cold = [];
  const bare = [];
  for (let i = 0; i < 11; i++) {
    cold.push(timed([bin, small]).seconds);
    bare.push(timed(['-e', '0']).seconds);
  }

  const doc1 = bigDocument('one-mb.txt', 1e6);
  const doc20 = bigDocument('twenty-mb.txt', 20e6);
  const t1 = median([0, 1, 2].map(() => timed([bin, doc1, '--output', join(work, 'one.json')]).seconds));
  const t20 = timed([bin, doc20, '--output', join(work, 'twenty.json')]).seconds;

  const fl = await floor(archive.dir);
  const formatRows = await formats();

  console.log(row('measure', 'result', 'target'));
  console.log(row('---', '---', '---'));
  console.log(row(`archive`, `${archive.docs} documents, ${mb.toFixed(1)} MB`, '≥ 50 MB'));
  console.log(row('--jobs 1', `${(mb / j1.seconds).toFixed(1)} MB/s, ${(archive.docs / j1.seconds).toFixed(0)} docs/s (${j1.seconds.toFixed(1)} s, ${j1.cpus.toFixed(2)} CPUs busy)`, ''));
  console.log(row('--jobs 2', `${(mb / j2.seconds).toFixed(1)} MB/s, ${(archive.docs / j2.seconds).toFixed(0)} docs/s (${j2.seconds.toFixed(1)} s, ${j2.cpus.toFixed(2)} CPUs busy)`, ''));
  console.log(row('speed-up, 2 workers', `${(j1.seconds / j2.seconds).toFixed(2)}×`, '≥ 1.0×'));
  console.log(row('peak RSS, archive (--jobs 2)', `${j2.rss.toFixed(0)} MB`, '≤ 400 MB'));
  const lmb = large.bytes / 1e6;
  console.log(row(`CPU-seconds per MB (--jobs 1 / --jobs 2)`, `${(j1.cpu / mb).toFixed(2)} / ${(j2.cpu / mb).toFixed(2)}`, ''));
  console.log(row(`4× archive (${lmb.toFixed(0)} MB), --jobs 1`, `${(lmb / j41.seconds).toFixed(1)} MB/s (${j41.seconds.toFixed(1)} s, ${j41.cpus.toFixed(2)} CPUs busy)`, ''));
  console.log(row(`4× archive, --jobs 2`, `${(lmb / j4.seconds).toFixed(1)} MB/s (${j4.seconds.toFixed(1)} s, ${j4.cpus.toFixed(2)} CPUs busy), ${(j41.seconds / j4.seconds).toFixed(2)}× --jobs 1`, '≥ 1.5×'));
  console.log(row(`peak RSS, 4× archive (--jobs 2)`, `${j4.rss.toFixed(0)} MB`, '≤ 400 MB'));
  console.log(row(`JIT, one pass over seeds + corpus (--jobs 1)`, `${jit.optimized} optimisations, ${jit.deopts} deoptimisations`, ''));
  console.log(row('cold start, one small file', `${(median(cold) * 1000).toFixed(0)} ms = ${(median(cold) / median(bare)).toFixed(1)}× node -e 0 (${(median(bare) * 1000).toFixed(0)} ms)`, '≤ 2.5×'));
  console.log(row('1 MB document', `${t1.toFixed(2)} s`, ''));
  console.log(row('20 MB document', `${t20.toFixed(2)} s = ${(t20 / t1).toFixed(1)}× the 1 MB one`, '≤ 25×'));
  console.log(row('floor: read + decode + one regex pass', `${fl.mbps.toFixed(0)} MB/s`, ''));
  console.log(row('extractor (--jobs 1) / floor', `${((mb / j1.seconds / fl.mbps) * 100).toFixed(1)} %`, '≥ 20 %'));
  for (const line of formatRows) console.log(line);
  for (const line of adversarial()) console.log(line);
  rmSync(work, { recursive: true, force: true });
}

await mainBench();

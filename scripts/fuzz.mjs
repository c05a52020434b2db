// npm run fuzz -- --cases 100000 [--seed 1] [--workers N] [--growth-every 200] [--save DIR] [--dist DIR]
//
// Long fuzz runs: corpus documents mutated (scripts/fuzz/mutators.mjs: byte flips, truncation,
// splicing, random markers 一、（一）第X条《》〔〕, long lines, deep HTML, other encodings, NULs,
// line ends) through the compiled library in worker threads. For every case: no throw but
// InputError, schema-valid output (the library validates before it returns), every span inside
// the text, and a time budget linear in the input's size. For one case in `growth-every`: the
// same input at 4× its size in a fresh worker whose heap is capped linearly in that size, with the
// time ratio. Failures are grouped; each group's smallest input is minimised and saved under
// --save with its seed (all failures in failures.jsonl). Exit 1 when anything failed.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import { LONG_RUN_LIMITS } from './fuzz/mutators.mjs';

const root = new URL('..', import.meta.url).pathname;
const WORKER = new URL('./fuzz/worker.mjs', import.meta.url);

function parseArgs(argv) {
  const o = { cases: 1000, seed: 1, workers: availableParallelism(), growthEvery: 200, save: join(tmpdir(), `policy-extract-fuzz-${Date.now()}`), dist: join(root, 'dist') };
  for (let i = 0; i < argv.length; i++) {
    const [k, v] = [argv[i], argv[i + 1]];
    if (k === '--cases') o.cases = Number(v);
    else if (k === '--seed') o.seed = Number(v);
    else if (k === '--workers') o.workers = Number(v);
    else if (k === '--growth-every') o.growthEvery = Number(v);
    else if (k === '--save') o.save = v;
    else if (k === '--dist') o.dist = resolve(v);
    else continue;
    i++;
  }
  return o;
}

// Time budget of a case: linear in its size (the extractor does about 5 MB/s on one core here;
// this allows 100 KB/s, plus two seconds for a slow, shared machine).
const budgetMs = (bytes) => 2000 + bytes / 100;
// Heap of the fresh worker that runs a 4× input: linear in its size (a 20 MB text needs ~400 MB).
const growthHeapMb = (bytes) => 96 + Math.ceil((150 * bytes) / 1e6);
/** A 4× input taking more than this many times the 1× one is super-linear (linear is 4). */
const MAX_RATIO = 8;
/** Ratios of inputs faster than this are timer noise, not measured. */
const MIN_MS = 20;

const OPTIONS = parseArgs(process.argv.slice(2));

const corpusFiles = ['fixtures/corpus', 'fixtures/seeds'].flatMap((d) =>
  readdirSync(join(root, d))
    .filter((f) => !f.endsWith('.json') && !f.endsWith('.tsv') && !f.startsWith('.'))
    .map((f) => join(root, d, f)),
);

/** One worker working through a list of seeds; restarted past a case that killed it. */
function runSeeds(seeds, onResult) {
  return new Promise((done) => {
    let queue = seeds;
    const start = () => {
      if (queue.length === 0) return done();
      const w = new Worker(WORKER, { workerData: { corpusFiles, limits: LONG_RUN_LIMITS, dist: OPTIONS.dist }, resourceLimits: { maxOldGenerationSizeMb: 1024 } });
      let running = null;
      let timer = null;
      let death = null;
      w.on('message', (m) => {
        if (m.running !== undefined) {
          running = m;
          clearTimeout(timer);
          timer = setTimeout(() => {
            death = { kind: 'timeout', problem: `over ${(budgetMs(m.bytes) / 1000).toFixed(1)} s for ${m.bytes} bytes` };
            void w.terminate();
          }, budgetMs(m.bytes));
        } else if (m.batchDone) {
          clearTimeout(timer);
          queue = [];
          void w.terminate();
        } else {
          clearTimeout(timer);
          queue = queue.slice(queue.indexOf(m.seed) + 1);
          running = null;
          onResult(m);
        }
      });
      w.on('error', (err) => (death ??= { kind: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'oom' : 'crash', problem: err.message }));
      w.on('exit', () => {
        clearTimeout(timer);
        if (running) {
          onResult({ seed: running.running, bytes: running.bytes, applied: running.applied, outcome: 'failed', ms: NaN, ...(death ?? { kind: 'crash', problem: 'worker exited' }) });
          queue = queue.slice(queue.indexOf(running.running) + 1);
        }
        start();
      });
      w.postMessage({ cases: queue });
    };
    start();
  });
}

/** Run `message` in a fresh worker with a heap cap and a time limit; its reply, or why it died. */
function once(message, heapMb, ms) {
  return new Promise((resolve) => {
    const w = new Worker(WORKER, { workerData: { corpusFiles, limits: LONG_RUN_LIMITS, dist: OPTIONS.dist }, resourceLimits: { maxOldGenerationSizeMb: heapMb } });
    let reply = null;
    let death = null;
    const timer = setTimeout(() => {
      death = { kind: 'timeout', problem: `over ${(ms / 1000).toFixed(1)} s` };
      void w.terminate();
    }, ms);
    w.on('message', (m) => {
      reply = m;
      void w.terminate();
    });
    w.on('error', (err) => (death ??= { kind: err.code === 'ERR_WORKER_OUT_OF_MEMORY' ? 'memory' : 'crash', problem: err.message }));
    w.on('exit', () => {
      clearTimeout(timer);
      resolve(reply ?? { failed: true, ...death });
    });
    w.postMessage(message);
  });
}

/** Run tasks with at most `n` at a time. */
async function parallel(items, n, task) {
  const out = [];
  let next = 0;
  await Promise.all(Array.from({ length: n }, async () => {
    while (next < items.length) {
      const i = next++;
      out[i] = await task(items[i]);
    }
  }));
  return out;
}

function groupKey(f) {
  return `${f.kind} ${f.where ?? ''} ${(f.problem ?? '').replace(/\d+/g, 'N').slice(0, 80)}`;
}

/** Delta-debugging over lines, then characters: the smallest input that still fails the same way. */
async function minimise(bytes, path, sameFailure) {
  let text = Buffer.from(bytes).toString('latin1');
  let budget = 150;
  const fails = async (t) => budget-- > 0 && sameFailure(await once({ input: Buffer.from(t, 'latin1'), path }, 1024, 15_000));
  for (const sep of ['\n', '']) {
    let parts = sep ? text.split(sep) : [...text];
    for (let n = 2; parts.length >= 2 && budget > 0; ) {
      const size = Math.ceil(parts.length / n);
      let reduced = false;
      for (let i = 0; i < parts.length && budget > 0; i += size) {
        const rest = [...parts.slice(0, i), ...parts.slice(i + size)];
        if (rest.length > 0 && (await fails(rest.join(sep)))) {
          parts = rest;
          n = Math.max(n - 1, 2);
          reduced = true;
          break;
        }
      }
      if (!reduced) {
        if (n >= parts.length) break;
        n = Math.min(n * 2, parts.length);
      }
    }
    text = parts.join(sep);
  }
  return Buffer.from(text, 'latin1');
}

async function mainFuzz() {
  const o = OPTIONS;
  mkdirSync(o.save, { recursive: true });
  console.log(`fuzz: ${o.cases} cases from seed ${o.seed}, ${o.workers} workers, ${corpusFiles.length} documents, library ${o.dist}; failures saved in ${o.save}`);
  const t0 = performance.now();
  const seeds = Array.from({ length: o.cases }, (_, i) => o.seed + i);
  const results = new Map();
  let reported = 0;
  const onResult = (r) => {
    results.set(r.seed, r);
    if (++reported % 5000 === 0) console.log(`  ${reported} cases, ${((performance.now() - t0) / 1000).toFixed(0)} s`);
  };
  const share = Math.ceil(seeds.length / o.workers);
  await Promise.all(Array.from({ length: o.workers }, (_, k) => runSeeds(seeds.slice(k * share, (k + 1) * share), onResult)));
  const mainSeconds = (performance.now() - t0) / 1000;

  // Growth: 1× and 4× of every `growthEvery`-th case that gave a document.
  const sampled = seeds.filter((s) => s % o.growthEvery === 0 && results.get(s)?.outcome === 'document');
  const growth = await parallel(sampled, o.workers, async (seed) => {
    const r = results.get(seed);
    const g = await once({ growth: seed }, growthHeapMb(4 * r.bytes), 4 * budgetMs(4 * r.bytes));
    return { seed, bytes: r.bytes, applied: r.applied, ...g };
  });
  const failures = [...results.values()].filter((r) => r.outcome === 'failed');
  for (const g of growth) {
    if (g.failed) failures.push({ seed: g.seed, bytes: g.bytes * 4, applied: g.applied, kind: g.kind === 'memory' ? 'memory (4×)' : `${g.kind} (4×)`, problem: g.problem });
    else if (g.t1 >= MIN_MS && g.t4 / g.t1 > MAX_RATIO) failures.push({ seed: g.seed, bytes: g.bytes, applied: g.applied, kind: 'superlinear', problem: `4× took ${(g.t4 / g.t1).toFixed(1)}× (${g.t1.toFixed(0)} → ${g.t4.toFixed(0)} ms)` });
  }
  writeFileSync(join(o.save, 'failures.jsonl'), failures.map((f) => `${JSON.stringify(f)}\n`).join(''));
  await saveFailures(failures, o);
  report(o, results, growth, failures, mainSeconds, (performance.now() - t0) / 1000);
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** One minimised reproducer per group of failures (throws and span errors; the others by seed). */
async function saveFailures(failures, o) {
  const { fuzzCase } = await import('./fuzz/mutators.mjs');
  const { readFileSync } = await import('node:fs');
  const corpus = corpusFiles.map((f) => readFileSync(f));
  const groups = new Map();
  for (const f of failures) {
    const key = groupKey(f);
    if (!groups.has(key) || groups.get(key).bytes > f.bytes) groups.set(key, f);
  }
  let n = 0;
  for (const [key, f] of groups) {
    const c = fuzzCase(f.seed, corpus, LONG_RUN_LIMITS);
    const path = c.html ? 'case.html' : 'case.txt';
    const same = (r) => r.outcome === 'failed' && r.kind === f.kind && (r.where ?? '') === (f.where ?? '');
    const small = f.kind === 'throw' || f.kind === 'span' ? await minimise(c.bytes, path, same) : c.bytes;
    const name = `${String(++n).padStart(2, '0')}-${f.kind.replace(/\W+/g, '-')}-seed${f.seed}`;
    writeFileSync(join(o.save, `${name}${c.html ? '.html' : '.txt'}`), small);
    writeFileSync(join(o.save, `${name}.json`), JSON.stringify({ key, count: failures.filter((x) => groupKey(x) === key).length, ...f, minimisedBytes: small.length }, null, 2));
  }
}

function report(o, results, growth, failures, mainSeconds, seconds) {
  const all = [...results.values()];
  const count = (k) => all.filter((r) => r.outcome === k).length;
  const ratios = growth.filter((g) => !g.failed && g.t1 >= MIN_MS).map((g) => g.t4 / g.t1).sort((a, b) => a - b);
  const perKb = all.filter((r) => Number.isFinite(r.ms) && r.bytes > 1000).map((r) => r.ms / (r.bytes / 1000)).sort((a, b) => a - b);
  const q = (xs, p) => (xs.length ? xs[Math.min(xs.length - 1, Math.floor(p * xs.length))] : NaN);
  const byKind = {};
  for (const f of failures) byKind[f.kind] = (byKind[f.kind] ?? 0) + 1;
  const lines = [
    `| measure | result |`,
    `| --- | --- |`,
    `| cases | ${all.length} (seeds ${o.seed}–${o.seed + o.cases - 1}), ${mainSeconds.toFixed(0)} s, ${(all.length / mainSeconds).toFixed(0)} cases/s on ${o.workers} workers |`,
    `| outcomes | ${count('document')} documents, ${count('refused')} InputError, ${count('failed')} failed |`,
    `| time per KB | median ${q(perKb, 0.5).toFixed(2)} ms, p99 ${q(perKb, 0.99).toFixed(2)} ms, max ${q(perKb, 1).toFixed(1)} ms |`,
    `| growth 1× → 4× | ${growth.length} inputs, ${ratios.length} timed: median ${q(ratios, 0.5).toFixed(1)}×, p95 ${q(ratios, 0.95).toFixed(1)}×, max ${q(ratios, 1).toFixed(1)}× |`,
    `| failures | ${failures.length === 0 ? 'none' : Object.entries(byKind).map(([k, v]) => `${v} ${k}`).join(', ')} |`,
    `| total time | ${seconds.toFixed(0)} s |`,
  ];
  console.log(`\n${lines.join('\n')}\n`);
  for (const f of failures.slice(0, 30)) console.log(`  seed ${f.seed} (${f.applied?.join(' + ')}, ${f.bytes} bytes): ${f.kind}${f.where ? ` in ${f.where}` : ''}: ${f.problem}`);
  if (failures.length > 30) console.log(`  … and ${failures.length - 30} more`);
  writeFileSync(join(o.save, 'summary.md'), `${lines.join('\n')}\n`);
}

await mainFuzz();

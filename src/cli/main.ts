/**
 * The command line: `policy-extract [options] <inputs...>`.
 * Exit status: 0 every document ok, 1 some input failed (the others are still
 * written), 2 usage error, 130 interrupted.
 */
import { createWriteStream, existsSync, realpathSync, statSync } from 'node:fs';
import { mkdir, rename, rm } from 'node:fs/promises';
import { finished } from 'node:stream/promises';
import { availableParallelism } from 'node:os';
import { basename, dirname, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { EncodingOption } from '../types.js';
import { CSV_BOM, csvHeader } from '../emit/csv.js';
import { type CliIo, cleanStaleTemps, OutputFiles, processIo, readAll, tempName, writeOut } from './io.js';
import { colorLevel } from './color.js';
import { collectInputs, DEFAULT_EXTENSIONS, type InputSpec, type ListingProblem, parseExtensions, parseShard, readFileList, resolveInputs, shardOf } from './inputs.js';
import { EXTENSION, FORMATS, type Format, type JobSettings, type WorkReply } from './settings.js';
import { outputNames } from './paths.js';
import { InThreadRunner, type Runner, WorkerPool, workerFile } from './pool.js';
import { Progress } from './progress.js';
import { Batch, type BatchJob, type BatchTotals, shownPath, type Sink } from './batch.js';
import { parseBytes, printable } from './text.js';
import { VERSION } from '../version.js';
import { INDEX_FILE, writeReviewIndex } from './review-index.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5'] as const;
const DEFAULT_MAX_BYTES = '64M';
const DEFAULT_TIMEOUT_S = '60';
/**
 * Without --jobs, a second worker is added only when one worker would need at least this long
 * for what is left: a new worker compiles the whole pipeline again (about 2 CPU-seconds on a
 * 2-core machine), which a short batch never wins back.
 */
const SECOND_WORKER_AFTER_S = 15;

interface Options {
  format: Format;
  outDir?: string;
  output?: string;
  includeText?: boolean;
  encoding: EncodingOption;
  jobs?: string;
  ext?: string;
  filesFrom?: string;
  skipExisting?: boolean;
  shard?: string;
  quiet?: boolean;
  failFast?: boolean;
  maxBytes: string;
  timeoutPerFile: string;
  explain?: boolean;
}

const EXAMPLES = `
Examples:
  $ policy-extract notice.txt                          one document as JSON on stdout
  $ policy-extract page.html --format yaml             an HTML page, as YAML
  $ policy-extract notice.txt --format summary         title, sections and a task table for reading
  $ policy-extract archive/ --out-dir out/             every .txt/.html/.pdf/.docx/.ofd below archive/, mirrored under out/
  $ policy-extract 'archive/**/*.htm' --format jsonl --output all.jsonl
  $ policy-extract archive/ --format csv > tasks.csv   every task of every document, for Excel
  $ policy-extract archive/ --out-dir out/ --skip-existing   a rerun only does new or changed files
  $ policy-extract archive/ --out-dir out/ --shard 2/8       the second of eight stable shares
  $ find archive -name '*.txt' | policy-extract --files-from - --format jsonl   a stdin→stdout filter
  $ cat notice.txt | policy-extract -                  one document on standard input
  $ policy-extract notice.txt --explain > out.json     which rule took or dropped each phrase, on stderr
  $ policy-extract notice.txt --format html > review.html   a review page: every value at its place in the text
  $ policy-extract archive/ --format html --out-dir review/ one page per document, and review/index.html
  $ policy-extract eval --gold gold/ archive/          accuracy against your own gold files (eval --help)

Limits: a file larger than --max-bytes is not read, one that takes longer than
--timeout-per-file is stopped, one that needs more memory than its size warrants
(512 MB up to 4 MB of input, 64 MB more per MB above) is stopped; each is that
file's error and the batch goes on.

Exit status: 0 all documents ok; 1 some input failed (the others are still
written); 2 usage error; 130 interrupted (a first Ctrl-C finishes the files in
flight, a second stops at once; finished files are kept, nothing is half-written).`;

function buildProgram(io: CliIo): Command {
  return new Command()
    .name('policy-extract')
    .description('Turn Chinese government policy documents (text or HTML, UTF-8/GB18030/UTF-16) into structured, validated data.')
    .argument('[inputs...]', 'files, folders (walked), quoted glob patterns; "-" reads one document from standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out-dir <dir>', 'write one file per input under <dir>, mirroring the inputs\' relative paths')
    .option('--output <file>', 'write the stream (jsonl, csv, yaml, summary, or one json) to <file> instead of stdout')
    .option('--include-text', 'include source.text, the decoded text every span indexes')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(ENCODINGS).default('auto'))
    .option('-j, --jobs <n>', 'worker threads, at most the number of cores (default: one, a second for a long batch)')
    .option('--max-bytes <size>', 'skip larger files, e.g. 500K, 64M (reported as that file\'s error)', DEFAULT_MAX_BYTES)
    .option('--timeout-per-file <seconds>', 'stop a file that takes longer (0: no limit)', DEFAULT_TIMEOUT_S)
    .option('--ext <list>', `extensions taken from folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--files-from <file>', 'read input paths from <file>, one per line ("-" for standard input, processed as they arrive)')
    .option('--skip-existing', 'skip inputs whose output exists and records the same input sha256, version and options (json/yaml with --out-dir)')
    .option('--shard <k/n>', 'process only the k-th of n stable shares of the inputs (by path hash)')
    .option('-q, --quiet', 'no progress and no summary line (errors are still reported)')
    .option('--fail-fast', 'stop at the first input that fails')
    .option('--explain', 'print to stderr every candidate the rules considered: the rule that took it and its value, or why it was dropped')
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run policy-extract --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
}

class UsageError extends Error {}

/** The options, checked; throws UsageError with the line to print. */
function checkOptions(opts: Options, io: CliIo) {
  const cores = availableParallelism();
  const jobs = opts.jobs === undefined ? null : Number(opts.jobs);
  if (jobs !== null && (!Number.isInteger(jobs) || jobs < 1)) throw new UsageError(`--jobs must be a whole number of at least 1, not "${opts.jobs}"`);
  const maxBytes = parseBytes(opts.maxBytes);
  if (maxBytes === null) throw new UsageError(`--max-bytes takes a size such as 500K, 64M or 1G, not "${opts.maxBytes}"`);
  const timeout = Number(opts.timeoutPerFile);
  if (opts.timeoutPerFile.trim() === '' || !Number.isFinite(timeout) || timeout < 0) {
    throw new UsageError(`--timeout-per-file takes seconds (0 for no limit), not "${opts.timeoutPerFile}"`);
  }
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) throw new UsageError(`--shard takes k/n with 1 ≤ k ≤ n, e.g. 2/8, not "${opts.shard}"`);
  if (opts.outDir && opts.output) throw new UsageError('--out-dir and --output are alternatives: one file per input, or one stream');
  if (opts.skipExisting && !opts.outDir) throw new UsageError('--skip-existing needs --out-dir (it compares with the outputs already there)');
  if (opts.skipExisting && opts.format !== 'json' && opts.format !== 'yaml') throw new UsageError('--skip-existing works with --format json or yaml (their outputs record the input sha256)');
  const extensions = opts.ext ? parseExtensions(opts.ext) : DEFAULT_EXTENSIONS;
  if (extensions.length === 0) throw new UsageError('--ext needs at least one extension, e.g. --ext txt,html');
  const outDir = opts.outDir ? resolve(io.cwd, opts.outDir) : null;
  if (outDir && existsSync(outDir) && !statSync(outDir).isDirectory()) throw new UsageError(`--out-dir ${opts.outDir} is a file, not a folder`);
  const output = opts.output ? resolve(io.cwd, opts.output) : null;
  if (output && existsSync(output) && statSync(output).isDirectory()) {
    throw new UsageError(`--output ${opts.output} is a folder; give a file name (or use --out-dir DIR for one file per input)`);
  }
  if (opts.filesFrom !== undefined && opts.filesFrom !== '-' && !existsSync(resolve(io.cwd, opts.filesFrom))) throw new UsageError(`--files-from ${opts.filesFrom}: no such file`);
  return { cores, jobs, maxBytes, timeoutMs: timeout * 1000, shard, extensions, outDir, output };
}

type Checked = ReturnType<typeof checkOptions>;

function realOrNull(path: string | null): string | null {
  try {
    return path ? realpathSync(path) : null;
  } catch {
    return null;
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIo = processIo()): Promise<number> {
  // Loaded only for `eval`: the scorer and the gold reader (with zod) are no part of a conversion.
  if (argv[0] === 'eval') {
    await io.prestarted?.terminate();
    return (await import('./eval.js')).evalMain(argv.slice(1), io);
  }
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.code === 'commander.helpDisplayed' || err.code === 'commander.version' ? EXIT.ok : EXIT.usage;
    throw err;
  }
  const opts = program.opts<Options>();
  try {
    return await runCli(program.args, opts, io, checkOptions(opts, io));
  } catch (err) {
    if (!(err instanceof UsageError)) throw err;
    io.stderr.write(`policy-extract: ${err.message}\n(run policy-extract --help for usage)\n`);
    return EXIT.usage;
  } finally {
    // An early worker nothing took (a usage error): stopped, so the process can end.
    await io.prestarted?.terminate();
  }
}

/** The arguments as the inputs to list: the command line, then --files-from as it is read. */
function argumentList(args: string[], opts: Options, io: CliIo): AsyncIterable<string> | string[] {
  if (opts.filesFrom === undefined) return args;
  const list = readFileList(opts.filesFrom, io.cwd, io.stdin);
  return (async function* () {
    yield* args;
    yield* list;
  })();
}

/** The command-line arguments, checked against each other; throws UsageError. */
function checkArgs(cliArgs: string[], opts: Options, io: CliIo, c: Checked): string[] {
  let args = [...cliArgs];
  if (args.length === 0 && opts.filesFrom === undefined) {
    if (io.stdin.isTTY) throw new UsageError('no input files (give files or folders, or "-" to read standard input)');
    args = ['-'];
  }
  if (args.filter((a) => a === '-').length > 1) throw new UsageError('"-" (standard input) can be given only once');
  if (opts.filesFrom === '-' && args.includes('-')) throw new UsageError('"-" cannot be used with --files-from - (standard input is the file list)');
  const realOutput = realOrNull(c.output);
  if (realOutput && args.some((a) => a !== '-' && realOrNull(resolve(io.cwd, a)) === realOutput)) {
    throw new UsageError(`--output ${opts.output} is also an input; it would be overwritten`);
  }
  return args;
}

/** The worker pool (or, from the TypeScript sources, this thread), with the default's policy for a second worker. */
function makeRunner(opts: Options, io: CliIo, c: Checked, progressOf: () => { totals: BatchTotals; total: number | null } | null) {
  const settings: JobSettings = {
    format: opts.format,
    includeText: opts.includeText === true,
    encoding: opts.encoding,
    perFile: c.outDir !== null,
    colorLevel: opts.output ? 0 : colorLevel(io.env, io.stdout),
    columns: (io.stdout as { columns?: number }).columns ?? 100,
    explain: opts.explain === true,
  };
  const maxWorkers = Math.min(c.jobs ?? c.cores, c.cores);
  if (c.jobs !== null && c.jobs > c.cores && !opts.quiet) {
    io.stderr.write(`policy-extract: --jobs ${c.jobs} is more than the ${c.cores} core${c.cores === 1 ? '' : 's'} here; using ${c.cores}\n`);
  }
  const wanted = (): number => {
    const p = progressOf();
    if (c.jobs !== null) return maxWorkers;
    if (!p || p.totals.done < 2) return 1;
    const left = (p.total ?? p.totals.listed) - p.totals.done;
    return (p.totals.workSeconds / p.totals.done) * left >= SECOND_WORKER_AFTER_S ? maxWorkers : 1;
  };
  const file = workerFile();
  const runner: Runner = file ? new WorkerPool(file, { settings, maxWorkers, wanted, timeoutMs: c.timeoutMs }, io.prestarted) : new InThreadRunner(settings);
  return { runner, settings, maxWorkers };
}

/** The inputs as jobs: all listed first (--out-dir names, a JSON stream), or as they are listed. */
async function listJobs(args: string[], opts: Options, io: CliIo, c: Checked, report: Report, counts: Record<ListingProblem, number>) {
  const realOutput = realOrNull(c.output);
  const wouldBeOutput = c.output ? join(realOrNull(dirname(c.output)) ?? dirname(c.output), basename(c.output)) : null;
  const exclude = new Set([realOrNull(c.outDir), realOutput ?? wouldBeOutput].filter((p) => p !== null));
  const listed = resolveInputs(argumentList(args, opts, io), {
    cwd: io.cwd,
    extensions: c.extensions,
    exclude,
    report: (arg, reason, kind) => {
      counts[kind]++;
      report(arg, reason);
    },
  });
  const shard = c.shard;
  const inShard = (s: InputSpec): boolean => shard === null || s.path === null || shardOf(s.arg, shard.count) === shard.index;
  // --out-dir names need every input first (two notice.txt get distinct names); so does a JSON
  // stream (one document only). Otherwise inputs are processed as they are listed.
  const collect = c.outDir !== null || opts.format === 'json' || opts.format === 'html';
  const specs = collect ? (await collectInputs(listed)).filter(inShard) : null;
  if (specs && !c.outDir && specs.length > 1 && opts.format === 'html') {
    throw new UsageError(`several inputs need --out-dir DIR (one review page each, and DIR/${INDEX_FILE})`);
  }
  if (specs && !c.outDir && specs.length > 1) {
    throw new UsageError('several inputs need --out-dir DIR (one JSON file each), or --format jsonl, yaml, csv or summary');
  }
  const stdinBytes = args.includes('-') ? await readAll(io.stdin, c.maxBytes) : undefined;
  const jobs = specs ? collectedJobs(specs, c, opts.format, stdinBytes) : streamedJobs(listed, inShard, stdinBytes);
  return { jobs, total: specs ? specs.length : null };
}

type Report = (label: string, reason: string) => void;

async function runCli(cliArgs: string[], opts: Options, io: CliIo, c: Checked): Promise<number> {
  const started = performance.now();
  const args = checkArgs(cliArgs, opts, io, c);
  const counts: Record<ListingProblem, number> = { failed: 0, skipped: 0 };
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !opts.quiet);
  const report: Report = (label, reason) => {
    progress.clear();
    io.stderr.write(`policy-extract: ${printable(label)}: ${reason}\n`);
  };
  let state: { totals: BatchTotals; total: number | null } | null = null;
  const { runner, settings, maxWorkers } = makeRunner(opts, io, c, () => state);
  // The first worker loads the pipeline while the inputs are listed and read.
  runner.warm();
  let batch: Batch;
  let total: number | null;
  try {
    const listing = await listJobs(args, opts, io, c, report, counts);
    total = listing.total;
    const files = new OutputFiles(c.outDir, Object.values(EXTENSION), (p) => shownPath(io.cwd, p));
    // --format html --out-dir: what each page reported, for index.html.
    const reviewed = new Map<number, Omit<WorkReply, 'index'>>();
    const reviewing = c.outDir !== null && opts.format === 'html';
    const sink = c.outDir ? null : await openSink(io, c.output, opts.output);
    batch = new Batch({
      cwd: io.cwd,
      settings,
      format: opts.format,
      runner,
      files,
      sink,
      streamHeader: opts.format === 'csv' ? CSV_BOM + csvHeader() : '',
      maxBytes: c.maxBytes,
      skipExisting: opts.skipExisting === true,
      window: Math.max(8, maxWorkers * 4),
      failFast: opts.failFast === true,
      signal: io.signal,
      stopNow: io.stopNow,
      report,
      onReply: (job, reply) => {
        if (reply.explanation) {
          progress.clear();
          io.stderr.write(reply.explanation);
        }
        if (reviewing) reviewed.set(job.index, reply);
      },
      onProgress: (t) => progress.update({ done: t.done, total: total ?? t.listed, failed: t.failed + counts.failed, bytes: t.bytes }),
    });
    state = { totals: batch.totals, total };
    await batch.run(listing.jobs);
    if (reviewing && reviewed.size > 0 && Array.isArray(listing.jobs)) await writeIndex(c.outDir!, listing.jobs, reviewed, files, report, batch);
    // An interrupted or failed stream file is discarded whole rather than left half-written.
    await sink?.finish(!interrupted(io) && !batch.totals.fatal);
  } finally {
    await runner.close();
  }
  progress.clear();
  const failed = batch.totals.failed + counts.failed;
  if (!opts.quiet && ((total ?? batch.totals.listed) > 1 || interrupted(io))) {
    io.stderr.write(summaryLine(batch.totals, total, failed, counts.skipped, (performance.now() - started) / 1000, interrupted(io)));
  }
  if (interrupted(io)) return EXIT.interrupted;
  return failed > 0 || batch.totals.fatal ? EXIT.failed : EXIT.ok;
}

/** DIR/index.html of a review batch; a failure to write it fails the run. */
async function writeIndex(outDir: string, jobs: BatchJob[], reviewed: Map<number, Omit<WorkReply, 'index'>>, files: OutputFiles, report: Report, batch: Batch): Promise<void> {
  try {
    if ((await writeReviewIndex(outDir, jobs, reviewed, files)) === null) report(INDEX_FILE, 'not written: a page of the batch has that name');
  } catch (err) {
    batch.totals.failed++;
    report(INDEX_FILE, `cannot write: ${(err as Error).message}`);
  }
}

function interrupted(io: CliIo): boolean {
  return io.signal?.aborted === true || io.stopNow?.aborted === true;
}

/** `policy-extract: 5 ok, 1 failed, 0 skipped, 3 not started in 1.2 s (0.3 MB, 0.2 MB/s)`. */
function summaryLine(t: BatchTotals, total: number | null, failed: number, skippedListing: number, seconds: number, stopped: boolean): string {
  const mb = t.bytes / 1e6;
  const notDone = (total ?? t.listed) - t.done;
  const rate = (mb / Math.max(seconds, 1e-3)).toFixed(1);
  return `policy-extract: ${t.ok} ok, ${failed} failed, ${t.skipped + skippedListing} skipped${notDone > 0 ? `, ${notDone} not started` : ''} in ${seconds.toFixed(1)} s (${mb.toFixed(1)} MB, ${rate} MB/s)${stopped ? ' — interrupted' : ''}\n`;
}

function collectedJobs(specs: InputSpec[], c: Checked, format: Format, stdinBytes: Buffer | null | undefined): BatchJob[] {
  const names = outputNames(specs);
  return specs.map((s, index) => ({
    index,
    label: s.path === null ? '<stdin>' : s.arg,
    sourcePath: s.path === null ? null : s.arg,
    path: s.path,
    target: c.outDir ? join(c.outDir, `${names[index]}${EXTENSION[format]}`) : null,
    ...(s.path === null ? { bytes: stdinBytes ?? null } : {}),
  }));
}

async function* streamedJobs(listed: AsyncIterable<InputSpec>, inShard: (s: InputSpec) => boolean, stdinBytes: Buffer | null | undefined): AsyncGenerator<BatchJob> {
  let index = 0;
  for await (const s of listed) {
    if (!inShard(s)) continue;
    yield {
      index: index++,
      label: s.path === null ? '<stdin>' : s.arg,
      sourcePath: s.path === null ? null : s.arg,
      path: s.path,
      target: null,
      ...(s.path === null ? { bytes: stdinBytes ?? null } : {}),
    };
  }
}

/** A stream destination: stdout, or a temporary file renamed into place at the end. */
async function openSink(io: CliIo, output: string | null, given: string | undefined): Promise<Sink> {
  if (!output) return streamSink(io.stdout, 'standard output', async () => {});
  await mkdir(dirname(output), { recursive: true });
  cleanStaleTemps(dirname(output), [basename(output)]);
  const tmp = tempName(output);
  const stream = createWriteStream(tmp);
  return streamSink(stream, given!, async (keep) => {
    // After a write error the stream is destroyed rather than ended (it would never finish).
    if (keep) stream.end();
    else stream.destroy();
    await finished(stream).catch(() => {});
    if (keep) await rename(tmp, output);
    else await rm(tmp, { force: true });
  });
}

/** A sink over a stream; a write error (a full disk, a closed pipe) fails the next write too. */
function streamSink(stream: NodeJS.WritableStream, name: string, close: (keep: boolean) => Promise<void>): Sink {
  let failure: Error | null = null;
  stream.on('error', (err: Error) => (failure ??= err));
  return {
    name,
    write: async (s) => {
      if (failure) throw failure;
      await writeOut(stream, s);
      if (failure) throw failure;
    },
    finish: async (keep) => close(keep && failure === null).catch(() => {}),
  };
}

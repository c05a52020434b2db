/**
 * The command line: `policy-extract [options] <inputs...>`.
 * Exit status: 0 every document ok, 1 some input failed (the others are still
 * written), 2 usage error, 130 interrupted.
 */
import { createWriteStream } from 'node:fs';
import { rename, rm } from 'node:fs/promises';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { randomBytes } from 'node:crypto';
import { mkdir } from 'node:fs/promises';
import { Command, CommanderError, Option } from 'commander';
import type { EncodingOption } from '../types.js';
import { CSV_BOM, csvHeader } from '../emit/csv.js';
import { type CliIo, processIo, readAll, writeOut } from './io.js';
import { colorLevel } from './color.js';
import { DEFAULT_EXTENSIONS, type InputSpec, parseExtensions, parseShard, readFileList, resolveInputs, shardOf } from './inputs.js';
import { EXTENSION, FORMATS, type Format, type Job, type JobResult, type JobSettings } from './job.js';
import { outputNames } from './paths.js';
import { runPool } from './pool.js';
import { Progress } from './progress.js';
import { VERSION } from '../version.js';
import { evalMain } from './eval.js';
import { INDEX_FILE, writeReviewIndex } from './review-index.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5'] as const;

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
  explain?: boolean;
}

const EXAMPLES = `
Examples:
  $ policy-extract notice.txt                          one document as JSON on stdout
  $ policy-extract page.html --format yaml             an HTML page, as YAML
  $ policy-extract notice.pdf --format summary         a PDF (DOCX and OFD likewise; scans need OCR first)
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

Exit status: 0 all documents ok; 1 some input failed (the others are still
written); 2 usage error; 130 interrupted (finished files are kept, nothing is
half-written).`;

function buildProgram(io: CliIo): Command {
  return new Command()
    .name('policy-extract')
    .description('Turn Chinese government policy documents (text, HTML, PDF, Word DOCX or OFD; UTF-8/GB18030/UTF-16) into structured, validated data.')
    .argument('[inputs...]', 'files, folders (walked), quoted glob patterns; "-" reads one document from standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out-dir <dir>', 'write one file per input under <dir>, mirroring the inputs\' relative paths')
    .option('--output <file>', 'write the stream (jsonl, csv, yaml, summary, or one json) to <file> instead of stdout')
    .option('--include-text', 'include source.text, the decoded text every span indexes')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(ENCODINGS).default('auto'))
    .option('-j, --jobs <n>', 'worker threads (default: available cores)')
    .option('--ext <list>', `extensions taken from folders (default: ${DEFAULT_EXTENSIONS.join(',')})`)
    .option('--files-from <file>', 'read input paths from <file>, one per line ("-" for standard input)')
    .option('--skip-existing', 'skip inputs whose output exists and records the same input sha256 (json/yaml with --out-dir)')
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

function usage(io: CliIo, message: string): number {
  io.stderr.write(`policy-extract: ${message}\n(run policy-extract --help for usage)\n`);
  return EXIT.usage;
}

/** A stream destination: stdout, or a temporary file renamed into place at the end. */
interface Sink {
  write(s: string): Promise<void>;
  finish(keep: boolean): Promise<void>;
}

async function openSink(io: CliIo, output: string | undefined): Promise<Sink> {
  if (!output) return { write: (s) => writeOut(io.stdout, s), finish: async () => {} };
  const target = resolve(io.cwd, output);
  await mkdir(dirname(target), { recursive: true });
  const tmp = `${target}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  const stream = createWriteStream(tmp);
  return {
    write: (s) => writeOut(stream, s),
    finish: async (keep) => {
      await new Promise<void>((r, j) => stream.end((err?: Error | null) => (err ? j(err) : r())));
      if (keep) await rename(tmp, target);
      else await rm(tmp, { force: true });
    },
  };
}

export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIo = processIo()): Promise<number> {
  if (argv[0] === 'eval') return evalMain(argv.slice(1), io);
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) {
      if (err.code === 'commander.helpDisplayed' || err.code === 'commander.version') return EXIT.ok;
      return EXIT.usage;
    }
    throw err;
  }
  const opts = program.opts<Options>();
  const started = performance.now();

  // ---- options
  const jobsWanted = opts.jobs === undefined ? availableParallelism() : Number(opts.jobs);
  if (!Number.isInteger(jobsWanted) || jobsWanted < 1) return usage(io, `--jobs must be a whole number of at least 1, not "${opts.jobs}"`);
  const shard = opts.shard === undefined ? null : parseShard(opts.shard);
  if (opts.shard !== undefined && !shard) return usage(io, `--shard takes k/n with 1 ≤ k ≤ n, e.g. 2/8, not "${opts.shard}"`);
  if (opts.outDir && opts.output) return usage(io, '--out-dir and --output are alternatives: one file per input, or one stream');
  if (opts.skipExisting && !opts.outDir) return usage(io, '--skip-existing needs --out-dir (it compares with the outputs already there)');
  if (opts.skipExisting && opts.format !== 'json' && opts.format !== 'yaml') return usage(io, '--skip-existing works with --format json or yaml (their outputs record the input sha256)');
  const extensions = opts.ext ? parseExtensions(opts.ext) : DEFAULT_EXTENSIONS;
  if (extensions.length === 0) return usage(io, '--ext needs at least one extension, e.g. --ext txt,html');

  // ---- inputs
  let args = [...program.args];
  if (opts.filesFrom !== undefined) {
    try {
      args.push(...(await readFileList(opts.filesFrom, io.cwd, io.stdin)));
    } catch (err) {
      return usage(io, `--files-from ${opts.filesFrom}: ${(err as Error).message}`);
    }
  }
  if (args.length === 0 && opts.filesFrom === undefined) {
    if (io.stdin.isTTY) return usage(io, 'no input files (give files or folders, or "-" to read standard input)');
    args = ['-'];
  }
  if (args.filter((a) => a === '-').length > 1) return usage(io, '"-" (standard input) can be given only once');
  if (opts.filesFrom === '-' && args.includes('-')) return usage(io, '"-" cannot be used with --files-from - (standard input is the file list)');

  let failed = 0;
  let skipped = 0;
  let ok = 0;
  const progress = new Progress(io.stderr, io.stderr.isTTY === true && !opts.quiet);
  const report = (label: string, reason: string): void => {
    progress.clear();
    io.stderr.write(`policy-extract: ${label}: ${reason}\n`);
  };
  let specs: InputSpec[] = await resolveInputs(args, {
    cwd: io.cwd,
    extensions,
    report: (arg, reason) => {
      if (/loop/.test(reason)) skipped++;
      else failed++;
      report(arg, reason);
    },
  });
  if (shard) specs = specs.filter((s) => s.path === null || shardOf(s.arg, shard.count) === shard.index);

  const streamed = !opts.outDir;
  if (streamed && opts.format === 'json' && specs.length > 1) {
    return usage(io, 'several inputs need --out-dir DIR (one JSON file each), or --format jsonl, yaml, csv or summary');
  }

  if (streamed && opts.format === 'html' && specs.length > 1) {
    return usage(io, `several inputs need --out-dir DIR (one review page each, and DIR/${INDEX_FILE})`);
  }

  const outDir = opts.outDir ? resolve(io.cwd, opts.outDir) : null;
  const names = outputNames(specs);
  const stdinBytes = specs.some((s) => s.path === null) ? await readAll(io.stdin) : undefined;
  const jobs: Job[] = specs.map((s, index) => ({
    index,
    label: s.path === null ? '<stdin>' : s.arg,
    path: s.path,
    target: outDir ? join(outDir, `${names[index]}${EXTENSION[opts.format]}`) : null,
    ...(s.path === null && stdinBytes ? { bytes: stdinBytes } : {}),
  }));

  const settings: JobSettings = {
    format: opts.format,
    includeText: opts.includeText === true,
    encoding: opts.encoding,
    outDir,
    skipExisting: opts.skipExisting === true,
    colorLevel: opts.output ? 0 : colorLevel(io.env, io.stdout),
    columns: (io.stdout as { columns?: number }).columns ?? 100,
    explain: opts.explain === true,
  };

  // ---- run
  const sink = streamed ? await openSink(io, opts.output) : null;
  let emitted = 0;
  let nextToEmit = 0;
  const ready = new Map<number, JobResult>();
  const reviewed = new Map<number, JobResult>(); // --format html --out-dir: for index.html
  let bytes = 0;
  let done = 0;
  const aborted = (): boolean => io.signal?.aborted === true;
  const emit = async (r: JobResult): Promise<void> => {
    if (!sink || r.output === undefined) return;
    let prefix = '';
    if (opts.format === 'csv' && emitted === 0) prefix = CSV_BOM + csvHeader();
    if ((opts.format === 'yaml' || opts.format === 'summary') && emitted > 0) prefix = opts.format === 'yaml' ? '---\n' : '\n';
    await sink.write(prefix + r.output);
    emitted++;
  };
  await runPool(jobs, {
    jobs: Math.min(jobsWanted, Math.max(1, jobs.length)),
    window: Math.max(8, jobsWanted * 4),
    settings,
    shouldStop: () => aborted() || (opts.failFast === true && failed > 0),
    onResult: async (r) => {
      done++;
      bytes += r.bytes;
      if (r.explanation) {
        progress.clear();
        io.stderr.write(r.explanation);
      }
      if (r.status === 'failed') {
        failed++;
        report(jobs[r.index]!.label, r.error ?? 'failed');
      } else if (r.status === 'skipped') skipped++;
      else ok++;
      if (outDir && opts.format === 'html') reviewed.set(r.index, r);
      // Streamed output keeps input order whatever order the workers finish in.
      ready.set(r.index, r);
      while (ready.has(nextToEmit)) {
        const next = ready.get(nextToEmit)!;
        ready.delete(nextToEmit);
        nextToEmit++;
        await emit(next);
      }
      progress.update({ done, total: jobs.length, failed, bytes });
    },
  });
  const interrupted = aborted();
  // An interrupted stream file is discarded whole rather than left half-written.
  await sink?.finish(!interrupted);
  progress.clear();
  if (outDir && opts.format === 'html' && reviewed.size > 0) {
    try {
      if ((await writeReviewIndex(outDir, jobs, reviewed)) === null) report(INDEX_FILE, 'not written: a page of the batch has that name');
    } catch (err) {
      failed++;
      report(INDEX_FILE, `cannot write: ${(err as Error).message}`);
    }
  }

  if (!opts.quiet && (jobs.length > 1 || interrupted)) {
    const seconds = (performance.now() - started) / 1000;
    const mb = bytes / 1e6;
    const notDone = jobs.length - done;
    io.stderr.write(
      `policy-extract: ${ok} ok, ${failed} failed, ${skipped} skipped${notDone > 0 ? `, ${notDone} not started` : ''} in ${seconds.toFixed(1)} s (${mb.toFixed(1)} MB, ${(mb / Math.max(seconds, 1e-3)).toFixed(1)} MB/s)${interrupted ? ' — interrupted' : ''}\n`,
    );
  }
  if (interrupted) return EXIT.interrupted;
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

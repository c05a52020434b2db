/**
 * The command line: `policy-extract [options] <inputs...>`.
 * Exit status: 0 every document ok, 1 some input failed (the others are still
 * written), 2 usage error, 130 interrupted.
 */
import { readFile, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { outputNames } from './paths.js';
import { Command, CommanderError, Option } from 'commander';
import { InputError, ValidationError } from '../errors.js';
import { extractDocument } from '../pipeline.js';
import type { EncodingOption, PolicyDocument } from '../types.js';
import { toJson } from '../emit/json.js';
import { toYaml } from '../emit/yaml.js';
import { CSV_BOM, csvHeader, toCsv, toCsvRows } from '../emit/csv.js';
import { toSummary } from '../emit/summary.js';
import { chalkFor } from './color.js';
import { Chalk } from 'chalk';
import { type CliIo, processIo, readAll, writeFileAtomic, writeOut } from './io.js';
import { VERSION } from '../version.js';

export const EXIT = { ok: 0, failed: 1, usage: 2, interrupted: 130 } as const;

const FORMATS = ['json', 'yaml', 'csv', 'summary'] as const;
type Format = (typeof FORMATS)[number];
const ENCODINGS = ['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5'] as const;
const EXTENSION: Record<Format, string> = { json: '.json', yaml: '.yaml', csv: '.csv', summary: '.summary.txt' };

interface Options {
  format: Format;
  outDir?: string;
  includeText?: boolean;
  encoding: EncodingOption;
}

const EXAMPLES = `
Examples:
  $ policy-extract notice.txt                          one document as JSON on stdout
  $ policy-extract page.html --format yaml             an HTML page, as YAML
  $ policy-extract *.txt --out-dir out/                one out/<name>.json per input
  $ policy-extract *.txt --format csv > tasks.csv      every task of every input, for Excel
  $ policy-extract notice.txt --format summary         title, sections and a task table for reading
  $ policy-extract gbk-notice.txt --encoding gb18030   force the decoder
  $ cat notice.txt | policy-extract -                  read standard input

Exit status: 0 all documents ok; 1 some input failed (the others are still
written); 2 usage error; 130 interrupted.`;

function buildProgram(io: CliIo): Command {
  const program = new Command()
    .name('policy-extract')
    .description('Turn Chinese government policy documents (text or HTML, UTF-8/GB18030/UTF-16) into structured, validated JSON.')
    .argument('[inputs...]', 'files to read; "-" reads standard input')
    .addOption(new Option('-f, --format <format>', 'output format').choices(FORMATS).default('json'))
    .option('-o, --out-dir <dir>', 'write <dir>/<input name>.<format> for each input instead of printing')
    .option('--include-text', 'include source.text, the decoded text every span indexes')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(ENCODINGS).default('auto'))
    .version(VERSION, '-V, --version')
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run policy-extract --help for usage)')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout.write(s),
      writeErr: (s) => io.stderr.write(s),
    });
  return program;
}

interface InputItem {
  /** As given on the command line; "-" for standard input. */
  arg: string;
  path: string | null;
  outName: string;
}

/** A whole file for one document (--out-dir). */
function renderFile(doc: PolicyDocument, format: Format): string {
  if (format === 'yaml') return toYaml(doc);
  if (format === 'csv') return toCsv(doc);
  if (format === 'summary') return toSummary(doc, { chalk: new Chalk({ level: 0 }) });
  return toJson(doc);
}

/** The part of a stream for the n-th document written to stdout: YAML documents are separated, CSV has one header. */
function renderStreamed(doc: PolicyDocument, format: Format, n: number, io: CliIo): string {
  if (format === 'yaml') return n === 0 ? toYaml(doc) : `---\n${toYaml(doc)}`;
  if (format === 'csv') return (n === 0 ? CSV_BOM + csvHeader() : '') + toCsvRows(doc);
  if (format === 'summary') {
    const columns = (io.stdout as { columns?: number }).columns;
    return (n === 0 ? '' : '\n') + toSummary(doc, { chalk: chalkFor(io.env, io.stdout), width: columns ?? 100 });
  }
  return toJson(doc);
}

function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err instanceof ValidationError) return `internal error: ${err.message}`;
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `internal error: ${e?.message ?? String(err)}`;
  }
}

export async function main(argv: readonly string[] = process.argv.slice(2), io: CliIo = processIo()): Promise<number> {
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
  let args = program.args;
  if (args.length === 0) {
    if (io.stdin.isTTY) {
      io.stderr.write('policy-extract: no input files (give file names, or "-" to read standard input)\n');
      io.stderr.write('(run policy-extract --help for usage)\n');
      return EXIT.usage;
    }
    args = ['-'];
  }
  if (!opts.outDir && args.length > 1 && opts.format === 'json') {
    io.stderr.write('policy-extract: several inputs need --out-dir DIR (one JSON file each), or --format yaml, csv or summary\n');
    return EXIT.usage;
  }

  const resolved = args.map((arg) => ({ arg, path: arg === '-' ? null : isAbsolute(arg) ? arg : resolve(io.cwd, arg), root: null }));
  const names = outputNames(resolved);
  const items: InputItem[] = resolved.map((r, i) => ({ arg: r.arg, path: r.path, outName: names[i]! }));

  let failed = 0;
  let streamed = 0;
  for (const item of items) {
    const label = item.arg === '-' ? '<stdin>' : item.arg;
    let doc: PolicyDocument;
    try {
      let bytes: Buffer;
      if (item.path === null) bytes = await readAll(io.stdin);
      else {
        const st = await stat(item.path);
        if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
        bytes = await readFile(item.path);
      }
      doc = extractDocument(bytes, {
        encoding: opts.encoding,
        path: item.path === null ? null : item.arg,
        includeText: opts.includeText === true,
      });
    } catch (err) {
      failed++;
      io.stderr.write(`policy-extract: ${label}: ${describeError(err)}\n`);
      continue;
    }
    if (opts.outDir) {
      const out = renderFile(doc, opts.format);
      const target = join(resolve(io.cwd, opts.outDir), `${item.outName}${EXTENSION[opts.format]}`);
      try {
        await writeFileAtomic(target, out);
      } catch (err) {
        failed++;
        io.stderr.write(`policy-extract: ${label}: cannot write ${target}: ${(err as Error).message}\n`);
      }
    } else {
      await writeOut(io.stdout, renderStreamed(doc, opts.format, streamed, io));
      streamed++;
    }
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

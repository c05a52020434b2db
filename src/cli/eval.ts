/**
 * `policy-extract eval --gold DIR INPUTS…`: how well the extractor does on documents someone
 * annotated by hand. Every input whose file name has a gold file in DIR
 * (`<file name>.gold.yaml`, see docs/annotation-guide.md) is extracted and scored; the report
 * gives each document's figures, each field's precision, recall and F1, and the headline.
 * Exit status: 0; 1 when the headline is below --min, or an input or gold file failed; 2 usage.
 */
import { readdir, readFile } from 'node:fs/promises';
import { basename, join, resolve } from 'node:path';
import { Command, CommanderError, Option } from 'commander';
import type { EncodingOption, PolicyDocument } from '../types.js';
import { extract as extractAny } from '../pipeline.js';
import { type Gold, GoldError, GOLD_SUFFIX, parseGold } from '../eval/gold.js';
import { type DocumentScore, scoreDocument, summarize } from '../eval/report.js';
import { renderJson, renderReport } from '../eval/render.js';
import { collectInputs, DEFAULT_EXTENSIONS, resolveInputs } from './inputs.js';
import type { CliIo } from './io.js';
import { describeError } from './settings.js';

const EXIT = { ok: 0, failed: 1, usage: 2 } as const;

interface EvalOptions {
  gold: string;
  verbose?: boolean;
  json?: boolean;
  min?: string;
  encoding: EncodingOption;
}

const EXAMPLES = `
Examples:
  $ policy-extract eval --gold fixtures/gold fixtures/seeds            the bundled seeds
  $ policy-extract eval --gold my-gold/ archive/ --verbose              every miss and extra listed
  $ policy-extract eval --gold my-gold/ archive/ --json > scores.json
  $ policy-extract eval --gold my-gold/ archive/ --min 0.9              CI: exit 1 below 0.9

Scored: the inputs (files, folders, globs) whose file name has a gold file
<file name>.gold.yaml in the gold folder. Matching is one to one; a gold value
written as a list means any of its values; optional gold items are allowed, not
required. The headline, "fields F1", is the mean of the metadata accuracy and
of each field's F1 pooled over the documents; --min compares with it.`;

function buildProgram(io: CliIo): Command {
  return new Command()
    .name('policy-extract eval')
    .description('Score the extractor against gold annotations (one <file name>.gold.yaml per document).')
    .argument('<inputs...>', 'the annotated documents: files, folders (walked), quoted glob patterns')
    .requiredOption('--gold <dir>', 'folder of gold files, <document file name>.gold.yaml')
    .option('--verbose', 'list each document\'s misses and extras')
    .option('--json', 'print the scores as JSON')
    .option('--min <f1>', 'exit 1 when the headline (fields F1) is below this, e.g. 0.9')
    .addOption(new Option('--encoding <encoding>', 'input encoding').choices(['auto', 'utf-8', 'gb18030', 'utf-16le', 'utf-16be', 'big5']).default('auto'))
    .addHelpText('after', EXAMPLES)
    .showHelpAfterError('(run policy-extract eval --help for usage)')
    .exitOverride()
    .configureOutput({ writeOut: (s) => io.stdout.write(s), writeErr: (s) => io.stderr.write(s) });
}

/** The gold files of a folder, in file-name order; unusable ones are reported and left out. */
async function readGoldFolder(dir: string, report: (file: string, reason: string) => void): Promise<Array<Gold & { doc: string }>> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(GOLD_SUFFIX)).sort();
  const out: Array<Gold & { doc: string }> = [];
  for (const name of names) {
    try {
      out.push(parseGold(await readFile(join(dir, name), 'utf8'), name));
    } catch (err) {
      report(join(dir, name), err instanceof GoldError ? err.message : describeError(err));
    }
  }
  return out;
}

async function extract(path: string, label: string, encoding: EncodingOption): Promise<{ doc: PolicyDocument | null; error: string | null }> {
  try {
    return { doc: await extractAny(await readFile(path), { path: label, encoding, includeText: true }), error: null };
  } catch (err) {
    return { doc: null, error: describeError(err) };
  }
}

function parseArgs(argv: readonly string[], io: CliIo): { opts: EvalOptions; args: string[] } | number {
  const program = buildProgram(io);
  try {
    program.parse([...argv], { from: 'user' });
  } catch (err) {
    if (err instanceof CommanderError) return err.code === 'commander.helpDisplayed' ? EXIT.ok : EXIT.usage;
    throw err;
  }
  return { opts: program.opts<EvalOptions>(), args: program.args };
}

export async function evalMain(argv: readonly string[], io: CliIo): Promise<number> {
  const parsed = parseArgs(argv, io);
  if (typeof parsed === 'number') return parsed;
  const { opts, args } = parsed;
  const usage = (message: string): number => {
    io.stderr.write(`policy-extract: eval: ${message}\n(run policy-extract eval --help for usage)\n`);
    return EXIT.usage;
  };
  const min = opts.min === undefined ? null : Number(opts.min);
  if (min !== null && !(min >= 0 && min <= 1)) return usage(`--min takes a number from 0 to 1, not "${opts.min}"`);
  let failed = 0;
  const report = (label: string, reason: string): void => {
    failed++;
    io.stderr.write(`policy-extract: ${label}: ${reason}\n`);
  };
  const goldDir = resolve(io.cwd, opts.gold);
  let golds: Array<Gold & { doc: string }>;
  try {
    golds = await readGoldFolder(goldDir, report);
  } catch (err) {
    return usage(`--gold ${opts.gold}: ${describeError(err)}`);
  }
  const inputs = (await collectInputs(resolveInputs(args, { cwd: io.cwd, extensions: DEFAULT_EXTENSIONS, report }))).filter((s) => s.path !== null);
  const byName = new Map<string, (typeof inputs)[number]>();
  for (const s of inputs) if (!byName.has(basename(s.path!))) byName.set(basename(s.path!), s);

  const scored: DocumentScore[] = [];
  const noInput: string[] = [];
  for (const gold of golds) {
    const input = byName.get(gold.doc);
    if (!input) {
      noInput.push(gold.doc);
      continue;
    }
    const { doc, error } = await extract(input.path!, input.arg, opts.encoding);
    if (error !== null) report(input.arg, error);
    scored.push(scoreDocument(gold, doc, error));
  }
  if (scored.length === 0) return usage(`no input has a gold file in ${opts.gold} (gold files are named <input file name>${GOLD_SUFFIX})`);
  const goldNames = new Set(golds.map((g) => g.doc));
  const unscored = inputs.filter((s) => !goldNames.has(basename(s.path!))).length;
  if (noInput.length > 0) io.stderr.write(`policy-extract: eval: ${noInput.length} gold file(s) have no input, not scored: ${noInput.slice(0, 5).join(', ')}${noInput.length > 5 ? ', …' : ''}\n`);
  if (unscored > 0) io.stderr.write(`policy-extract: eval: ${unscored} input(s) have no gold file, not scored\n`);

  const summary = summarize(scored);
  io.stdout.write(opts.json ? renderJson(scored, summary) : renderReport(scored, summary, opts.verbose === true));
  if (min !== null && summary.fieldsF1 < min) {
    io.stderr.write(`policy-extract: eval: fields F1 ${summary.fieldsF1.toFixed(3)} is below --min ${min}\n`);
    return EXIT.failed;
  }
  return failed > 0 ? EXIT.failed : EXIT.ok;
}

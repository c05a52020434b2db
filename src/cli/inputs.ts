/**
 * Inputs of a run: files, directories (walked recursively, by extension),
 * quoted glob patterns, paths listed in a file (--files-from), and "-" for a
 * document on stdin. Only paths are collected, never contents, so memory does
 * not grow with the archive; they are yielded as they are found, so a list read
 * from a pipe starts work before the pipe closes. Unreadable entries and broken
 * links are reported as failures, a folder reached twice by a link as skipped.
 */
import { createReadStream } from 'node:fs';
import { lstat, readdir, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { createInterface } from 'node:readline';

export interface InputSpec {
  /** As the user gave it (or as listed); "-" for stdin. */
  arg: string;
  /** Absolute path; null for stdin. */
  path: string | null;
  /** The walked folder a file was found in (its output name starts from there); null for a file argument. */
  root: string | null;
}

export const DEFAULT_EXTENSIONS = ['.txt', '.text', '.htm', '.html', '.pdf', '.docx', '.ofd'];

/** `txt,html` / `.txt .md` → ['.txt', '.html']. */
export function parseExtensions(value: string): string[] {
  return value
    .split(/[\s,]+/)
    .filter((e) => e !== '')
    .map((e) => (e.startsWith('.') ? e : `.${e}`).toLowerCase());
}

/** A problem found while listing: `failed` counts as a failed input, `skipped` does not. */
export type ListingProblem = 'failed' | 'skipped';

export interface ResolveOptions {
  cwd: string;
  extensions: readonly string[];
  /** Called once per problem found while listing (unreadable folder, broken link, no match). */
  report: (arg: string, reason: string, kind: ListingProblem) => void;
  /**
   * Real paths never taken from a walked folder: the --out-dir and --output of this run, so an
   * output folder inside the input folder is not read back as input.
   */
  exclude?: ReadonlySet<string>;
}

/** .txt, .text, .htm or .html */
function listExtensions(extensions: readonly string[]): string {
  return extensions.length === 1 ? extensions[0]! : `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

/**
 * Walk a folder in sorted order (the same files in the same order on every machine).
 * Returns false when the folder itself could not be read (already reported).
 */
async function* walk(dir: string, root: string, opts: ResolveOptions, seen: Set<string>, display: string): AsyncGenerator<InputSpec, boolean> {
  let real: string;
  let entries: string[];
  try {
    real = await realpath(dir);
    if (seen.has(real)) {
      opts.report(display, 'symbolic link loop (folder already visited); skipped', 'skipped');
      return true;
    }
    seen.add(real);
    entries = (await readdir(dir)).sort();
  } catch (err) {
    opts.report(display, describe(err), 'failed');
    return false;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st;
    try {
      st = await stat(full);
    } catch (err) {
      const link = await lstat(full).catch(() => null);
      const code = (err as NodeJS.ErrnoException).code;
      opts.report(join(display, name), link?.isSymbolicLink() && code === 'ENOENT' ? 'broken symbolic link (its target does not exist)' : describe(err), 'failed');
      continue;
    }
    if (st.isDirectory()) {
      if (opts.exclude?.has(await realpath(full).catch(() => full))) continue;
      yield* walk(full, root, opts, seen, join(display, name));
    } else if (st.isFile() && hasExtension(name, opts.extensions)) {
      if (opts.exclude?.size && opts.exclude.has(await realpath(full).catch(() => full))) continue;
      yield { arg: join(display, name), path: full, root };
    }
  }
  return true;
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; skipped';
  if (code === 'ELOOP') return 'symbolic link loop; skipped';
  if (code === 'ENOENT') return 'no such file or folder';
  return `${(err as Error)?.message ?? String(err)}; skipped`;
}

// Characters without which tinyglobby's isDynamicPattern is false: * ? [ ] { } ( ) !
const GLOB_CHARS = /[*?[\]{}()!]/;

/** One command-line argument (or --files-from line) → the inputs it names. */
async function* expand(arg: string, opts: ResolveOptions, seen: Set<string>): AsyncGenerator<InputSpec> {
  if (arg === '-') {
    yield { arg, path: null, root: null };
    return;
  }
  const full = isAbsolute(arg) ? arg : resolve(opts.cwd, arg);
  const st = await stat(full).catch(() => null);
  if (st?.isDirectory()) {
    let found = 0;
    const walker = walk(full, full, opts, seen, arg);
    let step = await walker.next();
    for (; !step.done; step = await walker.next()) {
      found++;
      yield step.value;
    }
    // A folder that could not be read was reported already: once, not twice.
    if (found === 0 && step.value) opts.report(arg, `no ${listExtensions(opts.extensions)} files in this folder`, 'failed');
    return;
  }
  // An existing path is taken literally: 通知(2024)[1].txt is not a pattern.
  // tinyglobby is loaded only for an argument that may be a pattern (most runs give none).
  const globber = !st && GLOB_CHARS.test(arg) ? await import('tinyglobby') : null;
  if (globber?.isDynamicPattern(arg)) {
    const matches = (await globber.glob(arg, { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: false })).sort();
    if (matches.length === 0) opts.report(arg, 'no files match this pattern', 'failed');
    for (const m of matches) yield { arg: m, path: m, root: null };
    return;
  }
  // Files (and missing paths, which fail later with one clear line).
  yield { arg, path: full, root: null };
}

/** Expand command-line arguments (and --files-from lines, as they arrive) into inputs, in order. */
export async function* resolveInputs(args: Iterable<string> | AsyncIterable<string>, opts: ResolveOptions): AsyncGenerator<InputSpec> {
  const seen = new Set<string>();
  for await (const arg of args) yield* expand(arg, opts, seen);
}

/** Every input, collected (--out-dir names need all of them before the first is written). */
export async function collectInputs(inputs: AsyncIterable<InputSpec>): Promise<InputSpec[]> {
  const out: InputSpec[] = [];
  for await (const spec of inputs) out.push(spec);
  return out;
}

/**
 * Paths listed one per line in a file, or on stdin for "-" (blank lines and # comments skipped),
 * yielded line by line as they are read.
 */
export async function* readFileList(source: string, cwd: string, stdin: NodeJS.ReadableStream): AsyncGenerator<string> {
  const input = source === '-' ? stdin : createReadStream(isAbsolute(source) ? source : resolve(cwd, source));
  for await (const raw of createInterface({ input, crlfDelay: Infinity })) {
    const line = raw.trim();
    if (line !== '' && !line.startsWith('#')) yield line;
  }
}

/** FNV-1a over the UTF-8 path: the same shard on every machine and every run. */
export function shardOf(path: string, count: number): number {
  let h = 0x811c9dc5;
  for (const b of Buffer.from(path, 'utf8')) {
    h ^= b;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count;
}

/** `2/4` → {index: 1, count: 4} (1-based on the command line). */
export function parseShard(value: string): { index: number; count: number } | null {
  const m = /^(\d+)\/(\d+)$/.exec(value.trim());
  if (!m) return null;
  const k = Number(m[1]);
  const n = Number(m[2]);
  if (n < 1 || k < 1 || k > n) return null;
  return { index: k - 1, count: n };
}

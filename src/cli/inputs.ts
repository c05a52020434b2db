/**
 * Inputs of a run: files, directories (walked recursively, by extension),
 * quoted glob patterns, paths listed in a file (--files-from), and "-" for a
 * document on stdin. Only paths are collected, never contents, so memory does
 * not grow with the archive. Unreadable entries and symlink loops are reported,
 * not fatal.
 */
import { lstat, readdir, readFile, realpath, stat } from 'node:fs/promises';
import { isAbsolute, join, resolve } from 'node:path';
import { glob, isDynamicPattern } from 'tinyglobby';

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

export interface ResolveOptions {
  cwd: string;
  extensions: readonly string[];
  /** Called once per problem found while listing (unreadable folder, symlink loop, no match). */
  report: (arg: string, reason: string) => void;
}

/** .txt, .text, .htm or .html */
function listExtensions(extensions: readonly string[]): string {
  return extensions.length === 1 ? extensions[0]! : `${extensions.slice(0, -1).join(', ')} or ${extensions[extensions.length - 1]}`;
}

function hasExtension(name: string, extensions: readonly string[]): boolean {
  const lower = name.toLowerCase();
  return extensions.some((e) => lower.endsWith(e));
}

/** Walk a folder in sorted order (the same files in the same order on every machine). */
async function walk(dir: string, root: string, opts: ResolveOptions, seen: Set<string>, out: InputSpec[], display: string): Promise<void> {
  let real: string;
  try {
    real = await realpath(dir);
  } catch (err) {
    opts.report(display, describe(err));
    return;
  }
  if (seen.has(real)) {
    opts.report(display, 'symbolic link loop (folder already visited); skipped');
    return;
  }
  seen.add(real);
  let entries: string[];
  try {
    entries = (await readdir(dir)).sort();
  } catch (err) {
    opts.report(display, describe(err));
    return;
  }
  for (const name of entries) {
    if (name.startsWith('.')) continue;
    const full = join(dir, name);
    let st;
    try {
      st = await stat(full);
    } catch (err) {
      const link = await lstat(full).catch(() => null);
      opts.report(join(display, name), link?.isSymbolicLink() ? 'broken or looping symbolic link; skipped' : describe(err));
      continue;
    }
    if (st.isDirectory()) await walk(full, root, opts, seen, out, join(display, name));
    else if (st.isFile() && hasExtension(name, opts.extensions)) out.push({ arg: join(display, name), path: full, root });
  }
}

function describe(err: unknown): string {
  const code = (err as NodeJS.ErrnoException)?.code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied; skipped';
  if (code === 'ELOOP') return 'symbolic link loop; skipped';
  if (code === 'ENOENT') return 'no such file or folder';
  return `${(err as Error)?.message ?? String(err)}; skipped`;
}

/** Expand command-line arguments (and --files-from lines) into the list of inputs. */
export async function resolveInputs(args: readonly string[], opts: ResolveOptions): Promise<InputSpec[]> {
  const out: InputSpec[] = [];
  const seen = new Set<string>();
  for (const arg of args) {
    if (arg === '-') {
      out.push({ arg, path: null, root: null });
      continue;
    }
    const full = isAbsolute(arg) ? arg : resolve(opts.cwd, arg);
    const st = await stat(full).catch(() => null);
    if (st?.isDirectory()) {
      const before = out.length;
      await walk(full, full, opts, seen, out, arg);
      if (out.length === before) opts.report(arg, `no ${listExtensions(opts.extensions)} files in this folder`);
      continue;
    }
    // An existing path is taken literally: 通知(2024)[1].txt is not a pattern.
    if (!st && isDynamicPattern(arg)) {
      const matches = (await glob(arg, { cwd: opts.cwd, absolute: true, onlyFiles: true, dot: false })).sort();
      if (matches.length === 0) opts.report(arg, 'no files match this pattern');
      for (const m of matches) out.push({ arg: m, path: m, root: null });
      continue;
    }
    // Files (and missing paths, which fail later with one clear line).
    out.push({ arg, path: full, root: null });
  }
  return out;
}

/** Paths listed one per line in a file, or on stdin for "-" (blank lines and # comments skipped). */
export async function readFileList(source: string, cwd: string, stdin: NodeJS.ReadableStream): Promise<string[]> {
  let text: string;
  if (source === '-') {
    const chunks: Buffer[] = [];
    for await (const c of stdin) chunks.push(typeof c === 'string' ? Buffer.from(c) : (c as Buffer));
    text = Buffer.concat(chunks).toString('utf8');
  } else {
    text = await readFile(isAbsolute(source) ? source : resolve(cwd, source), 'utf8');
  }
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'));
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

/** The CLI's side of the world (injected so tests can run it in-process), and its file writes. */
import { createHash, randomBytes } from 'node:crypto';
import { mkdirSync, readdirSync, realpathSync, rename, rmSync, statSync, unlinkSync, writeFile } from 'node:fs';
import { hostname } from 'node:os';
import { basename, dirname, join, relative, sep } from 'node:path';
import { promisify } from 'node:util';

// The callback API through promisify: the write runs on libuv's thread pool, overlapping with
// extraction, without the FileHandle object the fs/promises API creates (and finalises) per file.
const writeFileAsync = promisify(writeFile);
const renameAsync = promisify(rename);

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on the first SIGINT: no new inputs are started, finished outputs are kept. */
  signal?: AbortSignal;
  /** Aborted on a second SIGINT (or SIGTERM): stop at once, remove what is half-written. */
  stopNow?: AbortSignal;
  /** A worker the launcher started before the CLI loaded (see prestart.ts); the pool takes it. */
  prestarted?: import('node:worker_threads').Worker;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

/** Read a whole stream; null as soon as it holds more than `limit` bytes. */
export async function readAll(stream: NodeJS.ReadableStream, limit = Infinity): Promise<Buffer | null> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of stream) {
    const b = typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer);
    size += b.byteLength;
    if (size > limit) return null;
    chunks.push(b);
  }
  return Buffer.concat(chunks);
}

// Temporary names: <target>.<pid>.<host tag><random>.tmp. The host tag (from the host name) lets a
// later run tell its own machine's leftovers, whose writer it can check for, from those of another
// machine writing to the same shared folder, which are only removed once they are old.
const HOST_TAG = createHash('sha256').update(hostname()).digest('hex').slice(0, 4);
const TEMP_NAME = /^(.+)\.(\d{1,10})\.([0-9a-f]{4})[0-9a-f]{4}\.tmp$/;
const STALE_MS = 3600_000;

export function tempName(target: string): string {
  return `${target}.${process.pid}.${HOST_TAG}${randomBytes(2).toString('hex')}.tmp`;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (err) {
    return (err as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Remove the temporary files an earlier, killed run left in `dir`: names of our pattern whose
 * target has one of `suffixes`, written by a process of this machine that is gone, or older than
 * an hour. A live run's files (this one's, another's) are left alone.
 */
export function cleanStaleTemps(dir: string, suffixes: readonly string[]): void {
  let names: string[];
  try {
    names = readdirSync(dir);
  } catch {
    return;
  }
  for (const name of names) {
    const m = TEMP_NAME.exec(name);
    if (!m || !suffixes.some((s) => m[1]!.endsWith(s))) continue;
    const pid = Number(m[2]);
    const path = join(dir, name);
    try {
      const gone = m[3] === HOST_TAG && pid !== process.pid && !alive(pid);
      if (gone || Date.now() - statSync(path).mtimeMs > STALE_MS) unlinkSync(path);
    } catch {
      // gone already, or not ours to remove
    }
  }
}

/**
 * Where a run writes: the output folders made so far (each made, checked and cleaned of stale
 * temporary files once), and the temporary files being written now, removed at once when the
 * run is stopped.
 */
export class OutputFiles {
  private readonly folders = new Map<string, string | null>();
  readonly writing = new Set<string>();

  /**
   * `root`: the --out-dir; a folder below it that leads outside (a symbolic link) is refused.
   * `shown`: a path as messages show it.
   */
  constructor(
    private readonly root: string | null,
    private readonly suffixes: readonly string[],
    private readonly shown: (path: string) => string = (p) => p,
  ) {}

  /** Make the target's folder; an error message when it must not be written into. */
  prepare(target: string): string | null {
    const dir = dirname(target);
    const known = this.folders.get(dir);
    if (known !== undefined) return known;
    mkdirSync(dir, { recursive: true });
    let problem: string | null = null;
    if (this.root) {
      const realRoot = realpathSync(this.root);
      const real = realpathSync(dir);
      if (real !== realRoot && !real.startsWith(realRoot + sep)) problem = `${this.shown(outsideLink(this.root, dir))} is a symbolic link leading outside --out-dir; not written`;
    }
    if (!problem) cleanStaleTemps(dir, this.suffixes);
    this.folders.set(dir, problem);
    return problem;
  }

  /** Write a file atomically: a temporary file in the same folder, then a rename. */
  async write(target: string, data: string | Uint8Array): Promise<void> {
    const tmp = tempName(target);
    this.writing.add(tmp);
    try {
      await writeFileAsync(tmp, data);
      await renameAsync(tmp, target);
    } catch (err) {
      rmSync(tmp, { force: true });
      // The folder went away since it was made: make it again, once.
      if ((err as NodeJS.ErrnoException).code === 'ENOENT' && this.folders.delete(dirname(target))) {
        this.writing.delete(tmp);
        if (this.prepare(target) === null) return this.write(target, data);
      }
      throw err;
    } finally {
      this.writing.delete(tmp);
    }
  }

  /** Remove every temporary file still being written (a run stopped at once). */
  discard(): void {
    for (const tmp of this.writing) rmSync(tmp, { force: true });
    this.writing.clear();
  }
}

/** The first folder on the way from `root` to `dir` that is a symbolic link (for the message). */
function outsideLink(root: string, dir: string): string {
  let at = root;
  for (const part of relative(root, dir).split(sep)) {
    at = join(at, part);
    try {
      if (realpathSync(at) !== join(realpathSync(dirname(at)), basename(at))) return at;
    } catch {
      break;
    }
  }
  return dir;
}

/**
 * Write to a stream; resolves once the stream has taken the data (at once, or on 'drain'),
 * rejects when the write fails. A failure noticed after resolving reaches the stream's 'error'
 * listeners, which the caller keeps (see the stream sink in main.ts).
 */
export function writeOut(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(data, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}

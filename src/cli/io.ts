/** The CLI's side of the world, injected so tests can run it in-process. */
import { randomBytes } from 'node:crypto';
import { mkdirSync, rename, rmSync, writeFile } from 'node:fs';
import { promisify } from 'node:util';

// The callback API through promisify: the write runs on libuv's thread pool, overlapping with
// extraction, without the FileHandle object the fs/promises API creates (and finalises) per file.
const writeFileAsync = promisify(writeFile);
const renameAsync = promisify(rename);
import { dirname } from 'node:path';

export interface CliIo {
  stdin: NodeJS.ReadableStream & { isTTY?: boolean };
  stdout: NodeJS.WritableStream & { isTTY?: boolean };
  stderr: NodeJS.WritableStream & { isTTY?: boolean };
  env: NodeJS.ProcessEnv;
  cwd: string;
  /** Aborted on SIGINT: no new inputs are started, finished outputs are kept. */
  signal?: AbortSignal;
}

export function processIo(): CliIo {
  return { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr, env: process.env, cwd: process.cwd() };
}

export async function readAll(stream: NodeJS.ReadableStream): Promise<Buffer> {
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(typeof chunk === 'string' ? Buffer.from(chunk) : (chunk as Buffer));
  return Buffer.concat(chunks);
}

/**
 * Write a file atomically: a temporary file in the same folder, then a rename.
 * A run interrupted at any point leaves either the old file or the new one, never half of one.
 */
/**
 * Write a file atomically: a temporary file in the same folder, then a rename.
 * A run interrupted at any point leaves either the old file or the new one, never half of one.
 * `madeDirs` remembers folders already made in this run (a batch writes thousands of files into few folders).
 */
export async function writeFileAtomic(path: string, data: string | Uint8Array, madeDirs?: Set<string>): Promise<void> {
  const dir = dirname(path);
  if (!madeDirs?.has(dir)) {
    mkdirSync(dir, { recursive: true });
    madeDirs?.add(dir);
  }
  const tmp = `${path}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFileAsync(tmp, data);
    await renameAsync(tmp, path);
  } catch (err) {
    rmSync(tmp, { force: true });
    // The folder went away since it was made: make it again, once.
    if ((err as NodeJS.ErrnoException).code === 'ENOENT' && madeDirs?.has(dir)) {
      madeDirs.delete(dir);
      return writeFileAtomic(path, data, madeDirs);
    }
    throw err;
  }
}

/** Write to a stream and wait until it has been handed to the OS (back-pressure aware). */
export function writeOut(stream: NodeJS.WritableStream, data: string): Promise<void> {
  return new Promise((resolve, reject) => {
    const ok = stream.write(data, (err) => (err ? reject(err) : undefined));
    if (ok) resolve();
    else stream.once('drain', () => resolve());
  });
}

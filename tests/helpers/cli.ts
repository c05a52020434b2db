/** Run the CLI in-process with in-memory standard streams. */
import { PassThrough } from 'node:stream';
import { main } from '../../src/cli/main.js';
import type { CliIo } from '../../src/cli/io.js';

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

function collect(stream: PassThrough): () => string {
  const chunks: Buffer[] = [];
  stream.on('data', (c: Buffer | string) => chunks.push(typeof c === 'string' ? Buffer.from(c) : c));
  return () => Buffer.concat(chunks).toString('utf8');
}

export async function runCli(args: string[], cwd: string = process.cwd()): Promise<RunResult> {
  const stdin = Object.assign(new PassThrough(), { isTTY: false });
  stdin.end();
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  const out = collect(stdout);
  const err = collect(stderr);
  const io: CliIo = { stdin, stdout, stderr, env: {}, cwd };
  const code = await main(args, io);
  stdout.end();
  stderr.end();
  return { code, stdout: out(), stderr: err() };
}

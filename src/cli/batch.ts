/**
 * A batch: inputs in, outputs out. The main thread lists, checks and reads the inputs and writes
 * the outputs (so it stays responsive to Ctrl-C and to dying workers); the workers extract and
 * render. A job is started only within `window` places of the oldest one not yet finished, and
 * only while the bytes in flight fit the budget, so memory stays bounded however large the batch,
 * and a stream is written in input order whatever order the workers finish in.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync, type Stats } from 'node:fs';
import { open, readFile } from 'node:fs/promises';
import { isAbsolute, relative } from 'node:path';
import { describeError, type Format, type JobSettings, producerOf, type WorkReply } from './settings.js';
import type { OutputFiles } from './io.js';
import type { Runner } from './pool.js';
import { formatBytes } from './text.js';

export interface BatchJob {
  index: number;
  /** For messages: the path as given ("<stdin>" for standard input). */
  label: string;
  /** source.path: the path as given; null for standard input. */
  sourcePath: string | null;
  path: string | null;
  /** Absolute output file (with --out-dir). */
  target: string | null;
  /** Standard input, read by the main thread; null when it was larger than --max-bytes. */
  bytes?: Uint8Array | null;
}

/** Where a stream goes: stdout, or a temporary file renamed into place at the end. */
export interface Sink {
  /** For messages: "standard output" or the --output name. */
  name: string;
  write(s: string): Promise<void>;
  finish(keep: boolean): Promise<void>;
}

export interface BatchOptions {
  cwd: string;
  settings: JobSettings;
  format: Format;
  runner: Runner;
  files: OutputFiles;
  sink: Sink | null;
  /** Written before the first document of a stream (the CSV header). */
  streamHeader: string;
  maxBytes: number;
  skipExisting: boolean;
  window: number;
  failFast: boolean;
  /** First Ctrl-C: start nothing new. */
  signal?: AbortSignal;
  /** Second Ctrl-C: stop at once. */
  stopNow?: AbortSignal;
  report: (label: string, reason: string) => void;
  /** Every reply from a worker (an --explain trace, a review page's digest). */
  onReply?: (job: BatchJob, reply: Omit<WorkReply, 'index'>) => void;
  onProgress: (totals: BatchTotals) => void;
}

export interface BatchTotals {
  ok: number;
  failed: number;
  skipped: number;
  done: number;
  bytes: number;
  /** Inputs seen so far (all of them once the listing is over). */
  listed: number;
  /** Seconds the workers spent on the files done, for the default's decision to add a worker. */
  workSeconds: number;
  /** The batch stopped because its output cannot be written (a full disk). */
  fatal: boolean;
}

// Writing errors after which no other output can succeed: the batch stops.
const FATAL_WRITE = new Set(['ENOSPC', 'EDQUOT', 'EFBIG', 'EROFS', 'EIO']);
/** Files up to this size are read synchronously (see prepare). */
const SYNC_READ = 1 << 20;
/** Bytes of input in flight at once (read, queued or being extracted), unless one file is larger. */
const BYTES_IN_FLIGHT = 128e6;

/** "EFBIG: file too large, write" → "file too large (EFBIG)". */
export function writeError(err: unknown): string {
  const e = err as NodeJS.ErrnoException;
  const m = /^[A-Z]+: ([^,]+)/.exec(e?.message ?? '');
  return e?.code && m ? `${m[1]} (${e.code})` : (e?.message ?? String(err));
}

type Prepared = { bytes: Uint8Array } | { reply: Omit<WorkReply, 'index'> & { skipped?: boolean } };

export class Batch {
  readonly totals: BatchTotals = { ok: 0, failed: 0, skipped: 0, done: 0, bytes: 0, listed: 0, workSeconds: 0, fatal: false };
  private readonly unfinished = new Set<number>();
  private readonly ready = new Map<number, string | undefined>();
  private nextToEmit = 0;
  private emitting: Promise<void> = Promise.resolve();
  private emitted = 0;
  private bytesInFlight = 0;
  private waiters: Array<() => void> = [];
  /** Settles when the latest job started has been handed to the runner (see process). */
  private handedOver: Promise<void> = Promise.resolve();
  private readonly producer: string;

  constructor(private readonly o: BatchOptions) {
    this.producer = producerOf(o.settings);
    o.stopNow?.addEventListener('abort', () => {
      o.runner.kill();
      o.files.discard();
      this.wake();
    });
  }

  stopped(): boolean {
    return this.o.signal?.aborted === true || this.o.stopNow?.aborted === true || this.totals.fatal || (this.o.failFast && this.totals.failed > 0);
  }

  /** Ctrl-C, a kill or a fatal error: stop listing too (walking a big archive would delay the exit). */
  private interrupted(): boolean {
    return this.o.signal?.aborted === true || this.o.stopNow?.aborted === true || this.totals.fatal;
  }

  /** Run every job (listed as they come); resolves when all started jobs are finished or abandoned. */
  async run(jobs: AsyncIterable<BatchJob> | Iterable<BatchJob>): Promise<void> {
    const running = new Set<Promise<void>>();
    for await (const job of jobs) {
      this.totals.listed++;
      if (this.stopped()) {
        if (this.interrupted()) break;
        continue; // --fail-fast: the rest is listed, not started, so the summary counts all of it
      }
      while (this.unfinished.size > 0 && job.index - Math.min(...this.unfinished) >= this.o.window && !this.o.stopNow?.aborted) await this.nextWake();
      if (this.stopped()) continue;
      this.unfinished.add(job.index);
      const p: Promise<void> = this.process(job).finally(() => running.delete(p));
      running.add(p);
    }
    await Promise.all(running);
    await this.emitting;
  }

  /** Resolves at the next change: a job finished, or the run was stopped. */
  private nextWake(): Promise<void> {
    return new Promise((r) => this.waiters.push(r));
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  private async process(job: BatchJob): Promise<void> {
    let size = 0;
    // Inputs are read concurrently but handed to the runner in input order, so that with one
    // worker they are done, and their errors reported, in input order.
    const turn = this.handedOver;
    let handOver: () => void = () => {};
    this.handedOver = new Promise((r) => (handOver = r));
    try {
      const prepared = await this.prepare(job, (n) => (size = n));
      await turn;
      if ('reply' in prepared) {
        handOver();
        return await this.finish(job, prepared.reply, 0);
      }
      // Stopped while this file was being read (Ctrl-C, --fail-fast, a full disk): it is not started.
      if (this.stopped()) {
        handOver();
        return await this.finish(job, { status: 'interrupted' }, 0);
      }
      const replied = this.o.runner.run({ index: job.index, label: job.sourcePath, bytes: prepared.bytes });
      handOver();
      const reply = await replied;
      await this.finish(job, reply, prepared.bytes.byteLength, (reply.ms ?? 0) / 1000);
    } catch (err) {
      await turn;
      handOver();
      await this.finish(job, { status: 'failed', error: describeError(err) }, 0);
    } finally {
      handOver();
      this.bytesInFlight -= size;
      this.unfinished.delete(job.index);
      this.wake();
    }
  }

  /** Check and read one input; a reply instead when it is refused or skipped. */
  private async prepare(job: BatchJob, holding: (bytes: number) => void): Promise<Prepared> {
    const limit = formatBytes(this.o.maxBytes);
    if (job.bytes === null) return { reply: { status: 'failed', error: `more than --max-bytes (${limit}); not read` } };
    if (job.target) {
      const problem = this.o.files.prepare(job.target);
      if (problem) return { reply: { status: 'failed', error: `cannot write ${this.shown(job.target)}: ${problem}` } };
    }
    if (job.bytes) return this.skipCheck(job, job.bytes);
    // statSync never blocks on a FIFO; it and a synchronous read of a small file are cheaper than
    // the promise API (a FileHandle per file), and a batch is mostly small files.
    const st = statSync(job.path!);
    const refused = notAFile(st);
    if (refused) return { reply: { status: 'failed', error: refused } };
    if (st.size > this.o.maxBytes) return { reply: { status: 'failed', error: `${formatBytes(st.size, true)} is more than --max-bytes (${limit}); not read` } };
    await this.reserve(st.size);
    holding(st.size);
    const bytes = st.size <= SYNC_READ ? readFileSync(job.path!) : await readFile(job.path!);
    if (bytes.byteLength > this.o.maxBytes) return { reply: { status: 'failed', error: `${formatBytes(bytes.byteLength, true)} is more than --max-bytes (${limit}); not read` } };
    return this.skipCheck(job, bytes);
  }

  /** Wait until `bytes` more fit the budget (a larger file waits until nothing else is in flight). */
  private async reserve(bytes: number): Promise<void> {
    while (this.bytesInFlight > 0 && this.bytesInFlight + bytes > Math.max(BYTES_IN_FLIGHT, this.o.maxBytes) && !this.o.stopNow?.aborted) await this.nextWake();
    this.bytesInFlight += bytes;
  }

  private async skipCheck(job: BatchJob, bytes: Uint8Array): Promise<Prepared> {
    if (this.o.skipExisting && job.target && (await this.alreadyDone(job, bytes))) return { reply: { status: 'ok', skipped: true } };
    return { bytes };
  }

  /**
   * An output exists for these bytes, made by this version with these options: its first bytes
   * record the same sha256, producer and path (as JSON or YAML writes them).
   */
  private async alreadyDone(job: BatchJob, bytes: Uint8Array): Promise<boolean> {
    let head: string;
    try {
      const handle = await open(job.target!, 'r');
      try {
        const { buffer, bytesRead } = await handle.read(Buffer.alloc(16384), 0, 16384, 0);
        head = buffer.subarray(0, bytesRead).toString('utf8');
      } finally {
        await handle.close();
      }
    } catch {
      return false;
    }
    const sha256 = createHash('sha256').update(bytes).digest('hex');
    const fields: Array<[string, string | null]> = [['sha256', sha256], ['producer', this.producer], ['path', job.sourcePath]];
    // The YAML writer is loaded only for a YAML rerun (the main thread does not need it otherwise).
    const yamlPair = this.o.format === 'yaml' ? (await import('../emit/yaml.js')).yamlPair : null;
    return fields.every(([k, v]) => head.includes(yamlPair ? `\n  ${yamlPair(k, v)}\n` : `"${k}": ${JSON.stringify(v)}`));
  }

  private async finish(job: BatchJob, reply: Omit<WorkReply, 'index'> & { skipped?: boolean }, bytes: number, seconds = 0): Promise<void> {
    if (reply.status === 'interrupted') {
      // Not done; the stream goes on past it (the files after it that finished are written).
      if (this.o.sink) this.queueEmit(job.index, undefined);
      return;
    }
    const output = job.target ? undefined : reply.output;
    if (!reply.skipped) this.o.onReply?.(job, reply);
    if (reply.status === 'failed') this.fail(job, reply.error ?? 'failed');
    else if (reply.skipped) this.totals.skipped++;
    else if (job.target) await this.writeFile(job, reply.output!);
    // A streamed document is ok once it is written (see emit).
    else if (!this.o.sink) this.totals.ok++;
    this.totals.done++;
    this.totals.bytes += bytes;
    this.totals.workSeconds += seconds;
    if (this.o.sink) this.queueEmit(job.index, output);
    // Files waiting for a worker are not started once the batch stops.
    if (this.stopped()) this.o.runner.dropWaiting();
    this.o.onProgress(this.totals);
  }

  private async writeFile(job: BatchJob, data: string): Promise<void> {
    try {
      await this.o.files.write(job.target!, data);
      this.totals.ok++;
    } catch (err) {
      const fatal = FATAL_WRITE.has((err as NodeJS.ErrnoException).code ?? '');
      // After a full disk, the files still in flight fail the same way: one line said it, and
      // they count as not done.
      if (this.o.stopNow?.aborted || (fatal && this.totals.fatal)) {
        this.totals.done--;
        return;
      }
      this.totals.fatal ||= fatal;
      this.fail(job, `cannot write ${this.shown(job.target!)}: ${writeError(err)}${fatal ? '; stopped' : ''}`);
    }
  }

  private fail(job: BatchJob, reason: string): void {
    this.totals.failed++;
    this.o.report(job.label, reason);
  }

  /** Streamed output keeps input order whatever order the workers finish in. */
  private queueEmit(index: number, output: string | undefined): void {
    this.ready.set(index, output);
    this.emitting = this.emitting.then(async () => {
      while (this.ready.has(this.nextToEmit)) {
        const out = this.ready.get(this.nextToEmit);
        this.ready.delete(this.nextToEmit);
        this.nextToEmit++;
        if (out === undefined) continue;
        // Documents that can no longer be written (the stream failed, the run was stopped) are not done.
        if (this.totals.fatal || this.o.stopNow?.aborted) this.totals.done--;
        else await this.emit(out);
      }
    });
  }

  private async emit(output: string): Promise<void> {
    let prefix = '';
    if (this.emitted === 0) prefix = this.o.streamHeader;
    if ((this.o.format === 'yaml' || this.o.format === 'summary') && this.emitted > 0) prefix = this.o.format === 'yaml' ? '---\n' : '\n';
    try {
      await this.o.sink!.write(prefix + output);
      this.emitted++;
      this.totals.ok++;
    } catch (err) {
      this.totals.fatal = true;
      this.totals.failed++;
      this.o.report(this.o.sink!.name, `cannot write: ${writeError(err)}; stopped`);
      this.o.runner.dropWaiting();
    }
  }

  private shown(path: string): string {
    return shownPath(this.o.cwd, path);
  }
}

/** A path for messages: relative to the working folder when inside it. */
export function shownPath(cwd: string, path: string): string {
  const rel = relative(cwd, path);
  return rel !== '' && !rel.startsWith('..') && !isAbsolute(rel) ? rel : path;
}

/** Why a path that exists cannot be read as a document (a folder, a FIFO, a device), or null. */
function notAFile(st: Stats): string | null {
  if (st.isFile()) return null;
  if (st.isDirectory()) return 'is a directory, not a file';
  if (st.isFIFO()) return 'a named pipe (FIFO), not a file; to read it, pipe it into "-"';
  return 'not a regular file (a device or a socket)';
}

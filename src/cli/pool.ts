/**
 * Worker supervision: extraction runs in worker threads, one file per worker at a time, so that
 * a worker that dies — an exception that escapes, a heap that runs out, a file that takes longer
 * than its time budget and is stopped — costs exactly the file it was working on. That file is
 * reported with the reason, the worker is replaced when there is more work, and the queue drains.
 *
 * Workers start lazily, when there is a file for them and none is idle, up to the number the
 * batch wants at that moment (`wanted()`, see batch.ts), never above `maxWorkers`.
 *
 * Memory is bounded by the input's size: an ordinary worker's heap is capped at BASE_HEAP_MB, which
 * every document up to SMALL_FILE needs many times over; a larger file gets a worker of its own
 * whose cap grows with the file (HEAP_PER_MB per MB), retired after that file.
 *
 * Why not piscina or tinypool: both were tried (piscina 5.3.2, tinypool 2.2.0, Node 20). With
 * workers started on demand, piscina never settles the queued tasks when two workers die close
 * together, and tinypool never settles a task whose worker exits: the batch hangs, as it did
 * before. Ordered output and the window are ours in either case, and one task per worker is what
 * makes a death cost one file, so the pool is this small supervisor.
 */
import { totalmem } from 'node:os';
import type { Worker } from 'node:worker_threads';
import { BASE_HEAP_MB, startWorker } from './prestart.js';
import type { JobSettings, WorkItem, WorkReply } from './settings.js';

export { workerFile } from './prestart.js';

/** Files up to this size run in ordinary workers (with a heap of BASE_HEAP_MB). */
export const SMALL_FILE = 4e6;
/** Heap per MB of input for a larger file (a 20 MB text needs about 400 MB). */
export const HEAP_PER_MB = 64;
/** A new worker loads the pipeline before its first file: not counted in that file's time. */
const STARTUP_MS = 10_000;

export interface PoolOptions {
  settings: JobSettings;
  maxWorkers: number;
  /** How many workers the batch wants now (consulted whenever a file waits and no worker is idle). */
  wanted: () => number;
  /** Per file; 0 for none. */
  timeoutMs: number;
}

/** The heap cap a worker needs for a file of `bytes`: the ordinary one, or one grown with the file. */
export function heapFor(bytes: number): number {
  if (bytes <= SMALL_FILE) return BASE_HEAP_MB;
  const wanted = BASE_HEAP_MB + Math.ceil((HEAP_PER_MB * bytes) / 1e6);
  return Math.max(BASE_HEAP_MB, Math.min(wanted, Math.floor(totalmem() / 2 / 2 ** 20)));
}

interface Pending {
  item: WorkItem;
  resolve: (reply: WorkReply) => void;
}

interface Slot {
  worker: Worker;
  heapMb: number;
  job: Pending | null;
  timer: NodeJS.Timeout | null;
  /** Why the worker is going away, once known (an error event comes before the exit). */
  death: string | null;
  /** It has finished a file (so it has loaded the pipeline). */
  warm: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly queue: Pending[] = [];
  private killed = false;

  /** `prestarted`: a worker the launcher started early (see prestart.ts), taken as the first. */
  constructor(
    private readonly file: URL,
    private readonly opts: PoolOptions,
    private prestarted?: Worker,
  ) {}

  run(item: WorkItem): Promise<WorkReply> {
    if (this.killed) return Promise.resolve({ index: item.index, status: 'interrupted' });
    return new Promise((resolve) => {
      this.queue.push({ item, resolve });
      this.dispatch();
    });
  }

  /** Files waiting for a worker. */
  get waiting(): number {
    return this.queue.length;
  }

  get size(): number {
    return this.slots.length;
  }

  /**
   * Start the first worker now, while the main thread lists and reads the inputs: it loads the
   * pipeline meanwhile (most of a small run's time). Only ever one; the others start on demand.
   */
  warm(): void {
    if (this.slots.length === 0 && !this.killed) this.spawn(BASE_HEAP_MB);
  }

  /** A worker the launcher started and nothing took (the run needed none): stopped. */
  private dropPrestarted(): Promise<unknown> {
    const w = this.prestarted;
    this.prestarted = undefined;
    return w ? w.terminate() : Promise.resolve();
  }

  /** Files waiting for a worker are answered "interrupted" (the batch stopped); those running finish. */
  dropWaiting(): void {
    for (const p of this.queue.splice(0)) p.resolve({ index: p.item.index, status: 'interrupted' });
  }

  /** Stop every worker now; files in flight and waiting are answered "interrupted". */
  kill(): void {
    this.killed = true;
    void this.dropPrestarted();
    for (const p of this.queue.splice(0)) p.resolve({ index: p.item.index, status: 'interrupted' });
    for (const slot of this.slots.splice(0)) {
      this.settle(slot, { index: slot.job?.item.index ?? -1, status: 'interrupted' });
      void slot.worker.terminate();
    }
  }

  /** Stop the idle workers once the batch is done. */
  async close(): Promise<void> {
    await Promise.all([this.dropPrestarted(), ...this.slots.splice(0).map((s) => s.worker.terminate())]);
  }

  private dispatch(): void {
    while (this.queue.length > 0 && !this.killed) {
      const next = this.queue[0]!;
      const need = heapFor(next.item.bytes.byteLength);
      let slot = this.slots.find((s) => s.job === null && s.heapMb >= need);
      if (!slot) {
        const room = this.slots.length < Math.min(this.opts.maxWorkers, Math.max(1, this.opts.wanted()));
        const idle = this.slots.find((s) => s.job === null);
        if (!room && !idle) return;
        // No room for another worker: an idle one too small for this file makes way.
        if (!room && idle) this.retire(idle);
        slot = this.spawn(need);
      }
      this.queue.shift();
      this.assign(slot, next);
    }
  }

  private spawn(heapMb: number): Slot {
    // An early worker that already stopped (threadId -1) is not taken.
    const early = heapMb === BASE_HEAP_MB && this.prestarted && this.prestarted.threadId >= 0 ? this.prestarted : undefined;
    if (early) this.prestarted = undefined;
    const worker = early ?? startWorker(this.file, heapMb);
    worker.postMessage({ settings: this.opts.settings });
    const slot: Slot = { worker, heapMb, job: null, timer: null, death: null, warm: false };
    worker.on('message', (m: WorkReply) => {
      // A reply can still arrive from a worker being stopped for its time (it finished just in
      // time): the file is done, and the worker takes nothing more.
      this.settle(slot, m);
      if (!this.slots.includes(slot)) return;
      slot.warm = true;
      if (slot.heapMb > BASE_HEAP_MB) this.retire(slot);
      this.dispatch();
    });
    worker.on('error', (err: Error & { code?: string }) => {
      slot.death ??=
        err.code === 'ERR_WORKER_OUT_OF_MEMORY'
          ? `out of memory: more than the ${slot.heapMb} MB a worker may use for a file of this size`
          : `internal error: the worker died on this file: ${err.message}`;
    });
    worker.on('exit', (code) => {
      const at = this.slots.indexOf(slot);
      if (at >= 0) this.slots.splice(at, 1);
      // Retired and killed workers hold no file; a dead one costs the file it held.
      if (!slot.job) return;
      this.settle(slot, { index: slot.job.item.index, status: 'failed', error: slot.death ?? `internal error: the worker died on this file (exit code ${code})` });
      this.dispatch();
    });
    this.slots.push(slot);
    return slot;
  }

  private assign(slot: Slot, job: Pending): void {
    slot.job = job;
    // A worker holds one file at a time, so its clock starts now; a new worker may still be
    // loading the pipeline, which gets a grace period of its own.
    if (this.opts.timeoutMs > 0) {
      slot.timer = setTimeout(() => {
        slot.death = `took longer than --timeout-per-file (${this.opts.timeoutMs / 1000} s); stopped`;
        // Out of the pool at once, so that no other file is given to it; its exit settles this one.
        this.retire(slot);
        this.dispatch();
      }, this.opts.timeoutMs + (slot.warm ? 0 : STARTUP_MS));
    }
    slot.worker.postMessage(job.item);
  }

  /** Answer the slot's file, once, and free the slot. */
  private settle(slot: Slot, reply: WorkReply): void {
    if (slot.timer) clearTimeout(slot.timer);
    slot.timer = null;
    const job = slot.job;
    slot.job = null;
    job?.resolve({ ...reply, index: job.item.index });
  }

  private retire(slot: Slot): void {
    const at = this.slots.indexOf(slot);
    if (at >= 0) this.slots.splice(at, 1);
    void slot.worker.terminate();
  }
}

/** Runs the work in this thread, one file after another: for runs from the TypeScript sources (tests). */
export class InThreadRunner {
  private chain: Promise<unknown> = Promise.resolve();
  readonly waiting = 0;
  readonly size = 1;

  constructor(private readonly settings: JobSettings) {}

  run(item: WorkItem): Promise<WorkReply> {
    const reply = this.chain.then(async () => (await import('./job.js')).runWork(item, this.settings));
    this.chain = reply;
    return reply;
  }

  kill(): void {}

  warm(): void {}

  dropWaiting(): void {}

  async close(): Promise<void> {}
}

export type Runner = WorkerPool | InThreadRunner;

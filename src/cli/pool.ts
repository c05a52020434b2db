/**
 * Runs jobs with a fixed number of worker threads (or in the main thread for
 * one), a few at a time per thread so that reading and writing files overlaps
 * with extraction, and at most `window` places ahead of the oldest unfinished
 * job, so memory stays bounded however large the batch and results can be
 * emitted in input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Job, type JobResult, type JobSettings, runJob } from './job.js';

export interface PoolOptions {
  jobs: number;
  /** A job is started only this many places after the oldest unfinished one (bounds the reorder buffer). */
  window: number;
  settings: JobSettings;
  /** Stop handing out new jobs (interrupt, --fail-fast); in-flight jobs still finish. */
  shouldStop: () => boolean;
  /** Called for every result, in completion order. */
  onResult: (result: JobResult) => void | Promise<void>;
}

/** Jobs in flight per thread: extraction is synchronous, so while one job waits on the disk another computes. */
const PER_THREAD = 3;

/** The compiled worker beside this file (absent when running from TypeScript sources in tests). */
function workerFile(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

/** A thread that runs jobs: the main thread itself, or a worker. */
interface Runner {
  run(job: Job): Promise<JobResult>;
  close(): Promise<void>;
}

function inThread(settings: JobSettings): Runner {
  return { run: (job) => runJob(job, settings), close: async () => {} };
}

function inWorker(file: URL, settings: JobSettings): Runner {
  const worker = new Worker(file, { workerData: settings });
  const waiting = new Map<number, (r: JobResult) => void>();
  worker.on('message', (r: JobResult) => {
    waiting.get(r.index)?.(r);
    waiting.delete(r.index);
  });
  worker.on('error', (err) => {
    // A crashed worker fails the jobs it held; the others go on.
    for (const [index, resolveResult] of waiting) resolveResult({ index, status: 'failed', error: `internal error: ${err.message}`, bytes: 0 });
    waiting.clear();
  });
  return {
    run: (job) =>
      new Promise((resolveResult) => {
        waiting.set(job.index, resolveResult);
        worker.postMessage(job);
      }),
    close: () => worker.terminate().then(() => {}),
  };
}

export async function runPool(jobs: Iterable<Job>, opts: PoolOptions): Promise<void> {
  const file = opts.jobs > 1 ? workerFile() : null;
  const runners = file ? Array.from({ length: opts.jobs }, () => inWorker(file, opts.settings)) : [inThread(opts.settings)];
  // Each runner takes several jobs at once.
  const slots: Runner[] = [];
  for (let k = 0; k < PER_THREAD; k++) slots.push(...runners);
  const idle = [...slots];
  const waitingForSlot: Array<(r: Runner) => void> = [];
  const acquire = (): Promise<Runner> => (idle.length > 0 ? Promise.resolve(idle.pop()!) : new Promise((r) => waitingForSlot.push(r)));
  const release = (r: Runner): void => {
    const next = waitingForSlot.shift();
    if (next) next(r);
    else idle.push(r);
  };
  const inFlight = new Set<number>();
  const pending = new Set<Promise<void>>();
  let completed: () => void = () => {};
  const nextCompletion = (): Promise<void> => new Promise((r) => (completed = r));
  try {
    for (const job of jobs) {
      if (opts.shouldStop()) break;
      // Keep within the window of the oldest job still running.
      while (inFlight.size > 0 && job.index - Math.min(...inFlight) >= opts.window) await nextCompletion();
      const runner = await acquire();
      if (opts.shouldStop()) {
        release(runner);
        break;
      }
      inFlight.add(job.index);
      const p: Promise<void> = runner
        .run(job)
        .then(async (r) => {
          release(runner);
          await opts.onResult(r);
        })
        .finally(() => {
          pending.delete(p);
          inFlight.delete(job.index);
          completed();
        });
      pending.add(p);
    }
    await Promise.all(pending);
  } finally {
    await Promise.all(runners.map((r) => r.close()));
  }
}

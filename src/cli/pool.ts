/**
 * Runs jobs with a fixed number of worker threads (or in the main thread for
 * one), at most `window` jobs ahead of the oldest unfinished one, so memory stays
 * bounded however large the batch and results can be emitted in input order.
 */
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { Worker } from 'node:worker_threads';
import { type Job, type JobResult, type JobSettings, readInput, runJob } from './job.js';

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

/** The compiled worker beside this file (absent when running from TypeScript sources in tests). */
function workerFile(): URL | null {
  const url = new URL('./worker.js', import.meta.url);
  return existsSync(fileURLToPath(url)) ? url : null;
}

export async function runPool(jobs: AsyncIterable<Job> | Iterable<Job>, opts: PoolOptions): Promise<void> {
  const file = opts.jobs > 1 ? workerFile() : null;
  if (!file) {
    // One at a time in this thread, reading the next input while the current one is extracted.
    const list = Array.isArray(jobs) ? (jobs as Job[]) : [];
    if (list.length === 0 && !Array.isArray(jobs)) for await (const job of jobs) list.push(job);
    const read = (i: number): Promise<Uint8Array> | undefined => {
      const p = list[i] ? readInput(list[i]!) : undefined;
      p?.catch(() => {}); // failures are reported when the job runs
      return p;
    };
    let next = read(0);
    for (let i = 0; i < list.length; i++) {
      if (opts.shouldStop()) break;
      const input = next!;
      next = read(i + 1);
      await opts.onResult(await runJob(list[i]!, opts.settings, input));
    }
    return;
  }
  const workers = Array.from({ length: opts.jobs }, () => new Worker(file, { workerData: opts.settings }));
  const idle = [...workers];
  const waiting: Array<(w: Worker) => void> = [];
  const pending = new Set<Promise<void>>();
  const acquire = (): Promise<Worker> => (idle.length > 0 ? Promise.resolve(idle.pop()!) : new Promise((r) => waiting.push(r)));
  const release = (w: Worker): void => {
    const next = waiting.shift();
    if (next) next(w);
    else idle.push(w);
  };
  const runOn = (w: Worker, job: Job): Promise<JobResult> =>
    new Promise((resolveResult) => {
      const onMessage = (r: JobResult): void => {
        w.off('error', onError);
        resolveResult(r);
      };
      const onError = (err: Error): void => {
        w.off('message', onMessage);
        resolveResult({ index: job.index, status: 'failed', error: `internal error: ${err.message}`, bytes: 0 });
      };
      w.once('message', onMessage);
      w.once('error', onError);
      w.postMessage(job);
    });
  const inFlight = new Set<number>();
  let completed: () => void = () => {};
  const nextCompletion = (): Promise<void> => new Promise((r) => (completed = r));
  try {
    for await (const job of jobs) {
      if (opts.shouldStop()) break;
      // Keep within the window of the oldest job still running.
      while (inFlight.size > 0 && job.index - Math.min(...inFlight) >= opts.window) await nextCompletion();
      const w = await acquire();
      if (opts.shouldStop()) {
        release(w);
        break;
      }
      inFlight.add(job.index);
      const p: Promise<void> = runOn(w, job)
        .then(async (r) => {
          release(w);
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
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

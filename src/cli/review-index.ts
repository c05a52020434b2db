/**
 * The index.html of a review batch (--format html --out-dir DIR), written once at the end of
 * the batch, atomically, from what the jobs reported: a link, counts and warnings for every
 * page, the reason for every input that failed.
 */
import { join, relative, sep } from 'node:path';
import { type IndexEntry, toHtmlIndex } from '../emit/html-index.js';
import type { BatchJob } from './batch.js';
import type { OutputFiles } from './io.js';
import type { WorkReply } from './settings.js';

type Job = Pick<BatchJob, 'index' | 'label' | 'target'>;
type JobResult = Pick<WorkReply, 'status' | 'error' | 'digest'>;

export const INDEX_FILE = 'index.html';

/** A page's address relative to the index: path segments, each percent-encoded (名单.txt.html → %E5%90%8D…). */
function hrefOf(outDir: string, target: string): string {
  return relative(outDir, target).split(sep).map(encodeURIComponent).join('/');
}

/** Entries in input order, for the results received (an interrupted batch lists what it finished). */
export function indexEntries(outDir: string, jobs: readonly Job[], results: ReadonlyMap<number, JobResult>): IndexEntry[] {
  const entries: IndexEntry[] = [];
  for (const job of jobs) {
    const r = results.get(job.index);
    if (!r) continue;
    const ok = r.status !== 'failed' && job.target !== null;
    entries.push({ label: job.label, href: ok ? hrefOf(outDir, job.target!) : null, digest: ok ? (r.digest ?? null) : null, error: r.status === 'failed' ? (r.error ?? 'failed') : null });
  }
  return entries;
}

/** Write DIR/index.html; a page of that very name (an input called `index`) is left as it is. Returns the path written, or null. */
export async function writeReviewIndex(outDir: string, jobs: readonly Job[], results: ReadonlyMap<number, JobResult>, files: OutputFiles): Promise<string | null> {
  const target = join(outDir, INDEX_FILE);
  if (jobs.some((j) => j.target === target)) return null;
  await files.write(target, toHtmlIndex(indexEntries(outDir, jobs, results)));
  return target;
}

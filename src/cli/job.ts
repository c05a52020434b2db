/**
 * One input, start to finish: read, (skip if already done), extract, render,
 * and write (atomically) or hand back the rendered text. Runs in the main
 * thread for one job at a time, or inside a worker thread.
 */
import { createHash } from 'node:crypto';
import { readFileSync, statSync } from 'node:fs';
import { open } from 'node:fs/promises';
import { Chalk } from 'chalk';
import { InputError, ValidationError } from '../errors.js';
import { extract } from '../pipeline.js';
import type { Candidate, EncodingOption, PolicyDocument } from '../types.js';
import { toExplanation } from '../emit/explain.js';
import { toCsv, toCsvRows } from '../emit/csv.js';
import { toJson, toJsonLine } from '../emit/json.js';
import { toSummary } from '../emit/summary.js';
import { toYaml } from '../emit/yaml.js';
import { pageDigest, toHtml, type PageDigest } from '../emit/html.js';
import { writeFileAtomic } from './io.js';

export const FORMATS = ['json', 'yaml', 'jsonl', 'csv', 'summary', 'html', 'explain'] as const;
export type Format = (typeof FORMATS)[number];
export const EXTENSION: Record<Format, string> = { json: '.json', yaml: '.yaml', jsonl: '.jsonl', csv: '.csv', summary: '.summary.txt', html: '.html', explain: '.explain.txt' };

export interface JobSettings {
  format: Format;
  includeText: boolean;
  encoding: EncodingOption;
  /** Absolute output folder, or null to hand the rendered text back (streamed output). */
  outDir: string | null;
  skipExisting: boolean;
  /** For --format summary on a terminal. */
  colorLevel: 0 | 1 | 2 | 3;
  columns: number;
  /** --explain: every candidate the rules considered, written to stderr beside the output. */
  explain?: boolean;
}

export interface Job {
  index: number;
  /** For messages: the path as given. */
  label: string;
  path: string | null;
  /** Absolute output file (with --out-dir). */
  target: string | null;
  /** Standard input, read by the main thread. */
  bytes?: Uint8Array;
}

export interface JobResult {
  index: number;
  status: 'ok' | 'failed' | 'skipped';
  error?: string;
  /** Rendered document for streamed output (no header, no separator). */
  output?: string;
  bytes: number;
  /** --explain: the candidates of this document, for stderr. */
  explanation?: string;
  /** --format html with --out-dir: what the batch's index.html shows of the document. */
  digest?: PageDigest;
}

export function describeError(err: unknown): string {
  if (err instanceof InputError) return err.message;
  if (err instanceof ValidationError) return `internal error: ${err.message}`;
  const e = err as NodeJS.ErrnoException;
  switch (e?.code) {
    case 'ENOENT':
      return 'no such file';
    case 'EISDIR':
      return 'is a directory, not a file';
    case 'EACCES':
    case 'EPERM':
      return 'permission denied';
    case 'ELOOP':
      return 'too many levels of symbolic links';
    default:
      return `internal error: ${e?.message ?? String(err)}`;
  }
}

/** A whole output file for one document (--out-dir): a CSV with its header, a summary without colour. */
export function renderFile(doc: PolicyDocument, s: JobSettings, candidates: readonly Candidate[] = []): string {
  if (s.format === 'explain') return renderPart(doc, s, candidates);
  if (s.format === 'csv') return toCsv(doc);
  if (s.format === 'summary') return toSummary(doc, { chalk: new Chalk({ level: 0 }) });
  return renderPart(doc, s);
}

/** One document's part of a stream; the caller adds the CSV header and YAML separators. */
export function renderPart(doc: PolicyDocument, s: JobSettings, candidates: readonly Candidate[] = []): string {
  switch (s.format) {
    case 'explain':
      return toExplanation(doc.source.text ?? '', candidates, doc.source.path ?? '<stdin>');
    case 'yaml':
      return toYaml(doc);
    case 'csv':
      return toCsvRows(doc);
    case 'jsonl':
      return toJsonLine(doc);
    case 'summary':
      return toSummary(doc, { chalk: new Chalk({ level: s.colorLevel }), width: s.columns });
    case 'html':
      return toHtml(doc);
    default:
      return toJson(doc);
  }
}

/** The document without source.text (it was read only to explain). */
function withoutText(doc: PolicyDocument): PolicyDocument {
  const { text: _text, ...source } = doc.source;
  return { ...doc, source };
}

/** The input hash an existing output records (JSON and YAML outputs keep source.sha256). */
async function recordedHash(target: string): Promise<string | null> {
  let handle;
  try {
    handle = await open(target, 'r');
    const { buffer, bytesRead } = await handle.read(Buffer.alloc(2048), 0, 2048, 0);
    const head = buffer.subarray(0, bytesRead).toString('utf8');
    return /"?sha256"?:\s*"?([0-9a-f]{64})/.exec(head)?.[1] ?? null;
  } catch {
    return null;
  } finally {
    await handle?.close();
  }
}

/** Folders already made, per run (settings object), so each is made once. */
const madeDirsOf = new WeakMap<JobSettings, Set<string>>();

/** Read a job's input (or take the bytes it carries). */
export async function readInput(job: Job): Promise<Uint8Array> {
  if (job.bytes) return job.bytes;
  // Synchronous: cheaper than the promise API for the small files of a batch (see writeFileAtomic).
  const st = statSync(job.path!);
  if (st.isDirectory()) throw Object.assign(new Error('is a directory'), { code: 'EISDIR' });
  return readFileSync(job.path!);
}

/**
 * Run one job. `input` may be a read already under way (the in-process runner reads
 * the next file while the current one is being extracted).
 */
export async function runJob(job: Job, s: JobSettings, input: Promise<Uint8Array> = readInput(job)): Promise<JobResult> {
  let madeDirs = madeDirsOf.get(s);
  if (!madeDirs) madeDirsOf.set(s, (madeDirs = new Set()));
  let bytes: Uint8Array;
  try {
    bytes = await input;
  } catch (err) {
    return { index: job.index, status: 'failed', error: describeError(err), bytes: 0 };
  }
  try {
    if (s.skipExisting && job.target) {
      const recorded = await recordedHash(job.target);
      if (recorded && recorded === createHash('sha256').update(bytes).digest('hex')) return { index: job.index, status: 'skipped', bytes: bytes.byteLength };
    }
    const explaining = s.explain === true || s.format === 'explain';
    const candidates: Candidate[] = [];
    // The review page shows the text every span indexes.
    const withText = s.includeText || s.format === 'html';
    const extracted = await extract(bytes, { encoding: s.encoding, path: job.path === null ? null : job.label, includeText: withText || explaining, ...(explaining ? { trace: (c: Candidate) => candidates.push(c) } : {}) });
    const explanation = s.explain ? toExplanation(extracted.source.text ?? '', candidates, job.label) : undefined;
    const doc = withText || !explaining ? extracted : withoutText(extracted);
    const rendered = s.format === 'explain' ? toExplanation(extracted.source.text ?? '', candidates, job.label) : undefined;
    if (job.target) {
      try {
        await writeFileAtomic(job.target, rendered ?? renderFile(doc, s), madeDirs);
      } catch (err) {
        return { index: job.index, status: 'failed', error: `cannot write ${job.target}: ${(err as Error).message}`, bytes: bytes.byteLength };
      }
      return { index: job.index, status: 'ok', bytes: bytes.byteLength, ...(explanation ? { explanation } : {}), ...(s.format === 'html' ? { digest: pageDigest(doc) } : {}) };
    }
    return { index: job.index, status: 'ok', output: rendered ?? renderPart(doc, s), bytes: bytes.byteLength, ...(explanation ? { explanation } : {}) };
  } catch (err) {
    return { index: job.index, status: 'failed', error: describeError(err), bytes: bytes.byteLength };
  }
}

/**
 * What the main thread and the workers share about a run: formats, settings, the messages of
 * the jobs, and the producer string. Kept apart from job.ts, which loads the pipeline, so that
 * the main thread (which only reads, writes and supervises) never loads it.
 */
import { InputError, ValidationError } from '../errors.js';
import type { PageDigest } from '../emit/html.js';
import type { EncodingOption } from '../types.js';
import { VERSION } from '../version.js';

export const FORMATS = ['json', 'yaml', 'jsonl', 'csv', 'summary', 'html', 'explain'] as const;
export type Format = (typeof FORMATS)[number];
export const EXTENSION: Record<Format, string> = { json: '.json', yaml: '.yaml', jsonl: '.jsonl', csv: '.csv', summary: '.summary.txt', html: '.html', explain: '.explain.txt' };

export interface JobSettings {
  format: Format;
  includeText: boolean;
  encoding: EncodingOption;
  /** One whole file per input (--out-dir), or a part of a stream. */
  perFile: boolean;
  /** For --format summary on a terminal. */
  colorLevel: 0 | 1 | 2 | 3;
  columns: number;
  /** --explain: every candidate the rules considered, written to stderr beside the output. */
  explain?: boolean;
}

/** What a worker is given: one input's bytes. */
export interface WorkItem {
  index: number;
  /** The path as given (source.path, and the name in messages); null for stdin. */
  label: string | null;
  bytes: Uint8Array;
}

export interface WorkReply {
  index: number;
  /** `interrupted`: the run was stopped at once before this file was done (not a failure of the file). */
  status: 'ok' | 'failed' | 'interrupted';
  /** Rendered document: a whole file (perFile), or one document's part of a stream. */
  output?: string;
  error?: string;
  /** Milliseconds the extraction took (for the default's decision to add a worker). */
  ms?: number;
  /** --explain: the candidates of this document, for stderr. */
  explanation?: string;
  /** --format html with --out-dir: what the batch's index.html shows of the document. */
  digest?: PageDigest;
}

/**
 * The tool and the options that change the output, as a command line: recorded in
 * source.producer, so that --skip-existing redoes an output made by another version or with
 * other options (`policy-extract 0.1.0 --encoding auto --include-text`).
 */
export function producerOf(s: Pick<JobSettings, 'encoding' | 'includeText'>): string {
  return `policy-extract ${VERSION} --encoding ${s.encoding}${s.includeText ? ' --include-text' : ''}`;
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


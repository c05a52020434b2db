/**
 * The pipeline as a list of stages: ingest → normalise → segment → extract → assemble →
 * validate. Every stage is a pure function of what the stages before it produced; spans are
 * offsets into the decoded text from the first stage to the last. Callers may run their own
 * list (`runStages`), e.g. to stop after segment.
 */
import { createHash } from 'node:crypto';
import { assemble } from './assemble.js';
import { type Drafts, extractAll } from './extract/index.js';
import { damagedYearMessage } from './extract/time.js';
import { type IngestOptions, ingest, ingestAny } from './ingest/index.js';
import type { Segmented } from './model.js';
import { type Normalized, normalize } from './normalize/index.js';
import { restoreDocumentScript } from './normalize/restore.js';
import { furnitureOf } from './furniture.js';
import { validateDocument } from './schema/validate.js';
import { segment } from './segment/index.js';
import type { Decoded, Message, PolicyDocument, Trace } from './types.js';

export interface ExtractOptions extends IngestOptions {
  /** Include `source.text` (the text every span indexes). */
  includeText?: boolean;
  /** Receives every candidate the rules considered, taken or dropped (--explain). */
  trace?: Trace;
}

/** What the stages build for one document, field by field. */
export interface Work {
  readonly bytes: Uint8Array;
  readonly opts: ExtractOptions;
  readonly decoded: Decoded;
  norm?: Normalized;
  seg?: Segmented;
  drafts?: Drafts;
  messages?: Message[];
  doc?: PolicyDocument;
}

export interface Stage {
  name: string;
  run(work: Work): Partial<Work>;
}

const need = <T>(value: T | undefined, what: string): T => {
  if (value === undefined) throw new Error(`pipeline: a stage needs ${what}, which no earlier stage produced`);
  return value;
};

/** The stages after ingest, in order. */
export const STAGES: readonly Stage[] = [
  { name: 'normalize', run: (w) => ({ norm: normalize(w.decoded) }) },
  { name: 'segment', run: (w) => ({ seg: segment(need(w.norm, 'normalize'), w.decoded) }) },
  {
    name: 'extract',
    run: (w) => ({ drafts: extractAll({ norm: need(w.norm, 'normalize'), seg: need(w.seg, 'segment'), htmlTitle: w.decoded.htmlTitle, trace: w.opts.trace }) }),
  },
  { name: 'messages', run: (w) => ({ messages: collectMessages(w.decoded, need(w.norm, 'normalize'), need(w.seg, 'segment')) }) },
  { name: 'assemble', run: (w) => ({ doc: assembleWork(w) }) },
  {
    name: 'restore',
    run: (w) => {
      const norm = need(w.norm, 'normalize');
      return { doc: restoreDocumentScript(need(w.doc, 'assemble'), norm.text, norm.source, norm.restore) };
    },
  },
  { name: 'validate', run: (w) => ({ doc: validateDocument(need(w.doc, 'assemble'), need(w.norm, 'normalize').text) }) },
];

/** Run stages over a decoded document. */
export function runStages(decoded: Decoded, bytes: Uint8Array, opts: ExtractOptions, stages: readonly Stage[] = STAGES): Work {
  let work: Work = { decoded, bytes, opts };
  for (const stage of stages) work = { ...work, ...stage.run(work) };
  return work;
}

/**
 * Extract a structured document from any input: PDF, Word DOCX and OFD (recognised by
 * content), HTML or plain text. Rejects with InputError for unusable input.
 */
export async function extract(input: Uint8Array | string, opts: ExtractOptions = {}): Promise<PolicyDocument> {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return extractFromDecoded(await ingestAny(input, opts), bytes, opts);
}

/**
 * Extract a structured document from text or HTML, synchronously. Throws InputError for
 * unusable input, and for PDF, DOCX and OFD, whose readers are asynchronous: use `extract`.
 */
export function extractDocument(input: Uint8Array | string, opts: ExtractOptions = {}): PolicyDocument {
  const bytes = typeof input === 'string' ? new TextEncoder().encode(input) : input;
  return extractFromDecoded(ingest(input, opts), bytes, opts);
}

/**
 * Everything after ingest: the decoded text (from any input format) → a validated document.
 * `bytes` are the raw input bytes (hashed into source.sha256).
 */
export function extractFromDecoded(decoded: Decoded, bytes: Uint8Array, opts: ExtractOptions = {}): PolicyDocument {
  return need(runStages(decoded, bytes, opts).doc, 'validate');
}

/** Messages of every stage, in stage order (warnings are written from them). */
function collectMessages(decoded: Decoded, norm: Normalized, seg: Segmented): Message[] {
  const damaged = damagedYearMessage(norm.lines, seg.skip);
  return [
    ...decoded.warnings.map((message) => ({ code: 'ingest/warning', message })),
    ...norm.messages,
    ...seg.messages,
    ...(damaged ? [damaged] : []),
  ];
}

function assembleWork(w: Work): PolicyDocument {
  const norm = need(w.norm, 'normalize');
  const drafts = need(w.drafts, 'extract');
  return assemble({
    source: {
      path: w.opts.path ?? null,
      sha256: createHash('sha256').update(w.bytes).digest('hex'),
      bytes: w.bytes.byteLength,
      encoding: w.decoded.encoding,
      format: w.decoded.format,
      ...(w.decoded.pages !== undefined ? { pages: w.decoded.pages } : {}),
      ...(w.opts.includeText ? { text: norm.source, furniture: furnitureOf(norm) } : {}),
    },
    text: norm.text,
    drafts,
    tables: need(w.seg, 'segment').tables,
    warnings: need(w.messages, 'messages').map((m) => m.message),
    ...(w.decoded.pageMarks ? { pageMarks: w.decoded.pageMarks } : {}),
  });
}

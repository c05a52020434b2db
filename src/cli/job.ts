/**
 * One document, bytes to rendered output: extract, record how it was made, render. Runs inside a
 * worker thread (or in the main thread when the CLI runs from its TypeScript sources); reading
 * and writing files is the main thread's work (batch.ts), so a worker holds one file at a time
 * and a worker that dies costs exactly that file.
 */
import { Chalk } from 'chalk';
import { extract } from '../pipeline.js';
import type { Candidate, PolicyDocument } from '../types.js';
import { toExplanation } from '../emit/explain.js';
import { pageDigest, toHtml } from '../emit/html.js';
import { toCsv, toCsvRows } from '../emit/csv.js';
import { toJson, toJsonLine } from '../emit/json.js';
import { toSummary } from '../emit/summary.js';
import { describeError, type JobSettings, producerOf, type WorkItem, type WorkReply } from './settings.js';

/** source.producer after source.format, before a long source.text, so a rerun finds it in the first bytes. */
function withProducer(doc: PolicyDocument, producer: string): PolicyDocument {
  const { text, ...rest } = doc.source;
  return { ...doc, source: { ...rest, producer, ...(text === undefined ? {} : { text }) } };
}

/** The YAML writer (with the yaml package) is loaded only when YAML is asked for. */
type Yaml = (doc: PolicyDocument) => string;

/** A whole output file for one document (--out-dir): a CSV with its header, a summary without colour. */
export function renderFile(doc: PolicyDocument, s: JobSettings, candidates: readonly Candidate[] = [], yaml: Yaml | null = null): string {
  if (s.format === 'csv') return toCsv(doc);
  if (s.format === 'explain') return renderPart(doc, s, candidates);
  if (s.format === 'summary') return toSummary(doc, { chalk: new Chalk({ level: 0 }) });
  return renderPart(doc, s, [], yaml);
}

/** One document's part of a stream; the caller adds the CSV header and YAML separators. */
export function renderPart(doc: PolicyDocument, s: JobSettings, candidates: readonly Candidate[] = [], yaml: Yaml | null = null): string {
  switch (s.format) {
    case 'explain':
      return toExplanation(doc.source.text ?? '', candidates, doc.source.path ?? '<stdin>');
    case 'html':
      return toHtml(doc);
    case 'yaml':
      if (!yaml) throw new Error('the YAML writer was not loaded');
      return yaml(doc);
    case 'csv':
      return toCsvRows(doc);
    case 'jsonl':
      return toJsonLine(doc);
    case 'summary':
      return toSummary(doc, { chalk: new Chalk({ level: s.colorLevel }), width: s.columns });
    default:
      return toJson(doc);
  }
}

/**
 * Outputs are at most about five times their input (JSON with the text); one fifty times larger,
 * plus 8 MB, comes from a rule gone quadratic (`达到90%` repeated over 72 KB gave 291 MB), and
 * is refused here rather than copied to the main thread and written. Null when the size is fine.
 */
export function outputTooLarge(output: string, inputBytes: number): string | null {
  const limit = 8e6 + 50 * inputBytes;
  // A UTF-16 code unit is at most 3 UTF-8 bytes: the bytes are counted only when that could be over.
  if (output.length * 3 <= limit) return null;
  const bytes = Buffer.byteLength(output);
  if (bytes <= limit) return null;
  return `internal error: ${(bytes / 1e6).toFixed(1)} MB of output for ${(inputBytes / 1e3).toFixed(1)} KB of input (more than 50 times its size); not written`;
}

/** The document without source.text (it was read only to explain). */
function withoutText(doc: PolicyDocument): PolicyDocument {
  const { text: _text, ...source } = doc.source;
  return { ...doc, source };
}

/**
 * Extract and render one input (PDF, DOCX and OFD readers are asynchronous). Never throws: a bad
 * input is a failed reply with its reason.
 */
export async function runWork(item: WorkItem, s: JobSettings): Promise<WorkReply> {
  const t0 = performance.now();
  try {
    const explaining = s.explain === true || s.format === 'explain';
    const candidates: Candidate[] = [];
    // The review page shows the text every span indexes.
    const withText = s.includeText || s.format === 'html';
    const extracted = await extract(item.bytes, {
      encoding: s.encoding,
      path: item.label,
      includeText: withText || explaining,
      ...(explaining ? { trace: (c: Candidate) => candidates.push(c) } : {}),
    });
    // --format explain quotes the text; --explain beside another format leaves it out of the document.
    const doc = withProducer(withText || !explaining || s.format === 'explain' ? extracted : withoutText(extracted), producerOf(s));
    const yaml = s.format === 'yaml' ? (await import('../emit/yaml.js')).toYaml : null;
    const output = s.perFile ? renderFile(doc, s, candidates, yaml) : renderPart(doc, s, candidates, yaml);
    const tooLarge = outputTooLarge(output, item.bytes.byteLength);
    if (tooLarge) return { index: item.index, status: 'failed', error: tooLarge, ms: performance.now() - t0 };
    const explanation = s.explain ? toExplanation(extracted.source.text ?? '', candidates, item.label ?? '<stdin>') : undefined;
    return { index: item.index, status: 'ok', output, ms: performance.now() - t0, ...(explanation ? { explanation } : {}), ...(s.format === 'html' && s.perFile ? { digest: pageDigest(doc) } : {}) };
  } catch (err) {
    return { index: item.index, status: 'failed', error: describeError(err), ms: performance.now() - t0 };
  }
}

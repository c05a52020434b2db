/**
 * The pipeline, in stage order: ingest → normalise → segment → extract →
 * assemble (ids, links) → validate. Every stage is a pure function of its
 * input; spans are offsets into the decoded text from the first stage to the last.
 */
import { createHash } from 'node:crypto';
import type { Decoded, PolicyDocument, Span } from './types.js';
import { type IngestOptions, ingest, ingestAny } from './ingest/index.js';
import { normalize } from './normalize/index.js';
import { segment } from './segment/index.js';
import { extractMetadata } from './extract/metadata.js';
import { outlineItems } from './extract/outline-items.js';
import { extractReferences } from './extract/reference.js';
import { tableTasks } from './extract/table-task.js';
import { statesFirstLeads, unitsInText } from './extract/unit.js';
import { findIndicators, isReportDocument, REVIEW_TITLE, PLAN_TITLE } from './extract/indicator.js';
import { deadlineFromCell, findDeadlines, ongoingNotes } from './extract/deadline.js';
import type { DeadlineDraft } from './extract/deadline.js';
import type { IndicatorDraft } from './extract/indicator.js';
import { damagedYearWarning, nameSpans, quotedSpans } from './extract/time.js';
import { assemble } from './assemble.js';
import { validateDocument } from './schema/validate.js';

export interface ExtractOptions extends IngestOptions {
  /** Include `source.text` (the text every span indexes). */
  includeText?: boolean;
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
  const norm = normalize(decoded);
  const seg = segment(norm, decoded);

  const meta = extractMetadata(seg, decoded.htmlTitle, norm.text);
  const items = outlineItems(seg.outline, norm.text);

  // References are read from every line that is not chrome or a repeated copy.
  const ranges: Span[] = [];
  for (const l of norm.lines) if (!norm.chrome[l.index] && !norm.repeated[l.index] && l.text !== '') ranges.push([l.start, l.end]);
  const references = extractReferences(norm.text, mergeRanges(ranges, norm.text));

  const firstLeads = statesFirstLeads(norm.text);
  const bodyTasks = items.tasks.map((t) => ({ ...t, units: unitsInText(norm.text, t.span, firstLeads) }));
  const rows = tableTasks(seg.tables, norm.text, firstLeads);

  // Figures and time limits: running text of the body (not chrome, front matter or tables), then each table row.
  const names = nameSpans(norm.text);
  const timeCtx = { docYear: meta.year, names };
  const guarded = names.union(quotedSpans(norm.text));
  const report = isReportDocument(meta.title, norm.text);
  const bodyRanges: Span[] = [];
  for (const l of norm.lines) if (!seg.skip[l.index] && l.text !== '') bodyRanges.push([l.start, l.end]);
  // A section reviewing past work (一、2024年工作回顾) reports actual figures, and a section
  // setting out the year's work (三、2025年政府工作任务) in a report plans them, up to the
  // next section of its level.
  const reviewRanges = sectionRanges(items.sections, REVIEW_TITLE, norm.text.length);
  const planRanges = sectionRanges(items.sections, PLAN_TITLE, norm.text.length);
  const indicators: Array<IndicatorDraft & { row?: number }> = [];
  const deadlines: Array<DeadlineDraft & { row?: number }> = [];
  for (const r of mergeRanges(bodyRanges, norm.text)) {
    indicators.push(...findIndicators(norm.text, r, { ...timeCtx, guarded, reportDocument: report, reviewRanges, planRanges }));
    deadlines.push(...findDeadlines(norm.text, r, timeCtx, report), ...ongoingNotes(norm.text, r));
  }
  rows.forEach((row, i) => {
    for (const cell of row.textCells) {
      indicators.push(...findIndicators(norm.text, cell.span, { ...timeCtx, guarded, reportDocument: false }).map((x) => ({ ...x, row: i })));
      deadlines.push(...findDeadlines(norm.text, cell.span, timeCtx, false).map((x) => ({ ...x, row: i })));
    }
    if (row.deadline) deadlines.push(...deadlineFromCell(norm.text, row.deadline.span, timeCtx).map((x) => ({ ...x, row: i })));
  });

  const doc = assemble({
    source: {
      path: opts.path ?? null,
      sha256: createHash('sha256').update(bytes).digest('hex'),
      bytes: bytes.byteLength,
      encoding: decoded.encoding,
      format: decoded.format,
      ...(decoded.pages !== undefined ? { pages: decoded.pages } : {}),
      ...(opts.includeText ? { text: norm.text } : {}),
    },
    text: norm.text,
    meta,
    sections: items.sections,
    tasks: bodyTasks,
    tableTasks: rows,
    tables: seg.tables,
    indicators,
    deadlines,
    references,
    warnings: [...decoded.warnings, ...norm.warnings, ...seg.warnings, ...[damagedYearWarning(norm.lines, seg.skip)].filter((w) => w !== null)],
  });
  return validateDocument(doc, norm.text);
}

/** Join adjacent line ranges so a 《title》 broken over a line end is still found. */
function mergeRanges(ranges: Span[], text: string): Span[] {
  const out: Span[] = [];
  for (const r of ranges) {
    const last = out[out.length - 1];
    if (last && /^\s*$/.test(text.slice(last[1], r[0]))) last[1] = r[1];
    else out.push([r[0], r[1]]);
  }
  return out;
}

/** Spans of the sections whose titles match `title`, each up to the next section of its level or above. */
function sectionRanges(sections: ReadonlyArray<{ level: number; title: string; span: Span }>, title: RegExp, textLength: number): Span[] {
  const ranges: Span[] = [];
  const open: Array<{ level: number; start: number }> = [];
  const close = (level: number, at: number): void => {
    while (open.length > 0 && open[open.length - 1]!.level >= level) ranges.push([open.pop()!.start, at]);
  };
  for (const sec of sections) {
    close(sec.level, sec.span[0]);
    if (title.test(sec.title)) open.push({ level: sec.level, start: sec.span[0] });
  }
  close(0, textLength);
  return ranges;
}

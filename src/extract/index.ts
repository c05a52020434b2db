/**
 * The extract stage: the document model (segment) → drafts of every output item, each with
 * the id of the rule that produced it. Extractors run in a fixed order: metadata, the outline's
 * sections and tasks, references, units, table rows, then figures and time limits.
 */
import type { Segmented } from '../model.js';
import type { Normalized } from '../normalize/index.js';
import { PLAN_TITLE, REVIEW_TITLE } from '../patterns/titles.js';
import type { Meta } from '../schema/document.js';
import { SpanSet } from '../text/span-set.js';
import type { Span, Trace } from '../types.js';
import { deadlineFromCell, type DeadlineDraft, findDeadlines, ongoingNotes } from './deadline/index.js';
import { findTimeLimits } from './deadline/within.js';
import { findIndicators, type IndicatorDraft, isReportDocument } from './indicator/index.js';
import { extractMetadata } from './metadata.js';
import { outlineItems, type SectionDraft, type TaskDraft } from './outline-items.js';
import { extractReferences, type ReferenceDraft } from './reference.js';
import { tableTasks, type TableTaskDraft } from './table-task.js';
import { nameSpans, quotedSpans, type TimeContext } from './time.js';
import { statesFirstLeads, type UnitDraft, unitsInText } from './unit/index.js';
import { append } from '../text/arrays.js';

/** Every draft of one document; `row` indexes tableTasks for items read from a table row. */
export interface Drafts {
  meta: Meta;
  sections: SectionDraft[];
  tasks: Array<TaskDraft & { units: UnitDraft[] }>;
  tableTasks: TableTaskDraft[];
  indicators: Array<IndicatorDraft & { row?: number }>;
  deadlines: Array<DeadlineDraft & { row?: number }>;
  references: ReferenceDraft[];
}

export interface ExtractInput {
  norm: Normalized;
  seg: Segmented;
  htmlTitle: string | null;
  trace?: Trace;
}

export function extractAll({ norm, seg, htmlTitle, trace }: ExtractInput): Drafts {
  const text = norm.text;
  const meta = extractMetadata(seg, htmlTitle, text);
  const items = outlineItems(seg.outline, text, trace, furnitureInside(norm));
  const references = extractReferences(text, contentRanges(norm));
  const firstLeads = statesFirstLeads(text);
  const sectionTitle = new Map(items.sections.map((s) => [s.entry, s.title]));
  const tasks = items.tasks.map((t) => ({
    ...t,
    units: unitsInText(text, t.span, { firstLeads, trace, sectionTitle: t.sectionEntry === null ? null : (sectionTitle.get(t.sectionEntry) ?? null) }),
  }));
  const rows = tableTasks(seg.tables, text, firstLeads, trace);
  const figures = figuresAndTimeLimits(norm, seg, meta, items, rows, trace);
  return { meta, sections: items.sections, tasks, tableTasks: rows, references, ...figures };
}

/** Page furniture that ends nothing (page numbers, a page's running header): it sits inside items. */
function furnitureInside(norm: Normalized): SpanSet | undefined {
  const spans: Span[] = [];
  for (const l of norm.lines) if (norm.chrome[l.index] && !norm.chromeBoundary[l.index] && l.text !== '') spans.push([l.start, l.end]);
  return spans.length ? new SpanSet(spans) : undefined;
}

/** References are read from every line that is not chrome or a repeated copy. */
function contentRanges(norm: Normalized): Span[] {
  const ranges: Span[] = [];
  for (const l of norm.lines) if (!norm.chrome[l.index] && !norm.repeated[l.index] && l.text !== '') ranges.push([l.start, l.end]);
  return mergeRanges(ranges, norm.text);
}

/** Figures and time limits: running text of the body (not chrome, front matter or tables), then each table row. */
function figuresAndTimeLimits(norm: Normalized, seg: Segmented, meta: Meta, items: { sections: SectionDraft[]; tasks: TaskDraft[] }, rows: TableTaskDraft[], trace?: Trace): Pick<Drafts, 'indicators' | 'deadlines'> {
  const text = norm.text;
  const names = nameSpans(text);
  const time: TimeContext = { docYear: meta.year, names, signedDate: meta.signedDate, publishedDate: meta.publishedDate };
  const guarded = names.union(quotedSpans(text));
  const reportDocument = isReportDocument(meta.title, text);
  // A section reviewing past work (一、2024年工作回顾) reports actual figures, and a section setting
  // out the year's work (三、2025年政府工作任务) in a report plans them, up to the next section of its level.
  // A heading that is a task (一、基本情况 with paragraphs under it) reviews or plans its own text.
  const headed = (title: RegExp): Span[] => items.tasks.filter((t) => t.rule === 'task/heading-with-paragraphs' && t.title && title.test(t.title)).map((t) => t.span);
  const reviewRanges = [...sectionRanges(items.sections, REVIEW_TITLE, text.length), ...headed(REVIEW_TITLE)];
  const planRanges = [...sectionRanges(items.sections, PLAN_TITLE, text.length), ...headed(PLAN_TITLE)];
  const body: Span[] = [];
  for (const l of norm.lines) if (!seg.skip[l.index] && l.text !== '') body.push([l.start, l.end]);
  const indicators: Drafts['indicators'] = [];
  const deadlines: Drafts['deadlines'] = [];
  for (const r of mergeRanges(body, text)) {
    append(indicators, findIndicators(text, r, { ...time, guarded, reportDocument, reviewRanges, planRanges, trace }));
    append(append(append(deadlines, findDeadlines(text, r, time, { reportDocument, trace })), ongoingNotes(text, r, trace)), findTimeLimits(text, r, time, trace, reportDocument));
  }
  rows.forEach((row, i) => {
    for (const cell of row.textCells) {
      append(indicators, findIndicators(text, cell.span, { ...time, guarded, reportDocument: false, trace }).map((x) => ({ ...x, row: i })));
      append(deadlines, [...findDeadlines(text, cell.span, time, { reportDocument: false, trace }), ...findTimeLimits(text, cell.span, time, trace)].map((x) => ({ ...x, row: i })));
    }
    if (row.deadline) append(deadlines, deadlineFromCell(text, row.deadline.span, time, trace).map((x) => ({ ...x, row: i })));
  });
  // The other cells of every table are quantities too: a points scale (corpus 211: 指标内容及分值 …每满1年计2分)
  // or the rows under a merged group cell, which make no task of their own.
  const read = new Set(rows.flatMap((row) => row.textCells.map((c) => `${c.span[0]}:${c.span[1]}`)));
  for (const table of seg.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        if (cell.inherited) continue;
        for (const span of cell.spans) if (!read.has(`${span[0]}:${span[1]}`)) append(indicators, findIndicators(text, span, { ...time, guarded, reportDocument, trace }));
      }
    }
  }
  return { indicators, deadlines };
}

/** Join adjacent line ranges so a 《title》 or a phrase broken over a line end is still found. */
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

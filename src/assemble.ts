/**
 * Assemble: drafts from the extract stage → the output document. Assigns stable ids in
 * document order, links every item to its section and task, and keeps each item's rule id.
 */
import type { Drafts } from './extract/index.js';
import type { TableTaskDraft } from './extract/table-task.js';
import type { UnitDraft } from './extract/unit/index.js';
import type { TableModel } from './model.js';
import { cleanText } from './text/clean.js';
import type { Deadline, Indicator, PageMark, PolicyDocument, Section, SourceInfo, Span, Table, Task, Unit } from './types.js';

export interface AssembleInput {
  source: SourceInfo;
  text: string;
  drafts: Drafts;
  tables: TableModel[];
  warnings: string[];
  /** For input with pages (PDF, OFD): which page each stretch of the text came from. */
  pageMarks?: readonly PageMark[];
}

/** Index of the last of `n` sorted positions (`at(i)`) at or before `offset`, or -1. */
function lastAtOrBefore(n: number, at: (i: number) => number, offset: number): number {
  let lo = 0;
  let hi = n - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (at(mid) <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** Index of the last item whose span starts at or before `offset` (items sorted by start), or -1. */
export function lastStartingBefore(items: ReadonlyArray<{ span: Span }>, offset: number): number {
  return lastAtOrBefore(items.length, (i) => items[i]!.span[0], offset);
}

/** The id of the last section starting at or before `offset`, from sections sorted by start. */
export function sectionAt(sections: readonly Section[], offset: number): string | null {
  const i = lastStartingBefore(sections, offset);
  return i >= 0 ? sections[i]!.id : null;
}

function assembleSections(drafts: Drafts): { sections: Section[]; idOfEntry: Map<number, string> } {
  const idOfEntry = new Map<number, string>();
  drafts.sections.forEach((s, i) => idOfEntry.set(s.entry, `s${i + 1}`));
  const sections = drafts.sections.map((s, i) => ({
    id: `s${i + 1}`,
    parentId: s.parentEntry === null ? null : (idOfEntry.get(s.parentEntry) ?? null),
    level: s.level,
    marker: s.marker,
    ordinal: s.ordinal,
    title: s.title,
    span: s.span,
    rule: s.rule,
  }));
  return { sections, idOfEntry };
}

function assembleTables(tables: TableModel[], sections: Section[]): Table[] {
  return tables.map((t, i) => ({
    id: `tb${i + 1}`,
    sectionId: sectionAt(sections, t.span[0]),
    header: t.header.map(cleanText),
    rows: t.rows.map((r) => r.map((c) => cleanText(c.text))),
    span: t.span,
  }));
}

interface Pending {
  task: Omit<Task, 'id'>;
  units: UnitDraft[];
  row?: TableTaskDraft;
}

/** Body tasks and table rows, in text order, with their units. */
function assembleTasks(drafts: Drafts, idOfEntry: Map<number, string>, tables: Table[]): { tasks: Task[]; units: Unit[]; rowTaskId: Map<TableTaskDraft, string> } {
  const pending: Pending[] = [
    ...drafts.tasks.map((t) => ({
      task: {
        sectionId: t.sectionEntry === null ? null : (idOfEntry.get(t.sectionEntry) ?? null),
        origin: 'body' as const,
        tableId: null,
        marker: t.marker,
        ordinal: t.ordinal,
        title: t.title,
        text: t.text,
        span: t.span,
        rule: t.rule,
      },
      units: t.units,
    })),
    ...drafts.tableTasks.map((t) => ({
      task: { sectionId: tables[t.tableIndex]!.sectionId, origin: 'table' as const, tableId: tables[t.tableIndex]!.id, marker: null, ordinal: null, title: null, text: t.text, span: t.span, rule: 'table/row', group: t.group, row: t.row },
      units: t.units,
      row: t,
    })),
  ].sort((a, b) => a.task.span[0] - b.task.span[0] || a.task.span[1] - b.task.span[1]);
  const tasks: Task[] = [];
  const units: Unit[] = [];
  const rowTaskId = new Map<TableTaskDraft, string>();
  pending.forEach((p, i) => {
    const id = `t${i + 1}`;
    tasks.push({ id, ...p.task });
    if (p.row) rowTaskId.set(p.row, id);
    for (const u of p.units) units.push({ id: `u${units.length + 1}`, taskId: id, name: u.name, role: u.role, text: u.text, span: u.span, rule: u.rule });
  });
  return { tasks, units, rowTaskId };
}

/** The page the text at `offset` came from: the last mark at or before it (marks in text order). */
export function pageAt(marks: readonly PageMark[], offset: number): number {
  const i = lastAtOrBefore(marks.length, (j) => marks[j]!.at, offset);
  return marks[Math.max(i, 0)]?.page ?? 1;
}

/** The item with `page` written right after its span, so a reader sees 'span, page' together. */
function withPage<T extends { span: Span }>(item: T, marks: readonly PageMark[]): T {
  const out: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(item)) {
    out[k] = v;
    if (k === 'span') out['page'] = pageAt(marks, item.span[0]);
  }
  return out as T;
}

/** Every item with a span gets the page it starts on, when the input has pages. */
function paginate(doc: PolicyDocument, marks: readonly PageMark[] | undefined): PolicyDocument {
  if (!marks || marks.length === 0) return doc;
  const paged = <T extends { span: Span }>(items: T[]): T[] => items.map((x) => withPage(x, marks));
  return {
    ...doc,
    sections: paged(doc.sections),
    tasks: paged(doc.tasks),
    indicators: paged(doc.indicators),
    deadlines: paged(doc.deadlines),
    responsibleUnits: paged(doc.responsibleUnits),
    references: paged(doc.references),
    tables: paged(doc.tables),
  };
}

const byStart = <T extends { span: Span }>(a: T, b: T): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];

export function assemble(input: AssembleInput): PolicyDocument {
  const { drafts } = input;
  const { sections, idOfEntry } = assembleSections(drafts);
  const tables = assembleTables(input.tables, sections);
  const { tasks, units, rowTaskId } = assembleTasks(drafts, idOfEntry, tables);
  // Body figures belong to the task whose text holds them; table figures to their row's task.
  const bodyTasks = tasks.filter((t) => t.origin === 'body');
  const link = (x: { span: Span; row?: number }): { taskId: string | null; sectionId: string | null } => {
    if (x.row !== undefined) {
      const draft = drafts.tableTasks[x.row]!;
      return { taskId: rowTaskId.get(draft) ?? null, sectionId: tables[draft.tableIndex]!.sectionId };
    }
    const at = lastStartingBefore(bodyTasks, x.span[0]);
    const candidate = at >= 0 ? bodyTasks[at]! : null;
    const task = candidate && x.span[1] <= candidate.span[1] ? candidate : null;
    return { taskId: task?.id ?? null, sectionId: task?.sectionId ?? sectionAt(sections, x.span[0]) };
  };
  const indicators: Indicator[] = [...drafts.indicators].sort(byStart).map((d, i) => ({
    id: `i${i + 1}`,
    ...link(d),
    kind: d.kind,
    subject: d.subject,
    comparator: d.comparator,
    value: d.value,
    valueMax: d.valueMax,
    unit: d.unit,
    year: d.year,
    text: d.text,
    span: d.span,
    rule: d.rule,
  }));
  const deadlines: Deadline[] = [...drafts.deadlines].sort(byStart).map((d, i) => ({
    id: `d${i + 1}`,
    ...link(d),
    kind: d.kind,
    start: d.start,
    end: d.end,
    ...(d.kind === 'within' ? { duration: d.duration ?? null, workingDays: d.workingDays ?? false, anchor: d.anchor ?? null } : {}),
    text: d.text,
    span: d.span,
    rule: d.rule,
  }));
  return paginate({
    schemaVersion: '1',
    source: input.source,
    meta: drafts.meta,
    sections,
    tasks,
    indicators,
    deadlines,
    responsibleUnits: units,
    references: drafts.references.map((r, i) => ({ id: `r${i + 1}`, title: r.title, docNumber: r.docNumber, span: r.span })),
    tables,
    warnings: input.warnings,
  }, input.pageMarks);
}

/**
 * Assemble: drafts from the extract stage → the output document. Assigns
 * stable ids in document order and links every item to its section and task.
 */
import type { PolicyDocument, Section, SourceInfo, Span, Table, Task } from './types.js';
import type { Meta } from './schema/document.js';
import type { SectionDraft, TaskDraft } from './extract/outline-items.js';
import type { ReferenceDraft } from './extract/reference.js';
import type { TableTaskDraft } from './extract/table-task.js';
import type { UnitDraft } from './extract/unit.js';
import type { TableModel } from './segment/table.js';
import type { Deadline, Indicator, Unit } from './types.js';
import type { DeadlineDraft } from './extract/deadline.js';
import type { IndicatorDraft } from './extract/indicator.js';
import { cleanText } from './normalize/clean.js';

export interface AssembleInput {
  source: SourceInfo;
  text: string;
  meta: Meta;
  sections: SectionDraft[];
  tasks: Array<TaskDraft & { units: UnitDraft[] }>;
  tableTasks: TableTaskDraft[];
  tables: TableModel[];
  /** `row` indexes tableTasks for figures read from a table row. */
  indicators: Array<IndicatorDraft & { row?: number }>;
  deadlines: Array<DeadlineDraft & { row?: number }>;
  references: ReferenceDraft[];
  warnings: string[];
}

/** Index of the last item whose span starts at or before `offset` (items sorted by start), or -1. */
export function lastStartingBefore(items: ReadonlyArray<{ span: Span }>, offset: number): number {
  let lo = 0;
  let hi = items.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (items[mid]!.span[0] <= offset) {
      found = mid;
      lo = mid + 1;
    } else hi = mid - 1;
  }
  return found;
}

/** The id of the last section starting at or before `offset`, from sections sorted by start. */
export function sectionAt(sections: readonly Section[], offset: number): string | null {
  const i = lastStartingBefore(sections, offset);
  return i >= 0 ? sections[i]!.id : null;
}

export function assemble(input: AssembleInput): PolicyDocument {
  const sectionIdOfEntry = new Map<number, string>();
  input.sections.forEach((s, i) => sectionIdOfEntry.set(s.entry, `s${i + 1}`));
  const sections: Section[] = input.sections.map((s, i) => ({
    id: `s${i + 1}`,
    parentId: s.parentEntry === null ? null : (sectionIdOfEntry.get(s.parentEntry) ?? null),
    level: s.level,
    marker: s.marker,
    ordinal: s.ordinal,
    title: s.title,
    span: s.span,
  }));

  const tables: Table[] = input.tables.map((t, i) => ({
    id: `tb${i + 1}`,
    sectionId: sectionAt(sections, t.span[0]),
    header: t.header.map(cleanText),
    rows: t.rows.map((r) => r.map((c) => cleanText(c.text))),
    span: t.span,
  }));

  interface Pending {
    task: Omit<Task, 'id'>;
    units: UnitDraft[];
    row?: TableTaskDraft;
  }
  const pending: Pending[] = [
    ...input.tasks.map((t) => ({
      task: {
        sectionId: t.sectionEntry === null ? null : (sectionIdOfEntry.get(t.sectionEntry) ?? null),
        origin: 'body' as const,
        tableId: null,
        marker: t.marker,
        ordinal: t.ordinal,
        title: t.title,
        text: t.text,
        span: t.span as Span,
      },
      units: t.units,
    })),
    ...input.tableTasks.map((t) => ({
      task: {
        sectionId: tables[t.tableIndex]!.sectionId,
        origin: 'table' as const,
        tableId: tables[t.tableIndex]!.id,
        marker: null,
        ordinal: null,
        title: null,
        text: t.text,
        span: t.span,
        group: t.group,
        row: t.row,
      },
      units: t.units,
      row: t,
    })),
  ].sort((a, b) => a.task.span[0] - b.task.span[0] || a.task.span[1] - b.task.span[1]);

  const tasks: Task[] = [];
  const responsibleUnits: Unit[] = [];
  const rowTaskId = new Map<TableTaskDraft, string>();
  pending.forEach((p, i) => {
    const id = `t${i + 1}`;
    tasks.push({ id, ...p.task });
    if (p.row) rowTaskId.set(p.row, id);
    for (const u of p.units) {
      responsibleUnits.push({ id: `u${responsibleUnits.length + 1}`, taskId: id, name: u.name, role: u.role, text: u.text, span: u.span });
    }
  });

  // Body figures belong to the task whose text holds them; table figures to their row's task.
  const bodyTasks = tasks.filter((t) => t.origin === 'body');
  const link = (x: { span: Span; row?: number }): { taskId: string | null; sectionId: string | null } => {
    if (x.row !== undefined) {
      const draft = input.tableTasks[x.row]!;
      const taskId = rowTaskId.get(draft) ?? null;
      return { taskId, sectionId: tables[draft.tableIndex]!.sectionId };
    }
    const at = lastStartingBefore(bodyTasks, x.span[0]);
    const candidate = at >= 0 ? bodyTasks[at]! : null;
    const task = candidate && x.span[1] <= candidate.span[1] ? candidate : null;
    return { taskId: task?.id ?? null, sectionId: task?.sectionId ?? sectionAt(sections, x.span[0]) };
  };
  const byStart = <T extends { span: Span }>(a: T, b: T): number => a.span[0] - b.span[0] || a.span[1] - b.span[1];
  const indicators: Indicator[] = [...input.indicators].sort(byStart).map((d, i) => ({
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
  }));
  const deadlines: Deadline[] = [...input.deadlines].sort(byStart).map((d, i) => ({
    id: `d${i + 1}`,
    ...link(d),
    kind: d.kind,
    start: d.start,
    end: d.end,
    text: d.text,
    span: d.span,
  }));

  return {
    schemaVersion: '1',
    source: input.source,
    meta: input.meta,
    sections,
    tasks,
    indicators,
    deadlines,
    responsibleUnits,
    references: input.references.map((r, i) => ({ id: `r${i + 1}`, title: r.title, docNumber: r.docNumber, span: r.span })),
    tables,
    warnings: input.warnings,
  };
}

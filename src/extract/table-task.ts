/**
 * Table rows as tasks: every data row of a task table (one with a work-content
 * column: 工作任务 / 工作措施 / 改革举措 …) is a task whose text is that cell, with
 * its group (主要任务), its units from the unit columns, and its time-limit cell.
 */
import type { Span, Trace } from '../types.js';
import { cleanText } from '../text/clean.js';
import type { CellModel, TableModel } from '../model.js';
import { parseUnitList, type Role, type UnitDraft } from './unit/index.js';
import { append } from '../text/arrays.js';

export interface CellRef {
  text: string;
  span: Span;
}

export interface TableTaskDraft {
  tableIndex: number;
  /** 1-based data row. */
  row: number;
  text: string;
  span: Span;
  group: string | null;
  units: UnitDraft[];
  /** The row's 完成时限 cell, when the table has one. */
  deadline: CellRef | null;
  /** Cells where the row's figures and dates are read (work content and targets). */
  textCells: CellRef[];
}

function cellSpan(cell: CellModel): Span | null {
  if (cell.spans.length === 0) return null;
  return [Math.min(...cell.spans.map((s) => s[0])), Math.max(...cell.spans.map((s) => s[1]))];
}

function ref(cell: CellModel | undefined): CellRef | null {
  if (!cell || cell.text === '') return null;
  const span = cellSpan(cell);
  return span ? { text: cell.text, span } : null;
}

/**
 * The column holding the work content: the first content column, else the group column when the
 * table also assigns units or time limits; a table with only a 类别 column (a points scale, corpus
 * 211: 类别 / 序号 / 指标 / 指标内容及分值) assigns no work, and -1 says so.
 */
export function contentColumn(table: TableModel): number {
  const content = table.columns.indexOf('content');
  if (content >= 0) return content;
  const assigns = table.columns.some((c) => c === 'unit' || c === 'lead' || c === 'support' || c === 'deadline');
  return assigns ? table.columns.indexOf('group') : -1;
}

const UNIT_ROLE: Partial<Record<string, Role>> = { unit: 'responsible', lead: 'lead', support: 'support' };

export function tableTasks(tables: readonly TableModel[], text: string, firstLeads: boolean, trace?: Trace): TableTaskDraft[] {
  const out: TableTaskDraft[] = [];
  tables.forEach((table, tableIndex) => {
    const col = contentColumn(table);
    if (col < 0) return;
    const groupCol = table.columns[col] === 'content' ? table.columns.indexOf('group') : -1;
    table.rows.forEach((row, r) => {
      const content = row[col]!;
      const span = cellSpan(content);
      if (!span || content.text === '' || content.inherited) return;
      const units: UnitDraft[] = [];
      table.columns.forEach((kind, c) => {
        const role = UNIT_ROLE[kind];
        const cell = row[c]!;
        const cs = cellSpan(cell);
        if (!role || !cs || cell.text === '') return;
        // A merged unit cell counts for every row it covers; its span stays where it is written.
        for (const s of cell.spans) append(units, parseUnitList(text, s, { defaultRole: role, firstLeads: firstLeads && role === 'responsible', rule: `unit/table-${kind}`, trace }));
      });
      const deadlineCol = table.columns.indexOf('deadline');
      const group = groupCol >= 0 ? (row[groupCol]?.text ?? '') : (table.rowGroups[r]?.text ?? '');
      const textCells: CellRef[] = [];
      table.columns.forEach((kind, c) => {
        if (kind === 'content' || kind === 'path' || kind === 'other') {
          const cell = row[c]!;
          if (cell.inherited) return;
          for (const s of cell.spans) textCells.push({ text: text.slice(s[0], s[1]), span: s });
        }
      });
      out.push({
        tableIndex,
        row: r + 1,
        text: cleanText(content.text),
        span,
        group: group === '' ? null : cleanText(group),
        units,
        deadline: deadlineCol >= 0 ? ref(row[deadlineCol]) : null,
        textCells,
      });
    });
  });
  return out;
}

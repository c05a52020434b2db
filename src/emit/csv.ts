/**
 * CSV for Excel and pandas: one row per task with its section path, units (with
 * roles), deadlines and indicators. UTF-8 with a BOM so Excel reads Chinese
 * correctly; CRLF line ends (RFC 4180); cells that a spreadsheet would run as a
 * formula (= + - @ tab CR at the start) are prefixed with '.
 */
import type { PolicyDocument, Section } from '../types.js';

export const CSV_BOM = '\ufeff';

export const CSV_COLUMNS = [
  'document',
  'task_id',
  'origin',
  'section',
  'marker',
  'title',
  'text',
  'units',
  'deadlines',
  'indicators',
  'group',
  'table_row',
  'span_start',
  'span_end',
  // Last, so readers of the earlier columns by position are unaffected; empty without pages.
  'page',
] as const;

const ROLE_LABEL = { lead: '牵头', support: '配合', responsible: '负责' } as const;

function cell(value: string | number | null | undefined): string {
  let s = value === null || value === undefined ? '' : String(value);
  if (/^[=+\-@\t\r]/.test(s)) s = `'${s}`;
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

function row(values: ReadonlyArray<string | number | null | undefined>): string {
  return `${values.map(cell).join(',')}\r\n`;
}

export function csvHeader(): string {
  return row(CSV_COLUMNS);
}

/** Items grouped by the task they belong to. */
export function groupByTask<T extends { taskId: string | null }>(items: readonly T[]): Map<string, T[]> {
  const out = new Map<string, T[]>();
  for (const x of items) {
    if (x.taskId === null) continue;
    const list = out.get(x.taskId);
    if (list) list.push(x);
    else out.set(x.taskId, [x]);
  }
  return out;
}

function sectionPath(byId: ReadonlyMap<string, Section>, id: string | null): string {
  const parts: string[] = [];
  let s = id ? byId.get(id) : undefined;
  while (s) {
    parts.unshift(`${s.marker ?? ''}${s.title}`);
    s = s.parentId ? byId.get(s.parentId) : undefined;
  }
  return parts.join(' > ');
}

/** The data rows of one document (no header, no BOM). */
export function toCsvRows(doc: PolicyDocument): string {
  const name = doc.source.path ?? '<stdin>';
  const units = groupByTask(doc.responsibleUnits);
  const deadlines = groupByTask(doc.deadlines);
  const indicators = groupByTask(doc.indicators);
  const sectionsById = new Map(doc.sections.map((s) => [s.id, s]));
  let out = '';
  for (const t of doc.tasks) {
    const u = (units.get(t.id) ?? []).map((x) => `${x.name}(${ROLE_LABEL[x.role]})`);
    const d = (deadlines.get(t.id) ?? []).map((x) => `${x.kind === 'range' ? `${x.start}..${x.end}` : x.kind === 'by' ? `≤${x.end}` : x.kind} (${x.text})`);
    const ind = (indicators.get(t.id) ?? []).map((x) => `${x.subject} ${x.comparator} ${x.value}${x.valueMax !== null ? `-${x.valueMax}` : ''}${x.unit}${x.year ? ` (${x.year})` : ''}`);
    out += row([
      name,
      t.id,
      t.origin,
      sectionPath(sectionsById, t.sectionId),
      t.marker,
      t.title,
      t.text,
      u.join('; '),
      d.join('; '),
      ind.join('; '),
      t.group ?? null,
      t.row ?? null,
      t.span[0],
      t.span[1],
      t.page ?? null,
    ]);
  }
  return out;
}

/** A whole CSV file for one document. */
export function toCsv(doc: PolicyDocument): string {
  return CSV_BOM + csvHeader() + toCsvRows(doc);
}

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

function sectionPath(sections: readonly Section[], id: string | null): string {
  const byId = new Map(sections.map((s) => [s.id, s]));
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
  let out = '';
  for (const t of doc.tasks) {
    const units = doc.responsibleUnits.filter((u) => u.taskId === t.id).map((u) => `${u.name}(${ROLE_LABEL[u.role]})`);
    const deadlines = doc.deadlines
      .filter((d) => d.taskId === t.id)
      .map((d) => `${d.kind === 'range' ? `${d.start}..${d.end}` : d.kind === 'by' ? `≤${d.end}` : d.kind} (${d.text})`);
    const indicators = doc.indicators
      .filter((i) => i.taskId === t.id)
      .map((i) => `${i.subject} ${i.comparator} ${i.value}${i.valueMax !== null ? `-${i.valueMax}` : ''}${i.unit}${i.year ? ` (${i.year})` : ''}`);
    out += row([
      name,
      t.id,
      t.origin,
      sectionPath(doc.sections, t.sectionId),
      t.marker,
      t.title,
      t.text,
      units.join('; '),
      deadlines.join('; '),
      indicators.join('; '),
      t.group ?? null,
      t.row ?? null,
      t.span[0],
      t.span[1],
    ]);
  }
  return out;
}

/** A whole CSV file for one document. */
export function toCsv(doc: PolicyDocument): string {
  return CSV_BOM + csvHeader() + toCsvRows(doc);
}

/**
 * What a table cell looks like: a 序号, a 完成时限, a list of organisations, a
 * group heading, or text. Used to rebuild tables that were flattened to one
 * cell per line, where column positions cannot be trusted.
 */
import type { ColumnKind } from '../lexicon/table-headers.js';
import { DEADLINE_CELL } from '../patterns/deadlines.js';
import { TABLE_HEADER_KINDS } from '../patterns/headers.js';
import { compactKey } from '../text/clean.js';

export type { ColumnKind };

/** The column kind a header cell names, or null when it is not a known header word. */
export function headerKind(cell: string): ColumnKind | null {
  if (cell.length > 40) return null;
  const k = compactKey(cell).replace(/[:：]$/, '');
  if (k.length === 0 || k.length > 14) return null;
  for (const [kind, re] of TABLE_HEADER_KINDS) if (re.test(k)) return kind;
  return null;
}

/** 1 / 12 — a 序号 cell. */
export function isSeqCell(cell: string): number | null {
  const k = compactKey(cell);
  return /^\d{1,3}$/.test(k) ? Number.parseInt(k, 10) : null;
}

/** A 完成时限 cell: 2022年 / 2022年-2025年 / 2023年底 / 2022年6月底前 / 持续推进 / 长期坚持 / 每年. */
export function isDeadlineCell(cell: string): boolean {
  const k = compactKey(cell).replace(/[。；;，,]$/, '');
  return k.length > 0 && k.length <= 24 && DEADLINE_CELL.test(k);
}

/** `2022年` then `-2025年` on the next line: one cell broken in two. */
export function isDeadlineTail(cell: string): boolean {
  return /^[-—–~～至到][ \u3000]{0,3}(?:19|20)\d{2}/.test(cell.trim());
}

/** A group cell (主要任务) usually carries the task's number: `1.健全…` / `8增强…`. */
export function hasLeadingNumber(cell: string): boolean {
  return /^\d{1,3}[.．、]?[ \u3000]{0,2}(?=[\u4e00-\u9fff“"《（(])/.test(cell.trim());
}

/** A cell that ends a sentence or phrase; a cell that does not may continue on the next line. */
export function endsClosed(cell: string): boolean {
  return /[。；;！？!?”"）)」』%]$/.test(cell.trim());
}

/**
 * Tables, from HTML `<table>` elements and from tables flattened to one cell per
 * line (PDF and web extraction). Flattened tables are rebuilt from what the
 * cells look like rather than their positions: the header run names the
 * columns; a 序号 cell, a 完成时限 cell and a unit-list cell anchor each row;
 * merged cells written once are carried into the rows they cover; cells broken
 * over lines are joined; repeated header runs at page breaks are skipped.
 */
import type { CellModel, TableModel } from '../model.js';
import { isUnitCell } from '../text/organisations.js';
import type { HtmlTable, Line, Span } from '../types.js';
import { compactKey } from '../text/clean.js';
import {
  type ColumnKind,
  endsClosed,
  hasLeadingNumber,
  headerKind,
  isDeadlineCell,
  isDeadlineTail,
  isSeqCell,
} from './cells.js';
import { append } from '../text/arrays.js';

interface StreamCell {
  text: string;
  spans: Span[];
  line: number;
}

const MIN_HEADER_CELLS = 3;
const TEXT_KINDS: ReadonlySet<ColumnKind> = new Set(['group', 'content', 'path', 'other']);
const ANCHOR_KINDS: ReadonlySet<ColumnKind> = new Set(['deadline', 'unit', 'lead', 'support']);

/** Find the header run starting at line index `i` (consecutive non-empty lines that are header words). */
function headerRunAt(lines: readonly Line[], skip: readonly boolean[], i: number): { cells: number[]; kinds: ColumnKind[] } | null {
  const cells: number[] = [];
  const kinds: ColumnKind[] = [];
  for (let j = i; j < lines.length && cells.length < 12; j++) {
    const l = lines[j]!;
    if (l.text === '') continue;
    if (skip[j]) break;
    const kind = headerKind(l.text);
    if (!kind) break;
    cells.push(j);
    kinds.push(kind);
  }
  if (cells.length < MIN_HEADER_CELLS) return null;
  // A task table names what is to be done, or who does it.
  if (!kinds.some((k) => k === 'content' || k === 'group' || k === 'unit' || k === 'lead')) return null;
  return { cells, kinds };
}

/** Find and rebuild every flattened table in the text. */
export function findTextTables(lines: readonly Line[], skip: readonly boolean[]): TableModel[] {
  const tables: TableModel[] = [];
  for (let i = 0; i < lines.length; i++) {
    if (skip[i] || lines[i]!.text === '') continue;
    if (!headerKind(lines[i]!.text)) continue;
    const head = headerRunAt(lines, skip, i);
    if (!head) continue;
    const table = rebuild(lines, skip, head);
    if (table) {
      tables.push(table);
      i = table.lastLine;
    }
  }
  return tables;
}

/** Ends a flattened table: furniture and skipped lines, a new labelled block, an 附件 line. */
function isTableEnd(line: Line): boolean {
  return /^附件\s{0,3}\d{0,2}\s{0,3}[:：]?$/.test(line.text);
}

function rebuild(lines: readonly Line[], skip: readonly boolean[], head: { cells: number[]; kinds: ColumnKind[] }): TableModel | null {
  const headerKeys = head.cells.map((j) => compactKey(lines[j]!.text));
  const columns = head.kinds;
  const warnings: string[] = [];

  // 1. The cell stream: non-empty lines after the header, with repeated headers skipped.
  const stream: StreamCell[] = [];
  let j = head.cells[head.cells.length - 1]! + 1;
  let lastLine = j - 1;
  while (j < lines.length) {
    const l = lines[j]!;
    if (l.text === '') {
      j++;
      continue;
    }
    if (skip[j] || isTableEnd(l)) break;
    if (compactKey(l.text) === headerKeys[0]) {
      const again = headerRunAt(lines, skip, j);
      if (again && again.cells.length === headerKeys.length) {
        j = again.cells[again.cells.length - 1]! + 1;
        continue;
      }
    }
    stream.push({ text: l.text, spans: [[l.start, l.end]], line: j });
    j++;
  }

  // 2. Join cells broken over lines: 2022年 / -2025年, and 4.创新基层治理队伍培育机 / 制。
  const cells: StreamCell[] = [];
  for (const c of stream) {
    const prev = cells[cells.length - 1];
    if (prev && /^(?:19|20)\d{2}\s*年?$/.test(compactKey(prev.text)) && isDeadlineTail(c.text)) {
      prev.text = `${prev.text}${c.text}`;
      append(prev.spans, c.spans);
      continue;
    }
    if (prev && !endsClosed(prev.text) && isFragmentTail(c.text) && !isDeadlineCell(prev.text) && !isUnitCell(prev.text)) {
      prev.text = `${prev.text}${c.text}`;
      append(prev.spans, c.spans);
      continue;
    }
    cells.push({ ...c, spans: [...c.spans] });
  }

  // 3. Rows.
  const rows = columns.includes('seq') ? rowsBySequence(cells, columns, warnings) : rowsByAnchors(cells, columns, warnings);
  if (rows.rows.length === 0) return null;
  lastLine = rows.lastLine;
  const firstLine = head.cells[0]!;
  const start = lines[firstLine]!.start;
  const end = lines[lastLine]!.end;
  return {
    source: 'text',
    span: [start, end],
    header: head.cells.map((k) => lines[k]!.text),
    columns,
    rows: rows.rows,
    rowGroups: rows.rows.map(() => null),
    firstLine,
    lastLine,
    warnings,
  };
}

/** A short tail left by a line break inside a cell: `制。` */
function isFragmentTail(text: string): boolean {
  const k = compactKey(text);
  return k.length <= 6 && /[。；;]$/.test(k) && !isSeqCell(k) && !isDeadlineCell(k);
}

type Rows = { rows: CellModel[][]; lastLine: number };

function emptyCell(): CellModel {
  return { text: '', spans: [], inherited: false };
}

function cellOf(c: StreamCell): CellModel {
  return { text: c.text, spans: c.spans, inherited: false };
}

/** Put a row's text cells into the text columns, merging or carrying cells as the counts require. */
function assignText(row: CellModel[], texts: StreamCell[], columns: readonly ColumnKind[], previous: CellModel[] | null, warnings: string[], rowNo: number): void {
  const textCols = columns.map((k, i) => (TEXT_KINDS.has(k) ? i : -1)).filter((i) => i >= 0);
  const groupCol = columns.indexOf('group');
  let pending = [...texts];
  let cols = [...textCols];
  if (groupCol >= 0 && cols[0] === groupCol) {
    const hasGroup = pending.length >= cols.length || (pending.length > 0 && hasLeadingNumber(pending[0]!.text) && pending.length > 1);
    if (hasGroup) {
      row[groupCol] = cellOf(pending.shift()!);
    } else if (previous && previous[groupCol]!.text !== '') {
      row[groupCol] = { ...previous[groupCol]!, inherited: true };
    }
    cols = cols.slice(1);
  }
  if (pending.length > cols.length && cols.length >= 2) {
    // More text cells than columns: the middle ones are one cell broken apart.
    const keepTail = cols.length - 1;
    const head = pending.slice(0, pending.length - keepTail);
    const merged: StreamCell = { text: head.map((c) => c.text).join(''), spans: head.flatMap((c) => c.spans), line: head[0]!.line };
    pending = [merged, ...pending.slice(pending.length - keepTail)];
    warnings.push(`table row ${rowNo}: ${head.length} text cells read as one work-content cell`);
  } else if (pending.length > cols.length && cols.length === 1) {
    const merged: StreamCell = { text: pending.map((c) => c.text).join(''), spans: pending.flatMap((c) => c.spans), line: pending[0]!.line };
    pending = [merged];
  }
  cols.forEach((col, k) => {
    const c = pending[k];
    row[col] = c ? cellOf(c) : emptyCell();
  });
}

function carryAnchors(row: CellModel[], columns: readonly ColumnKind[], previous: CellModel[] | null): void {
  columns.forEach((kind, i) => {
    if (!ANCHOR_KINDS.has(kind) || row[i]!.text !== '' || !previous) return;
    const above = previous[i]!;
    if (above.text !== '') row[i] = { ...above, inherited: true };
  });
}

/** Tables with a 序号 column: each number starts a row. */
function rowsBySequence(cells: StreamCell[], columns: readonly ColumnKind[], warnings: string[]): Rows {
  const seqCol = columns.indexOf('seq');
  const rows: CellModel[][] = [];
  let lastLine = -1;
  let k = 0;
  let expected = 1;
  while (k < cells.length) {
    const n = isSeqCell(cells[k]!.text);
    if (n === null || (n !== expected && !(rows.length === 0 && n >= 1))) break;
    const row: CellModel[] = columns.map(() => emptyCell());
    row[seqCol] = cellOf(cells[k]!);
    const texts: StreamCell[] = [];
    let m = k + 1;
    while (m < cells.length && isSeqCell(cells[m]!.text) !== n + 1) {
      const c = cells[m]!;
      const anchor = anchorColumn(c.text, columns, row);
      if (anchor >= 0) row[anchor] = cellOf(c);
      else texts.push(c);
      m++;
      if (texts.length > columns.length * 3) break;
    }
    // A trailing run of non-cells (a footer) stops the last row at its last anchor.
    assignText(row, texts, columns, rows[rows.length - 1] ?? null, warnings, rows.length + 1);
    carryAnchors(row, columns, rows[rows.length - 1] ?? null);
    rows.push(row);
    lastLine = cells[m - 1]!.line;
    expected = n + 1;
    k = m;
  }
  return { rows, lastLine };
}

/** Which anchor column (deadline, unit …) a cell fills, or -1. Each anchor is filled once per row. */
function anchorColumn(text: string, columns: readonly ColumnKind[], row: readonly CellModel[]): number {
  for (let i = 0; i < columns.length; i++) {
    const kind = columns[i]!;
    if (row[i]!.text !== '') continue;
    if (kind === 'deadline' && isDeadlineCell(text)) return i;
    if ((kind === 'unit' || kind === 'lead' || kind === 'support') && isUnitCell(text)) return i;
  }
  return -1;
}

/** Tables without a 序号: a row ends at its last anchor cell, or where text follows an anchor. */
function rowsByAnchors(cells: StreamCell[], columns: readonly ColumnKind[], warnings: string[]): Rows {
  const rows: CellModel[][] = [];
  const anchorCols = columns.map((k, i) => (ANCHOR_KINDS.has(k) ? i : -1)).filter((i) => i >= 0);
  const lastAnchor = anchorCols[anchorCols.length - 1] ?? -1;
  const textCount = columns.filter((k) => TEXT_KINDS.has(k)).length;
  let lastLine = -1;
  let k = 0;
  while (k < cells.length) {
    const row: CellModel[] = columns.map(() => emptyCell());
    const texts: StreamCell[] = [];
    let anchored = false;
    let m = k;
    for (; m < cells.length; m++) {
      const c = cells[m]!;
      const anchor = anchorColumn(c.text, columns, row);
      if (anchor >= 0) {
        row[anchor] = cellOf(c);
        anchored = true;
        if (anchor === lastAnchor) {
          m++;
          break;
        }
        continue;
      }
      if (anchored) break; // text after an anchor: the next row begins (the rest were merged above)
      texts.push(c);
      if (texts.length > textCount + 3) break;
    }
    if (!anchored) break; // trailing text that never reaches a 时限/单位 cell: not a row
    assignText(row, texts, columns, rows[rows.length - 1] ?? null, warnings, rows.length + 1);
    carryAnchors(row, columns, rows[rows.length - 1] ?? null);
    rows.push(row);
    lastLine = cells[m - 1]!.line;
    k = m;
  }
  if (k < cells.length && rows.length > 0) {
    const left = cells.length - k;
    if (left > 0 && left <= textCount + 3) warnings.push(`table ending at line ${lastLine + 1}: ${left} trailing cell(s) could not be placed in a row`);
  }
  return { rows, lastLine };
}

// ---------------------------------------------------------------- HTML tables

/** Expand rowspan/colspan into a grid: a merged cell's value is repeated into every cell it covers. */
export function expandGrid(table: HtmlTable): CellModel[][] {
  const grid: CellModel[][] = [];
  table.rows.forEach((row, r) => {
    grid[r] ??= [];
    let c = 0;
    for (const cell of row) {
      while (grid[r]![c]) c++;
      for (let dr = 0; dr < cell.rowspan && r + dr < table.rows.length; dr++) {
        grid[r + dr] ??= [];
        for (let dc = 0; dc < cell.colspan; dc++) {
          grid[r + dr]![c + dc] = { text: cell.text, spans: cell.text ? [cell.span] : [], inherited: dr > 0 || dc > 0 };
        }
      }
      c += cell.colspan;
    }
  });
  let width = 0;
  for (const r of grid) width = Math.max(width, r.length);
  return grid.map((r) => Array.from({ length: width }, (_, i) => r[i] ?? emptyCell()));
}

/** A layout table holds a page, not data: nested tables, one column, or huge cells. */
function isLayoutTable(table: HtmlTable, grid: CellModel[][]): boolean {
  if (table.containsTable) return true;
  if (grid.length < 2 || (grid[0]?.length ?? 0) < 2) return true;
  // A loop, not Math.max(...cells): a 125k-cell table would overflow the call stack.
  for (const row of grid) for (const c of row) if (c.text.length > 3000) return true;
  return false;
}

/** Label/value tables (索引号 / 发文机关 …) belong to the header, not to the document. */
function isLabelTable(grid: CellModel[][]): boolean {
  const labels = grid.flat().filter((c) => /^[\u4e00-\u9fff\s\u3000]{2,8}[:：]$/.test(c.text.trim())).length;
  return labels >= 3;
}

/** The row under a header that some header cells reach down into (rowspan) and whose own cells are labels. */
function isSubHeaderRow(header: readonly CellModel[], row: readonly CellModel[]): boolean {
  let spannedDown = 0;
  let own = 0;
  for (let c = 0; c < row.length; c++) {
    const cell = row[c]!;
    const fromAbove = cell.inherited && cell.text === header[c]?.text && row[c - 1]?.text !== cell.text;
    if (fromAbove) spannedDown++;
    else if (cell.text !== '') {
      if (/^[\d.,，%％\s-]+$/.test(cell.text) || cell.text.length > 20) return false;
      own++;
    }
  }
  return spannedDown > 0 && own > 0;
}

/** HTML data tables: header row(s) then data rows, spans kept per cell. */
export function htmlTables(tables: readonly HtmlTable[], lineOf: (offset: number) => number): TableModel[] {
  const out: TableModel[] = [];
  for (const t of tables) {
    const grid = expandGrid(t);
    if (isLayoutTable(t, grid) || isLabelTable(grid)) continue;
    // Skip title rows (one value across the whole width) above the header.
    let h = 0;
    while (h < grid.length - 1 && new Set(grid[h]!.map((c) => c.text)).size === 1) h++;
    let headerRow = grid[h]!;
    // A two-row header: 分年度招生任务 spans 1996年 / 1997年 / 1998年 below it, while 省（市）
    // spans both rows. The column is named by both (分年度招生任务/1996年).
    const second = grid[h + 1];
    if (second && h + 2 < grid.length && isSubHeaderRow(headerRow, second)) {
      headerRow = headerRow.map((top, c) => {
        const below = second[c]!;
        return below.text === top.text || below.text === '' ? top : { ...below, text: `${top.text}/${below.text}` };
      });
      h++;
    }
    const columns = headerRow.map((c) => headerKind(c.text.slice(c.text.lastIndexOf('/') + 1)) ?? headerKind(c.text) ?? 'other');
    // Full-width rows inside the body are group labels for the rows below them.
    const rows: CellModel[][] = [];
    const rowGroups: Array<CellModel | null> = [];
    let group: CellModel | null = null;
    for (const r of grid.slice(h + 1)) {
      if (!r.some((c) => c.text !== '' && !c.inherited)) continue;
      if (r.length > 1 && new Set(r.map((c) => c.text)).size === 1) {
        group = r[0]!;
        continue;
      }
      rows.push(r);
      rowGroups.push(group);
    }
    if (rows.length === 0) continue;
    out.push({
      source: 'html',
      span: t.span,
      header: headerRow.map((c) => c.text),
      columns,
      rows,
      rowGroups,
      firstLine: lineOf(t.span[0]),
      lastLine: lineOf(Math.max(t.span[0], t.span[1] - 1)),
      warnings: [],
    });
  }
  return out;
}

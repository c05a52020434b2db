/**
 * Tables on a laid-out page (PDF, OFD), found from the text alone: lines whose runs stand in
 * columns apart (wide gaps) mark a table; its runs are sorted into columns by where they
 * start, into cells by the vertical gaps inside each column, and into rows by cells that
 * overlap vertically (a 序号 cell is centred beside a five-line 主要内容 cell). A table
 * without rules is found too (the 索引号 / 发文机关 box of a gov.cn page). Each cell
 * becomes one line of text, as in the HTML path, and the table is handed on with its cells.
 */
import type { PageLine, TextRun } from './layout.js';

export interface LaidCell {
  text: string;
  column: number;
  colspan: number;
}

export interface LaidTable {
  kind: 'table';
  /** Left edges of the columns. */
  columns: number[];
  rows: LaidCell[][];
  /** The first and last line of the page it was built from. */
  top: number;
  bottom: number;
}

/** Column edges: x positions where runs start on at least this many lines of a page. */
const MIN_COLUMN_LINES = 3;
/** Lines of another kind a table may hold between two tabular lines (a group row 一、…方面). */
const MAX_OTHER_LINES = 4;

/**
 * Column edges of a page: cells start every line of their text at the cell's left edge, so
 * in a table the same x positions open runs line after line (in running text only the
 * margin and the indent do, and only at a line's start).
 */
function frequentStarts(lines: readonly PageLine[]): number[] {
  const byX = new Map<number, Set<number>>();
  lines.forEach((l, i) => {
    if (l.rule !== null) return;
    for (const r of openingRuns(l)) {
      const key = Math.round(r.x * 2) / 2;
      const set = byX.get(key) ?? new Set<number>();
      set.add(i);
      byX.set(key, set);
    }
  });
  const size = lines[0]?.size ?? 10;
  const keys = [...byX.keys()].sort((a, b) => a - b);
  const out: number[] = [];
  let k = 0;
  while (k < keys.length) {
    let j = k;
    const hit = new Set(byX.get(keys[k]!)!);
    while (j + 1 < keys.length && keys[j + 1]! - keys[k]! <= 0.5 * size) for (const i of byX.get(keys[++j]!)!) hit.add(i);
    if (hit.size >= MIN_COLUMN_LINES) out.push(keys[k]!);
    k = j + 1;
  }
  return out;
}

/**
 * The runs of a line that open a stretch of text: the first, and those after a gap (cell
 * padding). Justified CJK text sits on a grid, so runs that merely change font line up too,
 * but they follow the previous run without a gap.
 */
function openingRuns(l: PageLine): TextRun[] {
  const out: TextRun[] = [];
  let right = Number.NEGATIVE_INFINITY;
  for (const r of l.runs) {
    if (r.text.trim() === '') continue;
    if (out.length === 0 || r.x - right >= 0.4 * r.size) out.push(r);
    right = Math.max(right, r.x + r.width);
  }
  return out;
}

/** The column edges a line's runs start at. */
function columnsHit(l: PageLine, columns: readonly number[]): number[] {
  const hit = new Set<number>();
  for (const r of openingRuns(l)) {
    const c = columns.findIndex((x) => Math.abs(r.x - x) <= 0.4 * r.size);
    if (c >= 0) hit.add(c);
  }
  return [...hit].sort((a, b) => a - b);
}

/** A single-piece line belongs to an adjacent table when it fits inside one of its columns. */
function fitsColumn(l: PageLine, columns: readonly number[]): boolean {
  const tol = 0.5 * l.size;
  for (let k = 0; k < columns.length; k++) {
    const next = columns[k + 1] ?? Number.POSITIVE_INFINITY;
    if (l.x >= columns[k]! - tol && l.x < next - tol) return l.right <= next + tol;
  }
  return false;
}

export interface TableBlock {
  first: number;
  last: number;
  columns: number[];
}

/**
 * The table blocks among a page's lines: stretches of lines that are tabular (runs opening at
 * two column edges or more) or fit inside one column, with at most a few other lines between
 * (a group row 一、知识产权保护方面 across the table), holding two tabular lines or more and
 * one line at least whose cells stand apart by a wide gap.
 */
export function findTableBlocks(lines: readonly PageLine[]): TableBlock[] {
  if (!lines.some((l) => l.pieces > 1 && l.rule === null)) return [];
  const edges = frequentStarts(lines);
  const tabular = lines.map((l) => l.rule === null && (l.pieces > 1 || columnsHit(l, edges).length >= 2));
  const uses = new Map<number, number>();
  lines.forEach((l, i) => {
    if (tabular[i]) for (const c of columnsHit(l, edges)) uses.set(c, (uses.get(c) ?? 0) + 1);
  });
  const columns = edges.filter((_, c) => (uses.get(c) ?? 0) >= 2);
  if (columns.length < 2) return [];
  const member = lines.map((l, i) => tabular[i]! || (l.rule === null && fitsColumn(l, columns)));
  const blocks: TableBlock[] = [];
  let i = 0;
  while (i < lines.length) {
    if (!tabular[i]) {
      i++;
      continue;
    }
    let first = i;
    while (first > 0 && member[first - 1] && lines[first]!.y - lines[first - 1]!.y < 3.5 * lines[first]!.size) first--;
    let last = i;
    let others = 0;
    for (let j = i + 1; j < lines.length && lines[j]!.y - lines[j - 1]!.y < 3.5 * lines[j - 1]!.size && lines[j]!.rule === null; j++) {
      if (member[j]) {
        last = j;
        others = 0;
      } else if (++others > MAX_OTHER_LINES) break;
    }
    const rows = lines.slice(first, last + 1);
    if (rows.filter((_, k) => tabular[first + k]).length >= 2 && rows.some((l) => l.pieces > 1)) blocks.push({ first, last, columns });
    i = last + 1;
  }
  return blocks;
}

interface CellDraft {
  column: number;
  colspan: number;
  top: number;
  bottom: number;
  runs: TextRun[];
  lastY: number;
}

/** Build the table of a block of lines: runs → columns → cells → rows. */
export function buildTable(lines: readonly PageLine[], columns: number[], joinLine: (runs: TextRun[]) => string): LaidTable {
  const size = lines.reduce((s, l) => s + l.size, 0) / lines.length;
  const columnOf = (x: number): number => {
    let c = 0;
    while (c + 1 < columns.length && columns[c + 1]! <= x + 0.5 * size) c++;
    return c;
  };
  const open: Array<CellDraft | null> = columns.map(() => null);
  const cells: CellDraft[] = [];
  // Runs line by line, left to right; a run that follows the one before without a gap stays in its cell
  // (一、知识产权保护方面（共 / 5 / 项）: digits in another font).
  const placed: Array<{ r: TextRun; c: number }> = [];
  for (const l of [...lines].sort((a, b) => a.y - b.y)) {
    let prev: { r: TextRun; c: number } | null = null;
    for (const r of l.runs) {
      if (r.text.trim() === '') continue;
      const c: number = prev && r.x - (prev.r.x + prev.r.width) < 0.4 * r.size ? prev.c : columnOf(r.x);
      prev = { r, c };
      placed.push(prev);
    }
  }
  for (const { r, c } of placed) {
    let cell = open[c];
    // A gap of more than 1.8 lines inside a column starts the next cell.
    if (!cell || r.y - cell.lastY > 1.8 * r.size) {
      cell = { column: c, colspan: 1, top: r.y - r.size, bottom: r.y, runs: [], lastY: r.y };
      open[c] = cell;
      cells.push(cell);
    }
    cell.runs.push(r);
    cell.bottom = Math.max(cell.bottom, r.y);
    cell.lastY = r.y;
    // A run across the next columns' starts spans them (a group row 一、知识产权保护方面).
    let span = 1;
    while (c + span < columns.length && r.x + r.width > columns[c + span]! + size) span++;
    cell.colspan = Math.max(cell.colspan, span);
  }
  return { kind: 'table', columns, rows: rowsOf(cells, joinLine), top: lines[0]!.y, bottom: lines[lines.length - 1]!.y };
}

/** Cells whose vertical extents overlap form a row; rows in top-to-bottom order, cells left to right. */
function rowsOf(cells: CellDraft[], joinLine: (runs: TextRun[]) => string): LaidCell[][] {
  const sorted = [...cells].sort((a, b) => a.top - b.top);
  const rows: LaidCell[][] = [];
  let current: CellDraft[] = [];
  let bottom = Number.NEGATIVE_INFINITY;
  const flush = (): void => {
    if (current.length === 0) return;
    rows.push(current.sort((a, b) => a.column - b.column).map((c) => ({ text: cellText(c.runs, joinLine), column: c.column, colspan: c.colspan })));
    current = [];
  };
  for (const c of sorted) {
    if (current.length > 0 && c.top > bottom) flush();
    current.push(c);
    bottom = current.length === 1 ? c.bottom : Math.max(bottom, c.bottom);
  }
  flush();
  return rows;
}

/** A cell's lines joined without a break: a cell wraps its text, it does not end paragraphs. */
function cellText(runs: readonly TextRun[], joinLine: (runs: TextRun[]) => string): string {
  const lines: TextRun[][] = [];
  for (const r of [...runs].sort((a, b) => a.y - b.y || a.x - b.x)) {
    const last = lines[lines.length - 1];
    if (last && Math.abs(r.y - last[0]!.y) <= 0.4 * r.size) last.push(r);
    else lines.push([r]);
  }
  return lines.map(joinLine).join('');
}

/**
 * The line builder shared by the PDF and OFD readers: text runs with positions → lines →
 * paragraphs → the text every span indexes. CJK has no spaces, so runs are joined without
 * inventing any; a space is kept only where the gap on the page is wide (or between two
 * Latin words). A paragraph goes on across a hard line end and across a page break where
 * its line runs to the right margin and the next one starts at the left margin. A page's
 * running header, footer and page number (— 3 —, 第3页 共5页, a 红头 line repeated on every
 * page) stay in the text as furniture; the furniture met inside a paragraph is written after
 * the paragraph, so a sentence cut by a page break reads as one.
 */
import type { Furniture, HtmlCell, HtmlTable, PageMark } from '../types.js';
import { buildTable, findTableBlocks, type LaidTable } from './layout-table.js';
import { append } from '../text/arrays.js';

/** A stretch of text drawn at one position, in the page's units with y growing downwards. */
export interface TextRun {
  text: string;
  /** Left edge. */
  x: number;
  /** Baseline. */
  y: number;
  /** Advance width of the whole run. */
  width: number;
  /** Font size (one em), in the page's units. */
  size: number;
  /** Set when the format itself says the run is furniture (an OFD template, a seal). */
  rule?: string;
}

export interface LayoutPage {
  width: number;
  height: number;
  runs: TextRun[];
}

export interface Layout {
  text: string;
  furniture: Furniture[];
  /** Tables found on the pages, their cells one line each (as the HTML path gives them). */
  tables: HtmlTable[];
  /** Characters of text found on each page (0 for a page that is only images). */
  pageChars: number[];
  /** Where the text of each page is: see `PageMark`. */
  pageMarks: PageMark[];
}


/** One line of a page: its runs joined, with its geometry. */
export interface PageLine {
  text: string;
  x: number;
  right: number;
  y: number;
  size: number;
  /** Pieces separated by a wide gap (table cells, a label and its value): more than one never flows on. */
  pieces: number;
  rule: string | null;
  runs: TextRun[];
}

/** A gap of this many ems between runs of one line separates pieces (cells of a table row). */
const WIDE_GAP_EM = 1.8;
/** A gap of this many ems keeps a space between CJK text (a spaced-out heading 主  送 does not). */
const SPACE_GAP_EM = 0.8;
/** Between two Latin letters or digits a word space is narrower. */
const LATIN_SPACE_EM = 0.2;

const isLatin = (c: string | undefined): boolean => c !== undefined && /[A-Za-z0-9]/.test(c);
// Justified CJK text comes out of PDF letter-spaced: 税 务 总 局 办 公 厅 → 税务总局办公厅.
const CJK_SPACED = /([\u3000-\u303f\u3400-\u9fff\uff00-\uffef])[ \u00a0]+(?=[\u3000-\u303f\u3400-\u9fff\uff00-\uffef])/g;

/** Runs that belong to one line: baselines closer than 0.4 em. */
function groupLines(runs: readonly TextRun[]): TextRun[][] {
  const sorted = [...runs].sort((a, b) => a.y - b.y || a.x - b.x);
  const lines: TextRun[][] = [];
  let current: TextRun[] = [];
  let baseline = Number.NEGATIVE_INFINITY;
  let size = 0;
  for (const r of sorted) {
    if (current.length > 0 && Math.abs(r.y - baseline) <= 0.4 * Math.min(size, r.size)) {
      current.push(r);
      continue;
    }
    if (current.length > 0) lines.push(current);
    current = [r];
    baseline = r.y;
    size = r.size;
  }
  if (current.length > 0) lines.push(current);
  return lines;
}

/** The text of runs on one line, joined as `joinRuns` joins them. */
export function lineText(runs: TextRun[]): string {
  return joinRuns(runs, null)?.text ?? '';
}

/** Join a line's runs left to right: no space between CJK runs unless the gap is wide. */
export function joinRuns(runs: readonly TextRun[], rule: string | null): PageLine | null {
  const sorted = [...runs].sort((a, b) => a.x - b.x);
  let text = '';
  let pieces = 0;
  let x = 0;
  let right = Number.NEGATIVE_INFINITY;
  let size = 0;
  let prev: TextRun | null = null;
  for (const r of sorted) {
    const t = r.text.replace(CJK_SPACED, '$1').trim();
    if (t === '') continue;
    // A run drawn twice at the same place (fake bold) is read once.
    if (prev && t === prev.text.trim() && Math.abs(r.x - prev.x) < 0.3 * r.size) continue;
    if (prev === null) {
      x = r.x;
      pieces = 1;
    } else {
      const gap = (r.x - right) / Math.max(size, r.size);
      if (gap >= WIDE_GAP_EM) pieces++;
      if (gap >= SPACE_GAP_EM || (gap >= LATIN_SPACE_EM && isLatin(text[text.length - 1]) && isLatin(t[0]))) text += ' ';
    }
    text += t;
    right = Math.max(right, r.x + r.width);
    size = Math.max(size, r.size);
    prev = r;
  }
  if (prev === null) return null;
  return { text, x, right, y: sorted.reduce((s, r) => s + r.y, 0) / sorted.length, size, pieces, rule, runs: sorted };
}

/** The lines of a page in reading order (top to bottom); furniture the format marks is built apart. */
export function pageLines(page: LayoutPage): PageLine[] {
  const byRule = new Map<string, TextRun[]>();
  for (const r of page.runs) {
    const key = r.rule ?? '';
    const list = byRule.get(key);
    if (list) list.push(r);
    else byRule.set(key, [r]);
  }
  const lines: PageLine[] = [];
  for (const [rule, runs] of byRule) {
    for (const group of groupLines(runs)) {
      const line = joinRuns(group, rule === '' ? null : rule);
      if (line) lines.push(line);
    }
  }
  return lines.sort((a, b) => a.y - b.y || a.x - b.x);
}

// — 3 — / - 3 - / －3－ / 第3页 共5页 / 第 3 页 / 3/5 / 共5页 第3页 / Page 3 of 5 / a bare 3
const PAGE_NUMBER = /^(?:[-—–－~]{1,2}\s{0,3}\d{1,4}\s{0,3}[-—–－~]{1,2}|第\s{0,3}\d{1,4}\s{0,3}页(?:\s{0,3}[,，/／]?\s{0,3}共\s{0,3}\d{1,4}\s{0,3}页)?|共\s{0,3}\d{1,4}\s{0,3}页\s{0,3}第\s{0,3}\d{1,4}\s{0,3}页|\d{1,4}\s{0,3}[/／]\s{0,3}\d{1,4}|(?:Page|page)\s{0,3}\d{1,4}(?:\s{0,3}of\s{0,3}\d{1,4})?|\d{1,4})$/;

/** Lines at a page's top or bottom edge that may be its running header or footer. */
const EDGE_LINES = 2;
const TOP_ZONE = 0.15;
const BOTTOM_ZONE = 0.8;

/**
 * The furniture rule of every line: page numbers at a page's edge, and edge lines whose text
 * (digits aside) comes back on most pages: a running header (a 红头 line) or footer.
 */
export function markPageFurniture(pages: readonly PageLine[][], heights: readonly number[]): void {
  const edgeKey = (l: PageLine): string => l.text.replace(/\d+/g, '#').replace(/\s+/g, '');
  const edges = pages.map((lines, p) => {
    const h = heights[p]!;
    const body = lines.filter((l) => l.rule === null);
    const top = body.slice(0, EDGE_LINES).filter((l) => l.y - l.size < h * TOP_ZONE);
    const bottom = body.slice(-EDGE_LINES).filter((l) => l.y > h * BOTTOM_ZONE && !top.includes(l));
    return { top, bottom };
  });
  const counts = new Map<string, number>();
  for (const e of edges) {
    for (const key of new Set([...e.top, ...e.bottom].map(edgeKey))) counts.set(key, (counts.get(key) ?? 0) + 1);
  }
  const repeatedOn = Math.max(2, Math.ceil(pages.length * 0.6));
  for (const e of edges) {
    for (const [where, lines] of [['header', e.top], ['footer', e.bottom]] as const) {
      for (const l of lines) {
        if (PAGE_NUMBER.test(l.text)) l.rule = 'furniture/page-number';
        else if (pages.length >= 2 && (counts.get(edgeKey(l)) ?? 0) >= repeatedOn) l.rule = `furniture/page-${where}`;
      }
    }
  }
}

/** The text block's left and right edges: most lines start at the one and fill to the other. */
function margins(pages: readonly PageLine[][]): { left: number; right: number } {
  const lefts: number[] = [];
  const rights: number[] = [];
  for (const lines of pages) {
    for (const l of lines) {
      if (l.rule !== null || l.pieces > 1) continue;
      lefts.push(l.x);
      rights.push(l.right);
    }
  }
  const at = (xs: number[], q: number): number => {
    if (xs.length === 0) return 0;
    xs.sort((a, b) => a - b);
    return xs[Math.min(xs.length - 1, Math.floor(q * xs.length))]!;
  };
  // Not the extremes: a centred title, a hanging number or a table wider than the text block.
  return { left: at(lefts, 0.1), right: at(rights, 0.9) };
}

// 一、 / （一） / 1. / 1、 / 第一章 / 第三条: a new item, even after a full line that ends a sentence.
const ITEM_START = /^(?:[一二三四五六七八九十百]{1,4}\s{0,2}[、．.]|[（(]\s{0,2}[一二三四五六七八九十百\d]{1,4}\s{0,2}[)）]|\d{1,3}\s{0,2}[.．、](?!\d)|第[一二三四五六七八九十百零〇\d]{1,6}[章节条部分])/;
const SENTENCE_END = /[。！？!?；;：:]$/;

interface Flow {
  left: number;
  right: number;
}

/** Whether line `b` continues the paragraph of line `a` (b follows a in reading order). */
function continues(a: PageLine, b: PageLine, flow: Flow, samePage: boolean): boolean {
  if (a.pieces > 1 || b.pieces > 1) return false;
  if (Math.abs(a.size - b.size) > 0.15 * a.size) return false;
  // A short line ends its paragraph, unless the next line starts with a number or word that did not fit (到 / 2024年).
  const lead = /^[A-Za-z0-9.,%-]+/.exec(b.text)?.[0].length ?? 0;
  if (a.right < flow.right - (1.2 + 0.6 * lead) * a.size) return false;
  if (b.x > flow.left + 0.5 * b.size) return false; // an indented line starts one
  if (samePage && b.y - a.y > 2.1 * a.size) return false; // a paragraph gap
  return !(SENTENCE_END.test(a.text) && ITEM_START.test(b.text));
}

/** Between two lines of one paragraph: nothing, or a space between two Latin words. */
function joiner(before: string, after: string): string {
  return isLatin(before[before.length - 1]) && isLatin(after[0]) ? ' ' : '';
}

type PageItem = PageLine | LaidTable;

/** A page's lines in reading order, with its table blocks rebuilt as tables. */
function pageItems(lines: PageLine[]): PageItem[] {
  const blocks = findTableBlocks(lines);
  if (blocks.length === 0) return lines;
  const items: PageItem[] = [];
  let i = 0;
  for (const { first, last, columns } of blocks) {
    append(items, lines.slice(i, first));
    const body = lines.slice(first, last + 1).filter((l) => l.rule === null);
    items.push(buildTable(body, columns, lineText));
    // Furniture lines inside the block's height stay lines.
    append(items, lines.slice(first, last + 1).filter((l) => l.rule !== null));
    i = last + 1;
  }
  append(items, lines.slice(i));
  return items;
}

/** The same columns (within an em): a table that goes on from the page before. */
function sameColumns(a: readonly number[], b: readonly number[], em: number): boolean {
  return a.length === b.length && a.every((x, k) => Math.abs(x - b[k]!) <= em);
}

/** Writes the text: paragraphs, table cells and furniture lines, keeping their spans. */
class TextWriter {
  private readonly parts: string[] = [];
  length = 0;
  readonly furniture: Furniture[] = [];
  readonly tables: HtmlTable[] = [];
  /** The paragraph being written (it may go on on the next line or page). */
  open: PageLine | null = null;
  private openText = '';
  /** The table being written, which may go on on the next page. */
  table: { html: HtmlTable; columns: number[]; em: number } | null = null;
  /** Furniture met inside the open paragraph or table (with its page): written after it. */
  private pending: Array<{ line: PageLine; page: number }> = [];
  /** The page being read (1-based). */
  page = 1;
  readonly pageMarks: PageMark[] = [];
  /** Page marks inside the open paragraph, as offsets into `openText`. */
  private openMarks: PageMark[] = [];

  private write(s: string): void {
    this.parts.push(s);
    this.length += s.length;
  }

  /** The text from here on comes from `page`. */
  private mark(at: number, page: number): void {
    const last = this.pageMarks[this.pageMarks.length - 1];
    if (last?.page === page) return;
    if (last?.at === at) {
      this.pageMarks.pop();
      if (this.pageMarks[this.pageMarks.length - 1]?.page === page) return;
    }
    this.pageMarks.push({ at, page });
  }

  furnitureLine(l: PageLine, page = this.page): void {
    if (this.open || this.table) {
      this.pending.push({ line: l, page });
      return;
    }
    this.mark(this.length, page);
    this.furniture.push({ span: [this.length, this.length + l.text.length], rule: l.rule! });
    this.write(`${l.text}\n`);
  }

  /** End the open paragraph or table, then write the furniture held back. */
  close(): void {
    if (this.open) {
      for (const m of this.openMarks) this.mark(this.length + m.at, m.page);
      this.write(`${this.openText}\n`);
    }
    if (this.table) this.table.html.span[1] = this.length;
    this.open = null;
    this.table = null;
    const held = this.pending;
    this.pending = [];
    for (const h of held) this.furnitureLine(h.line, h.page);
  }

  startParagraph(l: PageLine, blankBefore: boolean): void {
    this.close();
    if (blankBefore && this.length > 0) this.write('\n');
    this.open = l;
    this.openText = l.text;
    this.openMarks = [{ at: 0, page: this.page }];
  }

  continueParagraph(l: PageLine): void {
    this.openText += joiner(this.openText, l.text);
    if (this.openMarks[this.openMarks.length - 1]!.page !== this.page) this.openMarks.push({ at: this.openText.length, page: this.page });
    this.openText += l.text;
    this.open = l;
  }

  addTable(t: LaidTable, em: number): void {
    if (this.open || !this.table || !sameColumns(this.table.columns, t.columns, em)) {
      this.close();
      this.mark(this.length, this.page);
      const html: HtmlTable = { span: [this.length, this.length], rows: [], depth: 0, containsTable: false };
      this.tables.push(html);
      this.table = { html, columns: t.columns, em };
    }
    for (const row of t.rows) {
      this.mark(this.length, this.page);
      const cells: HtmlCell[] = row.map((c) => {
        const span: [number, number] = [this.length, this.length + c.text.length];
        this.write(`${c.text}\n`);
        return { span, text: c.text, colspan: c.colspan, rowspan: 1, header: false };
      });
      this.table.html.rows.push(cells);
    }
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** Pages of lines (furniture already marked) → the text, one paragraph a line, and its furniture spans. */
export function assemble(pages: readonly PageLine[][]): Layout {
  const flow = margins(pages);
  const w = new TextWriter();
  const pageChars: number[] = [];
  pages.forEach((lines, p) => {
    w.page = p + 1;
    pageChars[p] = lines.reduce((n, l) => n + l.text.length, 0);
    let previous: PageLine | null = null;
    for (const item of pageItems(lines)) {
      if ('kind' in item) {
        w.addTable(item, lines[0]?.size ?? 10);
        previous = null;
        continue;
      }
      if (item.rule !== null) {
        w.furnitureLine(item);
        continue;
      }
      if (w.open && continues(w.open, item, flow, previous !== null)) w.continueParagraph(item);
      else w.startParagraph(item, previous !== null && item.y - previous.y > 2.6 * item.size);
      previous = item;
    }
  });
  w.close();
  return { text: w.toString(), furniture: w.furniture, tables: w.tables, pageChars, pageMarks: w.pageMarks };
}

/** The whole builder: pages of runs → text with furniture. */
export function layoutText(pages: readonly LayoutPage[]): Layout {
  const lines = pages.map(pageLines);
  markPageFurniture(
    lines,
    pages.map((p) => p.height),
  );
  return assemble(lines);
}

/**
 * HTML → the visible text every span indexes, in one streaming pass without a DOM.
 * Block elements end lines, every table cell is its own line; scripts, styles, templates,
 * comments and hidden elements are dropped; whitespace collapses as a browser renders it
 * (`<pre>` keeps it). The cells of every `<table>` are recorded with their spans so the
 * segment stage can rebuild tables (rowspan/colspan) without re-parsing, and every block
 * is measured (text, link text, prose) so the page furniture around the document's body
 * can be found (html-furniture.ts).
 */
import type { Furniture, HtmlCell, HtmlTable } from '../types.js';
import { findHtmlFurniture } from './html-furniture.js';
import { buildTree, type HtmlAttrs, type TreeSink } from './html-tree.js';

export interface HtmlText {
  text: string;
  tables: HtmlTable[];
  title: string | null;
  /** Stretches of page furniture: navigation, headers and footers, link lists, share widgets. */
  furniture: Furniture[];
}

/** A block element of the page as the text pass measured it (the furniture finder's input). */
export interface HtmlBlock {
  tag: string;
  /** Index of the enclosing block in the block list (-1: none); blocks are listed in document order. */
  parent: number;
  /** `[start, end)` in the text; `end` includes the line break after the block's last line. */
  start: number;
  end: number;
  /** The id and class attributes, lower-cased (`info_cont word`). */
  names: string;
  role: string;
  /** The outermost block of an aria-hidden="true" subtree (the attribute may sit on an inline parent). */
  ariaHidden: boolean;
  /** Visible characters other than white space. */
  chars: number;
  /** Of those, the characters inside links. */
  linkChars: number;
  /** Han characters outside links. */
  cjk: number;
  /** Links with visible text. */
  links: number;
  /** Prose weight: Han characters outside links on lines that read as sentences (see TextBuilder). */
  prose: number;
}

// Content never shown: scripts and styles, embedded objects, form controls, <template>, and
// the raw-text elements a browser with scripting on never renders (<noscript>, <iframe>).
const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'svg', 'math', 'canvas', 'select', 'option',
  'optgroup', 'datalist', 'button', 'textarea', 'map', 'audio', 'video', 'title', 'noembed', 'noframes',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'caption', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl',
  'dt', 'fieldset', 'figcaption', 'figure', 'footer', 'form', 'frameset', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6',
  'header', 'hgroup', 'hr', 'legend', 'li', 'listing', 'main', 'menu', 'nav', 'ol', 'p', 'plaintext', 'pre',
  'search', 'section', 'summary', 'table', 'tbody', 'td', 'tfoot', 'th', 'thead', 'tr', 'ul', 'xmp',
]);

const PREFORMATTED = new Set(['pre', 'listing', 'plaintext', 'xmp']);

// style="DISPLAY : NONE" / style="visibility: hidden" (bounded, linear).
const DISPLAY_NONE = /display\s{0,20}:\s{0,20}none/i;
const VISIBILITY = /visibility\s{0,20}:\s{0,20}(hidden|collapse|visible)/i;
const WHITE_SPACE_PRE = /white-space\s{0,20}:\s{0,20}pre/i;
const ASCII_SPACE = /[ \t\n\r\f]+/g;

function spanAttr(value: string | undefined): number {
  const v = Number.parseInt(value ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
}

/**
 * The lines of the text that hold visible characters, as parallel arrays (a 125,000-cell
 * table has as many lines): where each starts and ends, the innermost block it lies in,
 * and what it holds.
 */
export interface HtmlLines {
  start: number[];
  /** Offset of the line's `\n` (or the text's end). */
  end: number[];
  /** Index of the innermost block holding the line (-1: none). */
  block: number[];
  chars: number[];
  linkChars: number[];
  /** Han characters outside links. */
  cjk: number[];
  /** Sentence punctuation (。，；！？) outside links. */
  punct: number[];
}

/** Running totals over the text written so far; a block's figures are the difference across it. */
interface Counts {
  chars: number;
  linkChars: number;
  cjk: number;
  links: number;
  prose: number;
}

/**
 * A text builder that collapses white space the way a browser renders it: runs of ASCII
 * white space become one space, none at the start or end of a line (a space is held back
 * until more text follows on the same line). It also counts what it writes, per line.
 */
class TextBuilder {
  private readonly parts: string[] = [];
  length = 0;
  readonly count: Counts = { chars: 0, linkChars: 0, cjk: 0, links: 0, prose: 0 };
  private atLineStart = true;
  private pendingSpace = false;
  private lineStart = 0;
  private lineChars = 0;
  private lineLinkChars = 0;
  private lineCjk = 0;
  private linePunct = 0;
  readonly lines: HtmlLines = { start: [], end: [], block: [], chars: [], linkChars: [], cjk: [], punct: [] };
  /** The innermost open block, kept up to date by the text pass. */
  block = -1;

  /** Append inline text from the source, collapsing white space. */
  inline(raw: string, link: boolean): void {
    const s = raw.replace(ASCII_SPACE, ' ');
    if (s === ' ') {
      this.pendingSpace = true;
      return;
    }
    const from = s.charCodeAt(0) === 32 ? 1 : 0;
    const to = s.charCodeAt(s.length - 1) === 32 ? s.length - 1 : s.length;
    if (from === 1) this.pendingSpace = true;
    if (to > from) {
      if (this.pendingSpace && !this.atLineStart) this.push(' ', false);
      this.push(from === 0 && to === s.length ? s : s.slice(from, to), link);
      this.pendingSpace = to < s.length;
    }
  }

  /** Append preformatted text as it is (CR LF and CR become LF). */
  preformatted(raw: string, link: boolean): void {
    const s = raw.includes('\r') ? raw.replace(/\r\n?/g, '\n') : raw;
    if (this.pendingSpace && !this.atLineStart) this.push(' ', false);
    this.pendingSpace = false;
    let from = 0;
    for (let nl = s.indexOf('\n'); nl >= 0; nl = s.indexOf('\n', from)) {
      if (nl > from) this.push(s.slice(from, nl), link);
      this.push('\n', false);
      this.endLine(this.length - 1);
      from = nl + 1;
    }
    if (from < s.length) this.push(from === 0 ? s : s.slice(from), link);
  }

  /** End the current line unless it is already ended. */
  newline(): void {
    this.pendingSpace = false;
    if (this.atLineStart) return;
    this.push('\n', false);
    this.endLine(this.length - 1);
  }

  private push(s: string, link: boolean): void {
    this.parts.push(s);
    this.length += s.length;
    this.atLineStart = s.charCodeAt(s.length - 1) === 10;
    this.measure(s, link);
  }

  private measure(s: string, link: boolean): void {
    let chars = 0;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c === 32 || c === 10 || c === 9 || c === 0xa0 || c === 0x3000) continue;
      chars++;
      if (link) continue;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf)) this.lineCjk++;
      // 。，；！？ : a line with sentence punctuation reads as prose.
      else if (c === 0x3002 || c === 0xff0c || c === 0xff1b || c === 0xff01 || c === 0xff1f) this.linePunct++;
    }
    this.count.chars += chars;
    this.lineChars += chars;
    if (link) {
      this.count.linkChars += chars;
      this.lineLinkChars += chars;
    }
  }

  /**
   * Credit the line that just ended: its Han characters outside links count in full when it
   * has sentence punctuation (正文 paragraphs), a quarter otherwise (menus, labels, headings).
   */
  /** `end`: the offset of the line's `\n`, or the end of the text. */
  private endLine(end: number): void {
    this.count.cjk += this.lineCjk;
    this.count.prose += this.linePunct > 0 ? this.lineCjk : this.lineCjk >> 2;
    if (this.lineChars > 0) {
      const l = this.lines;
      l.start.push(this.lineStart);
      l.end.push(end);
      l.block.push(this.block);
      l.chars.push(this.lineChars);
      l.linkChars.push(this.lineLinkChars);
      l.cjk.push(this.lineCjk);
      l.punct.push(this.linePunct);
    }
    this.lineStart = end + 1;
    this.lineChars = 0;
    this.lineLinkChars = 0;
    this.lineCjk = 0;
    this.linePunct = 0;
  }

  /** End the last line (the text need not end with a line break). */
  finish(): void {
    if (!this.atLineStart) this.endLine(this.length);
  }

  toString(): string {
    return this.parts.join('');
  }
}

interface OpenTable {
  table: HtmlTable;
  row: HtmlCell[] | null;
  start: number;
}

/**
 * What the text pass keeps per open element, in step with the tree builder's stack. Frames
 * are reused by depth (a 125,000-cell table opens 150,000 elements: one object per level,
 * not per element, keeps the garbage collector out of the way).
 */
class Frame {
  name = '';
  /** Its content is not shown (a dropped element or inside one). */
  skip = false;
  /** Inherited `visibility: hidden`, which a descendant can turn back to visible. */
  invisible = false;
  pre = false;
  /** An `<a>` whose link has not ended yet. */
  link = false;
  /**
   * Inside an aria-hidden="true" element: 1 while no block in it has claimed it, 2 below
   * the block that did (that block, the outermost, carries the flag for the whole subtree).
   */
  aria: 0 | 1 | 2 = 0;
  /** Its index in the block list, or -1. */
  block = -1;
  /** The running totals when it opened (blocks and links). */
  chars = 0;
  linkChars = 0;
  cjk = 0;
  links = 0;
  prose = 0;
  table: OpenTable | null = null;
  /** The table a `<td>`/`<th>` belongs to, where its text starts, and its spans. */
  cellOf: OpenTable | null = null;
  cellStart = 0;
  colspan = 1;
  rowspan = 1;

  /** Remember the running totals now. */
  mark(count: Counts): void {
    this.chars = count.chars;
    this.linkChars = count.linkChars;
    this.cjk = count.cjk;
    this.links = count.links;
    this.prose = count.prose;
  }
}

/** The SAX handler: writes text, tables and blocks as the tree builder reports elements. */
class TextPass implements TreeSink {
  readonly out = new TextBuilder();
  readonly tables: HtmlTable[] = [];
  readonly blocks: HtmlBlock[] = [];
  title: string | null = null;
  /** The text of the first <title>, while it is open (null before and after). */
  private titleParts: string[] | null = null;
  private titleSeen = false;
  private readonly frames: Frame[] = [];
  private depth = 0;
  private readonly openTables: OpenTable[] = [];
  private readonly openBlocks: number[] = [];
  private linkDepth = 0;
  /** A leading newline right after `<pre>` is not shown. */
  private preStart = false;

  open(name: string, attrs: HtmlAttrs): void {
    const parent = this.depth > 0 ? this.frames[this.depth - 1]! : null;
    const frame = (this.frames[this.depth] ??= new Frame());
    this.depth++;
    this.preStart = false;
    frame.name = name;
    frame.skip = parent?.skip === true || SKIP.has(name) || isDisplayNone(attrs);
    frame.invisible = visibilityOf(attrs) ?? parent?.invisible ?? false;
    frame.pre = parent?.pre === true || PREFORMATTED.has(name) || (attrs.style !== undefined && WHITE_SPACE_PRE.test(attrs.style));
    frame.link = false;
    frame.aria = parent && parent.aria !== 0 ? parent.aria : attrs['aria-hidden']?.toLowerCase() === 'true' ? 1 : 0;
    frame.block = -1;
    frame.table = null;
    frame.cellOf = null;
    if (frame.skip) {
      // The first <title> outside <svg> (where a title is an icon's tooltip) names the page.
      if (name === 'title' && !this.titleSeen && !parent?.skip) {
        this.titleSeen = true;
        this.titleParts = [];
      }
      return;
    }
    if (name === 'a') {
      frame.link = true;
      frame.mark(this.out.count);
      this.linkDepth++;
      return;
    }
    if (!BLOCK.has(name)) return;
    this.out.newline();
    if (name === 'table') this.openTable(frame);
    else if (name === 'tr') this.openRow();
    else if ((name === 'td' || name === 'th') && this.openTables.length > 0) {
      frame.cellOf = this.openTables[this.openTables.length - 1]!;
      frame.cellStart = this.out.length;
      frame.colspan = spanAttr(attrs.colspan);
      frame.rowspan = spanAttr(attrs.rowspan);
    }
    if (PREFORMATTED.has(name)) this.preStart = true;
    this.openBlock(frame, attrs);
  }

  empty(name: string): void {
    this.preStart = false;
    if (this.depth > 0 && this.frames[this.depth - 1]!.skip) return;
    if (name === 'br' || name === 'hr') this.out.newline();
  }

  close(name: string): void {
    const frame = this.frames[--this.depth]!;
    this.preStart = false;
    if (frame.skip) {
      if (name === 'title' && this.titleParts !== null && (this.depth === 0 || !this.frames[this.depth - 1]!.skip)) {
        this.title = this.titleParts.join('').replace(/\s+/g, ' ').trim() || null;
        this.titleParts = null;
      }
      return;
    }
    if (frame.link) this.endLink(frame);
    if (!BLOCK.has(name)) return;
    if (frame.cellOf) {
      const end = this.out.length;
      const open = frame.cellOf;
      if (!open.row) {
        open.row = [];
        open.table.rows.push(open.row);
      }
      open.row.push({ span: [frame.cellStart, end], text: '', colspan: frame.colspan, rowspan: frame.rowspan, header: name === 'th' });
    }
    this.out.newline();
    if (frame.table) {
      this.openTables.pop();
      frame.table.table.span = [frame.table.start, this.out.length];
    } else if (name === 'tr' && this.openTables.length > 0) {
      this.openTables[this.openTables.length - 1]!.row = null;
    }
    if (frame.block >= 0) this.closeBlock(frame);
  }

  endFormatting(name: string, index: number): void {
    const frame = index < this.depth ? this.frames[index] : undefined;
    if (name === 'a' && frame?.link) this.endLink(frame);
  }

  text(data: string): void {
    const frame = this.depth > 0 ? this.frames[this.depth - 1] : undefined;
    if (frame?.skip) {
      if (this.titleParts !== null && frame.name === 'title') this.titleParts.push(data);
      return;
    }
    if (frame?.invisible) return;
    if (frame?.pre) {
      const lead = this.preStart && data.charCodeAt(0) === 10 ? 1 : 0;
      this.preStart = false;
      this.out.preformatted(lead ? data.slice(1) : data, this.linkDepth > 0);
    } else {
      this.out.inline(data, this.linkDepth > 0);
    }
  }

  private endLink(frame: Frame): void {
    frame.link = false;
    this.linkDepth--;
    if (this.out.count.chars > frame.chars) this.out.count.links++;
  }

  private openTable(frame: Frame): void {
    // Only the innermost open table is flagged: the ones around it already contain it (one step per table, not one per level).
    const around = this.openTables[this.openTables.length - 1];
    if (around) around.table.containsTable = true;
    const table: HtmlTable = { span: [this.out.length, this.out.length], rows: [], depth: this.openTables.length, containsTable: false };
    this.tables.push(table);
    frame.table = { table, row: null, start: this.out.length };
    this.openTables.push(frame.table);
  }

  private openRow(): void {
    const open = this.openTables[this.openTables.length - 1];
    if (!open) return;
    open.row = [];
    open.table.rows.push(open.row);
  }

  private openBlock(frame: Frame, attrs: HtmlAttrs): void {
    const names = attrs.id !== undefined || attrs.class !== undefined ? `${attrs.id ?? ''} ${attrs.class ?? ''}`.toLowerCase() : '';
    frame.block = this.blocks.length;
    frame.mark(this.out.count);
    this.blocks.push({
      tag: frame.name,
      parent: this.openBlocks[this.openBlocks.length - 1] ?? -1,
      start: this.out.length,
      end: this.out.length,
      names,
      role: attrs.role?.toLowerCase() ?? '',
      ariaHidden: frame.aria === 1,
      chars: 0,
      linkChars: 0,
      cjk: 0,
      links: 0,
      prose: 0,
    });
    this.openBlocks.push(frame.block);
    this.out.block = frame.block;
    if (frame.aria === 1) frame.aria = 2;
  }

  private closeBlock(frame: Frame): void {
    this.openBlocks.pop();
    this.out.block = this.openBlocks[this.openBlocks.length - 1] ?? -1;
    const now = this.out.count;
    const at = frame;
    if (now.chars === at.chars) {
      // Nothing visible inside: drop it with everything opened within it (listed after it).
      this.blocks.length = frame.block;
      return;
    }
    const b = this.blocks[frame.block]!;
    b.end = this.out.length;
    b.chars = now.chars - at.chars;
    b.linkChars = now.linkChars - at.linkChars;
    b.cjk = now.cjk - at.cjk;
    b.links = now.links - at.links;
    b.prose = now.prose - at.prose;
  }
}

/** The characters String.prototype.trim removes (white space and line terminators). */
function isTrimmed(c: number): boolean {
  if (c <= 32) return c === 32 || (c >= 9 && c <= 13);
  return c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff;
}

function isDisplayNone(attrs: HtmlAttrs): boolean {
  return attrs.hidden !== undefined || (attrs.style !== undefined && DISPLAY_NONE.test(attrs.style));
}

function visibilityOf(attrs: HtmlAttrs): boolean | null {
  const m = attrs.style === undefined ? null : VISIBILITY.exec(attrs.style);
  return m ? m[1]!.toLowerCase() !== 'visible' : null;
}

/** The text pass alone: text, tables and title, with every block of the page measured. */
export function measureHtml(html: string): Omit<HtmlText, 'furniture'> & { blocks: HtmlBlock[]; lines: HtmlLines } {
  const pass = new TextPass();
  buildTree(html, pass);
  pass.out.finish();
  const text = pass.out.toString();
  // Cell texts are read back from the final text so they always equal their spans.
  for (const table of pass.tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        let [start, end] = cell.span;
        while (start < end && isTrimmed(text.charCodeAt(start))) start++;
        while (end > start && isTrimmed(text.charCodeAt(end - 1))) end--;
        cell.span = [start, end];
        cell.text = text.slice(start, end);
      }
    }
  }
  return { text, tables: pass.tables, title: pass.title, blocks: pass.blocks, lines: pass.out.lines };
}

/** Convert an HTML page to visible text, keeping table cells and their spans, and find its furniture. */
export function htmlToText(html: string): HtmlText {
  const page = measureHtml(html);
  return { text: page.text, tables: page.tables, title: page.title, furniture: findHtmlFurniture(page) };
}

/** Whether bytes decoded as text look like an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (/^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return true;
  const tags = head.match(/<\/?(?:html|head|body|div|p|table|tr|td|span|br|meta|script|style|a|li|ul|h[1-6])\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 8;
}

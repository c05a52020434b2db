/**
 * HTML → the visible text every span indexes. Block elements become line
 * breaks, every table cell its own line; scripts, styles and hidden elements
 * are dropped. The cells of every `<table>` are recorded with their spans so
 * the segment stage can rebuild tables (rowspan/colspan) without re-parsing.
 */
import { createRequire } from 'node:module';
import type { HtmlCell, HtmlTable } from '../types.js';

// cheerio is loaded on first use: plain-text runs (most of a batch) never pay its start-up cost.
let cheerioLoad: typeof import('cheerio/slim').load | undefined;
function loadHtml(html: string): ReturnType<typeof import('cheerio/slim').load> {
  cheerioLoad ??= (createRequire(import.meta.url)('cheerio/slim') as typeof import('cheerio/slim')).load;
  return cheerioLoad(html);
}

/** The parts of a DOM node we read (domhandler's shape, kept structural). */
interface DomNode {
  type: string;
  name?: string;
  data?: string;
  attribs?: Record<string, string>;
  children?: DomNode[];
}

const SKIP = new Set([
  'script', 'style', 'noscript', 'template', 'iframe', 'object', 'embed', 'svg', 'canvas',
  'head', 'select', 'button', 'input', 'textarea', 'map', 'audio', 'video',
]);

const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'center', 'dd', 'details', 'dialog', 'dir', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'li', 'main', 'menu', 'nav', 'ol', 'p', 'pre', 'section', 'summary', 'ul', 'caption', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'title', 'option', 'legend',
]);

function isHidden(attribs: Record<string, string> | undefined): boolean {
  if (!attribs) return false;
  if ('hidden' in attribs) return true;
  const style = attribs.style;
  return style !== undefined && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

function spanAttr(attribs: Record<string, string> | undefined, name: string): number {
  const v = Number.parseInt(attribs?.[name] ?? '1', 10);
  return Number.isFinite(v) && v >= 1 ? Math.min(v, 1000) : 1;
}

export interface HtmlText {
  text: string;
  tables: HtmlTable[];
  title: string | null;
}

/** A text builder that collapses HTML whitespace the way a browser renders it. */
class TextBuilder {
  private parts: string[] = [];
  length = 0;
  private lastChar = '\n';

  /** Append inline text; runs of ASCII whitespace become one space, none at a line start. */
  inline(raw: string): void {
    const collapsed = raw.replace(/[ \t\n\r\f]+/g, ' ');
    let s = collapsed;
    if (this.lastChar === '\n' || this.lastChar === ' ') s = s.replace(/^ /, '');
    if (s === '') return;
    this.push(s);
  }

  /** End the current line unless it is already ended. */
  newline(): void {
    if (this.lastChar !== '\n') this.push('\n');
  }

  private push(s: string): void {
    this.parts.push(s);
    this.length += s.length;
    this.lastChar = s[s.length - 1]!;
  }

  toString(): string {
    return this.parts.join('');
  }
}

/** The text of the first <title> (a direct search: a CSS query walks the whole page). */
function findTitle(root: DomNode): string | null {
  const stack: DomNode[] = [root];
  while (stack.length > 0) {
    const node = stack.pop()!;
    if (node.type === 'tag' && node.name?.toLowerCase() === 'title') {
      const text = (node.children ?? []).map((c) => c.data ?? '').join('').replace(/\s+/g, ' ').trim();
      return text || null;
    }
    if (node.name?.toLowerCase() === 'body') continue; // the title lives in <head>
    const children = node.children ?? [];
    for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]!);
  }
  return null;
}

/** Convert an HTML page to visible text, keeping table cells and their spans. */
export function htmlToText(html: string): HtmlText {
  const $ = loadHtml(html);
  const root = $.root()[0] as unknown as DomNode;
  const out = new TextBuilder();
  const tables: HtmlTable[] = [];
  const title = findTitle(root);

  interface OpenTable {
    table: HtmlTable;
    row: HtmlCell[] | null;
    start: number;
  }
  const stack: OpenTable[] = [];

  const walk = (node: DomNode): void => {
    if (node.type === 'text') {
      out.inline(node.data ?? '');
      return;
    }
    if (node.type !== 'tag' && node.type !== 'root') return;
    const name = node.name?.toLowerCase();
    if (name && SKIP.has(name)) return;
    if (isHidden(node.attribs)) return;

    if (name === 'br') {
      out.newline();
      return;
    }
    if (name === 'table') {
      out.newline();
      for (const open of stack) open.table.containsTable = true;
      const table: HtmlTable = { span: [out.length, out.length], rows: [], depth: stack.length, containsTable: false };
      tables.push(table);
      stack.push({ table, row: null, start: out.length });
      for (const child of node.children ?? []) walk(child);
      const open = stack.pop()!;
      out.newline();
      open.table.span = [open.start, out.length];
      return;
    }
    const current = stack[stack.length - 1];
    if (name === 'tr' && current) {
      out.newline();
      current.row = [];
      current.table.rows.push(current.row);
      for (const child of node.children ?? []) walk(child);
      current.row = null;
      out.newline();
      return;
    }
    if ((name === 'td' || name === 'th') && current) {
      out.newline();
      const start = out.length;
      for (const child of node.children ?? []) walk(child);
      const end = out.length;
      out.newline();
      if (!current.row) {
        current.row = [];
        current.table.rows.push(current.row);
      }
      current.row.push({
        span: [start, end],
        text: '',
        colspan: spanAttr(node.attribs, 'colspan'),
        rowspan: spanAttr(node.attribs, 'rowspan'),
        header: name === 'th',
      });
      return;
    }
    const block = name !== undefined && BLOCK.has(name);
    if (block) out.newline();
    for (const child of node.children ?? []) walk(child);
    if (block) out.newline();
  };

  walk(root);
  const text = out.toString();
  // Cell texts are read back from the final text so they always equal their spans.
  for (const table of tables) {
    for (const row of table.rows) {
      for (const cell of row) {
        const raw = text.slice(cell.span[0], cell.span[1]);
        const lead = raw.length - raw.trimStart().length;
        const trimmed = raw.trim();
        cell.span = [cell.span[0] + lead, cell.span[0] + lead + trimmed.length];
        cell.text = trimmed;
      }
    }
  }
  return { text, tables, title };
}

/** Whether bytes decoded as text look like an HTML page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  const head = text.slice(0, 65536);
  if (/^\s*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])/i.test(head)) return true;
  const tags = head.match(/<\/?(?:html|head|body|div|p|table|tr|td|span|br|meta|script|style|a|li|ul|h[1-6])\b[^<>]{0,500}>/gi);
  return (tags?.length ?? 0) >= 8;
}

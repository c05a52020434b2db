/**
 * The outline: every numbered heading or item (一、 （一） 1. （1） ① 第X章 第X条
 * 一是 …) and every unnumbered heading line, in document order, as a tree.
 *
 * Levels follow the order in which styles first appear under their parent (a
 * style stack), because documents skip levels and a fixed marker→level map is
 * wrong. A marker counts only when its number continues a sequence (or starts
 * one where a new level may start): `2个以上的试点县` or `2. 加强` inside running
 * text is not a heading unless it is the next number expected.
 */
import type { MarkerStyle, OutlineEntry } from '../model.js';
import { BOX_HEADING } from '../patterns/titles.js';
import type { Line } from '../types.js';
import { isInlineBoundary, isMarkerStart, type MarkerMatch, matchMarker, STYLE_RANK } from './markers.js';

export interface OutlineInput {
  text: string;
  lines: readonly Line[];
  /** Lines that take no part in the structure (chrome, repeats, header fields, tables, table of contents). */
  skip: readonly boolean[];
  /** Offsets where every open item ends (tables, repeated copies, 附件 lines, signatures, chrome). */
  boundaries: readonly number[];
  /** Lines after which numbering starts afresh (a new document part: 附件, the enclosed document). */
  resets: ReadonlySet<number>;
  /** Line width of hard-wrapped text (PDF extraction), or null: a line this long continues on the next one. */
  wrapWidth: number | null;
  /** Whether a line is an unnumbered heading: 'top' opens a top level (an annex or table heading), 'nested' may sit under an open heading. */
  isPlainHeading: (lineIndex: number) => 'top' | 'nested' | false;
}

interface StackItem {
  style: MarkerStyle;
  lastOrdinal: number;
  entry: number;
}


/** Styles of this rank or lower (第X章, 一、) are document levels, never nested inside items. */
const DOCUMENT_LEVEL_RANK = 3;

/** Sentence-ending punctuation: a heading's title stops here. */
const TITLE_STOP = /[。！？!?]/;

/**
 * A box (专栏1 数字化解决方案研发推广工程) numbers its own items from 1; the main list goes on
 * after it (3.梯次推进…). The main levels are kept aside while a box is open and taken back
 * when a marker continues them.
 */
interface Suspended {
  stack: StackItem[];
  lastByStyle: Map<MarkerStyle, number>;
  boxDepth: number;
}

/** The state of one build, local to it: the entries so far and the open levels. */
interface Builder {
  input: OutlineInput;
  entries: OutlineEntry[];
  stack: StackItem[];
  lastByStyle: Map<MarkerStyle, number>;
  suspended: Suspended | null;
  shiChains: Set<number>;
}

/**
 * Where a marker of this style would go, or null when it may not start here. `chapterLine`: a
 * 第X章 / 第X编 / 第X节 heading line of its own, which opens its level whatever its number (a
 * scrape that lost ## 第一章 still has ## 第二章 规划, corpus 179).
 */
function place(b: Builder, m: MarkerMatch, lineStart: boolean, runIn: boolean, chapterLine = false): { depth: number } | null {
  const at = b.stack.findIndex((s) => s.style === m.style);
  if (at >= 0) {
    const expected = b.stack[at]!.lastOrdinal + 1;
    if (m.ordinal === expected) return { depth: at };
    if (lineStart && m.ordinal === 1) return { depth: at };
    // A line-start number that skips one or two (a typo or a lost line) still continues.
    if (lineStart && m.ordinal > expected && m.ordinal <= expected + 2) return { depth: at };
    return null;
  }
  // A new style is a child of the current top: levels follow the order styles appear.
  // Only a document-level style (第X章, 一、) closes open item levels instead of nesting in them.
  let depth = b.stack.length;
  if (STYLE_RANK[m.style] <= DOCUMENT_LEVEL_RANK) {
    while (depth > 0 && STYLE_RANK[b.stack[depth - 1]!.style] >= STYLE_RANK[m.style] && b.stack[depth - 1]!.style !== 'plain') depth--;
  }
  const continues = (b.lastByStyle.get(m.style) ?? -1) + 1 === m.ordinal;
  if (m.ordinal === 1 || continues || chapterLine) return lineStart || runIn ? { depth } : null;
  // A fragment may open mid-sequence (五、 as its first line).
  return lineStart && b.entries.length === 0 ? { depth } : null;
}

function add(b: Builder, m: MarkerMatch | null, depth: number, line: Line, start: number, atLineStart: boolean): void {
  const { text, wrapWidth } = b.input;
  const index = b.entries.length;
  if (b.suspended && depth <= b.suspended.boxDepth) {
    // Back at or above the box: it is closed, and its own numbers no longer count.
    b.lastByStyle = b.suspended.lastByStyle;
    b.suspended = null;
  }
  b.stack.length = depth;
  const parent = depth > 0 ? b.stack[depth - 1]!.entry : null;
  const style = m ? m.style : 'plain';
  b.stack.push({ style, lastOrdinal: m ? m.ordinal : 0, entry: index });
  if (m) b.lastByStyle.set(m.style, m.ordinal);
  const contentStart = m ? start + m.length : start;
  b.entries.push({
    index,
    style,
    ordinal: m ? m.ordinal : null,
    marker: m ? m.marker : null,
    start,
    contentStart,
    end: text.length,
    titleEnd: line.end,
    line: line.index,
    atLineStart,
    standalone: false,
    headingLine: atLineStart && isHeadingText(text.slice(contentStart, line.end)) && !isWrapped(line, wrapWidth),
    parent,
    level: depth + 1,
    children: [],
  });
  if (parent !== null) b.entries[parent]!.children.push(index);
}

/** 第X编 / 第X部分 / 第X章 / 第X节. */
const CHAPTER_RANK = 2;
const CHAPTER_TITLE_MAX = 30;

/** Styles a scrape may leave alone on a line, their item on the next (corpus 196: 一是 / 认真完善银行…). */
const BARE_STYLES: ReadonlySet<MarkerStyle> = new Set<MarkerStyle>(['cn-shi', 'cn-dun', 'cn-paren']);

/** A line that is only a marker (一是, 二、, （三）), with where it starts; null otherwise. */
export function bareMarker(line: Line): { m: MarkerMatch; at: number } | null {
  const lt = line.text;
  const at = lt.length - lt.trimStart().length;
  const body = lt.trim();
  if (body === '' || body.length > 6) return null;
  const m = matchMarker(`${body}\u4e00`, 0, true);
  return m && BARE_STYLES.has(m.style) && m.marker === body ? { m, at } : null;
}

/**
 * A bare marker line whose item is the next line: the entry starts at the marker and reads its
 * title and text from the next line. Returns the next line, or null when the line is no such marker.
 */
function bareEntry(b: Builder, line: Line, next: Line | undefined): Line | null {
  const bare = bareMarker(line);
  if (!bare || !next || next.text.trim() === '' || matchMarker(next.text.trimStart(), 0, true)) return null;
  const start = line.start + bare.at;
  const isShi = bare.m.style === 'cn-shi';
  if (isShi && !b.shiChains.has(start)) return null;
  const m: MarkerMatch = { ...bare.m, length: next.start - start };
  const placed = isShi ? placeShi(b.stack, m) : place(b, m, true, false);
  if (!placed) return null;
  add(b, m, placed.depth, next, start, true);
  return next;
}

/** A marker at the line start; returns how much of the line it took, or -1. */
function leadEntry(b: Builder, line: Line): number {
  const lead = matchMarker(line.text, 0, true);
  const isShi = lead?.style === 'cn-shi';
  if (!lead || (isShi && !b.shiChains.has(line.start))) return -1;
  if (b.suspended && !isShi && continuesExactly(b.suspended.stack, b.suspended.lastByStyle, lead)) {
    // It continues the list the box interrupted: the box is over.
    b.stack = b.suspended.stack;
    b.lastByStyle = b.suspended.lastByStyle;
    b.suspended = null;
  }
  const rest = line.text.slice(lead.length);
  const chapterLine = STYLE_RANK[lead.style] <= CHAPTER_RANK && rest.length <= CHAPTER_TITLE_MAX && isHeadingText(rest);
  const placed = isShi ? placeShi(b.stack, lead) : place(b, lead, true, false, chapterLine);
  if (!placed) return -1;
  add(b, lead, placed.depth, line, line.start, true);
  return lead.length;
}

/** Unnumbered headings open a top level, or a sub-level under a heading line; a box sets the main list aside. */
function plainEntry(b: Builder, line: Line, plain: 'top' | 'nested'): void {
  const isBox = BOX_HEADING.test(line.text);
  const depth = plain === 'top' ? 0 : plainDepth(b.stack, b.entries, isBox);
  const main: Suspended | null = isBox ? (b.suspended ?? { stack: [...b.stack], lastByStyle: b.lastByStyle, boxDepth: depth }) : null;
  add(b, null, depth, line, line.start, true);
  if (main) {
    b.suspended = { ...main, boxDepth: Math.min(main.boxDepth, depth) };
    b.lastByStyle = new Map(); // the box numbers from 1 on its own
  }
}

/**
 * Markers run into the line: a heading followed by its first item (一、强化… 1.深化…), or the
 * next item of an open sequence, or 一是/二是 enumerations.
 */
function runInEntries(b: Builder, line: Line, from: number, lineEntry: boolean): void {
  const lt = line.text;
  for (let p = Math.max(from, 1); p < lt.length; p++) {
    // Only positions after a boundary that start like a marker, or an accepted 一是 (which may follow a comma).
    const abs = line.start + p;
    const boundary = isMarkerStart(lt.charCodeAt(p)) && isInlineBoundary(lt.charCodeAt(p - 1));
    if (!boundary && !(b.shiChains.size > 0 && b.shiChains.has(abs))) continue;
    const m = matchMarker(lt, p, false);
    if (!m) continue;
    if (m.style === 'cn-shi') {
      const placed = b.shiChains.has(abs) ? placeShi(b.stack, m) : null;
      if (!placed) continue;
      add(b, m, placed.depth, line, abs, false);
      p += m.length - 1;
      continue;
    }
    // A new level may only open right after a heading on the same line, after a space, or as an
    // enumeration after a colon that goes on in the line (…共4项任务。分别是：1.加快… 2.提升…, corpus 064).
    const afterHeading = (lineEntry && /\s/.test(lt[p - 1]!) && !TITLE_STOP.test(lt.slice(from, p))) || listAfterColon(lt, p, m);
    const placed = place(b, m, false, afterHeading);
    if (!placed || (!afterHeading && b.stack.findIndex((s) => s.style === m.style) < 0)) continue;
    add(b, m, placed.depth, line, abs, false);
    lineEntry = true;
    from = p + m.length;
    p += m.length - 1;
  }
}

/** A 1. right after a colon, with its 2. further on in the same line: an enumeration run into the text. */
function listAfterColon(lt: string, p: number, m: MarkerMatch): boolean {
  if (m.ordinal !== 1 || !/[：:]/.test(lt[p - 1] ?? '')) return false;
  for (let q = lt.indexOf(m.marker.replace('1', '2'), p + m.length); q > 0; q = lt.indexOf(m.marker.replace('1', '2'), q + 1)) {
    const next = isInlineBoundary(lt.charCodeAt(q - 1)) ? matchMarker(lt, q, false) : null;
    if (next && next.style === m.style && next.ordinal === 2) return true;
  }
  return false;
}

export function buildOutline(input: OutlineInput): OutlineEntry[] {
  const b: Builder = { input, entries: [], stack: [], lastByStyle: new Map(), suspended: null, shiChains: findShiChains(input) };
  let itemLine = -1;
  for (const line of input.lines) {
    if (input.resets.has(line.index)) {
      b.stack = [];
      b.lastByStyle = new Map();
      b.suspended = null;
    }
    if (input.skip[line.index] || line.text === '') continue;
    if (line.index === itemLine) {
      // The item of a bare marker line above: only markers run into it count here.
      runInEntries(b, line, 0, true);
      continue;
    }
    const item = bareEntry(b, line, nextContentLine(input, line.index));
    if (item) {
      itemLine = item.index;
      continue;
    }
    const taken = leadEntry(b, line);
    const plain = taken >= 0 ? false : input.isPlainHeading(line.index);
    if (plain) plainEntry(b, line, plain);
    else runInEntries(b, line, Math.max(taken, 0), taken >= 0);
  }
  finishExtents(b.entries, input);
  return b.entries;
}

/** The next non-empty line after line `i` that is not skipped, if any. */
function nextContentLine(input: OutlineInput, i: number): Line | undefined {
  for (let j = i + 1; j < input.lines.length; j++) {
    const l = input.lines[j]!;
    if (input.skip[l.index]) return undefined;
    if (l.text.trim() !== '') return l;
  }
  return undefined;
}

/** Whether a marker is the next number of a level of `stack` (or of a style last seen with the number before). */
function continuesExactly(stack: readonly StackItem[], last: ReadonlyMap<MarkerStyle, number>, m: MarkerMatch): boolean {
  const at = stack.findIndex((s) => s.style === m.style);
  if (at >= 0) return stack[at]!.lastOrdinal + 1 === m.ordinal;
  return (last.get(m.style) ?? -1) + 1 === m.ordinal;
}

/**
 * Depth for an unnumbered heading: top level, or just below a heading line that is open.
 * A box (专栏) belongs to a section, not to an item: it goes below a heading of a section level.
 */
function plainDepth(stack: readonly StackItem[], entries: readonly OutlineEntry[], box = false): number {
  if (stack.length === 0 || stack[0]!.style === 'plain') return 0;
  // A sibling of an open unnumbered heading, or below the deepest open heading line (not a run-in item).
  for (let d = stack.length - 1; d >= 0; d--) {
    if (stack[d]!.style === 'plain') return d;
    const e = entries[stack[d]!.entry]!;
    if (e.headingLine && (!box || STYLE_RANK[e.style] <= SECTION_RANK)) return d + 1;
  }
  return 0;
}

/** Styles that head sections of a plan (第X章, 一、, （一）); items (1., （1）, ①) rank below. */
const SECTION_RANK = 4;

/** A line as long as the wrap width that does not end a sentence: it goes on on the next line. */
function isWrapped(line: Line, wrapWidth: number | null): boolean {
  return wrapWidth !== null && line.text.length >= wrapWidth - 2 && !/[。；;！？!?：:”」）)]$/.test(line.text);
}

/**
 * The width of hard-wrapped text: the commonest length of longer lines, when many
 * lines share it (a PDF's text layer), else null.
 */
export function wrapWidthOf(lines: readonly Line[]): number | null {
  const counts = new Map<number, number>();
  let long = 0;
  for (const l of lines) {
    if (l.text.length < 15) continue;
    long++;
    counts.set(l.text.length, (counts.get(l.text.length) ?? 0) + 1);
  }
  if (long < 20) return null;
  let best = 0;
  let bestCount = 0;
  for (const [len, c] of counts) {
    const near = c + (counts.get(len - 1) ?? 0) + (counts.get(len + 1) ?? 0);
    if (near > bestCount) {
      best = len;
      bestCount = near;
    }
  }
  return bestCount >= long * 0.3 && best <= 60 ? best + 1 : null;
}

/** Short, and no sentence ends inside it (a final 。 is allowed). */
function isHeadingText(rest: string): boolean {
  const t = rest.trim();
  if (t.length === 0 || t.length > 60) return false;
  const stop = t.search(TITLE_STOP);
  return stop < 0 || stop === t.length - 1;
}

/** 一是 items nest under whatever is open; a new chain replaces an old one at the same place. */
function placeShi(stack: readonly StackItem[], m: MarkerMatch): { depth: number } | null {
  const at = stack.findIndex((s) => s.style === 'cn-shi');
  if (at >= 0) {
    if (m.ordinal === stack[at]!.lastOrdinal + 1 || m.ordinal === 1) return { depth: at };
    return null;
  }
  return m.ordinal === 1 ? { depth: stack.length } : null;
}

/**
 * 一是 … 二是 … chains: an 一是 counts only when 二是 follows before the enumeration
 * is interrupted by another numbered line. Returns the offsets of accepted markers.
 */
function findShiChains(input: OutlineInput): Set<number> {
  const { lines, skip } = input;
  const found: Array<{ abs: number; ordinal: number; line: number }> = [];
  for (const line of lines) {
    if (skip[line.index] || line.text === '') continue;
    const lt = line.text;
    const bare = bareMarker(line);
    if (bare?.m.style === 'cn-shi') {
      found.push({ abs: line.start + bare.at, ordinal: bare.m.ordinal, line: line.index });
      continue;
    }
    // 一是 … 十二是: find each 是 and look back for the numeral (at most three characters).
    for (let at = lt.indexOf('是', 1); at >= 0; at = lt.indexOf('是', at + 1)) {
      for (let p = Math.max(0, at - 3); p < at; p++) {
        if (p > 0 && !/[。；;！？!?：:，,\s\u3000]/.test(lt[p - 1]!)) continue;
        const m = matchMarker(lt, p, p === 0);
        if (m?.style === 'cn-shi') {
          found.push({ abs: line.start + p, ordinal: m.ordinal, line: line.index });
          break;
        }
      }
    }
  }
  const accepted = new Set<number>();
  let chain: typeof found = [];
  const flush = (): void => {
    if (chain.length >= 2) for (const c of chain) accepted.add(c.abs);
    chain = [];
  };
  for (const f of found) {
    const last = chain[chain.length - 1];
    if (last && f.ordinal === last.ordinal + 1 && f.line - last.line <= 20) chain.push(f);
    else {
      flush();
      if (f.ordinal === 1) chain = [f];
    }
  }
  flush();
  return accepted;
}

/** Set each entry's end, title end and standalone flag. */
function finishExtents(entries: OutlineEntry[], input: OutlineInput): void {
  const { text, lines } = input;
  const bounds = [...input.boundaries].sort((a, b) => a - b);
  let b = 0;
  for (let i = 0; i < entries.length; i++) {
    const e = entries[i]!;
    const next = entries[i + 1];
    while (b < bounds.length && bounds[b]! <= e.contentStart) b++;
    let end = Math.min(next ? next.start : text.length, b < bounds.length ? bounds[b]! : text.length);
    while (end > e.contentStart && /\s/.test(text[end - 1]!)) end--;
    e.end = Math.max(end, e.contentStart);

    const line = lines[e.line]!;
    let lineEnd = Math.min(line.end, e.end);
    let own = text.slice(e.contentStart, lineEnd);
    let stop = own.search(TITLE_STOP);
    // Hard-wrapped text: a lead sentence cut by the line end goes on to its 。 on the next line.
    if (stop < 0 && e.style !== 'plain' && isWrapped(line, input.wrapWidth)) {
      const onward = text.slice(e.contentStart, Math.min(e.end, e.contentStart + 80));
      const further = onward.search(TITLE_STOP);
      if (further > 0) {
        stop = further;
        own = onward;
        lineEnd = e.contentStart + onward.length;
      }
    }
    const laterText = e.end > lineEnd;
    if (e.style === 'plain') {
      e.titleEnd = lineEnd;
      e.standalone = true;
    } else if (stop < 0 && laterText && own.trim().length <= 60) {
      // The whole (rest of the) line is the heading; its content is on later lines.
      e.titleEnd = lineEnd;
      e.standalone = true;
    } else if (stop >= 0 && stop <= 60 && own.slice(stop + 1).trim() === '' && laterText) {
      // 2. 加强村委会换届选举指导 。 — a lead sentence alone on its line.
      e.titleEnd = e.contentStart + stop;
      e.standalone = true;
    } else if (stop >= 0) {
      e.titleEnd = e.contentStart + stop;
    } else {
      e.titleEnd = lineEnd;
    }
  }
}


/**
 * Segment stage: lines with roles → header fields, front matter, tables and the
 * outline (section tree and enumerated items).
 */
import type { FrontMatter, Segmented } from '../model.js';
import type { Normalized } from '../normalize/index.js';
import { STATUS_LINE, TABLE_HEADING_END } from '../patterns/titles.js';
import { compactKey } from '../text/clean.js';
import { parseDate } from '../text/dates.js';
import { isOrgName, isUnitCell } from '../text/organisations.js';
import { enclosedTitleOf } from '../text/titles.js';
import type { Decoded, Line, Message } from '../types.js';
import { findFrontMatter, isTitleLike } from './front.js';
import { scanHeader } from './header.js';
import { matchMarker } from './markers.js';
import { buildOutline, wrapWidthOf } from './outline.js';
import { findTextTables, htmlTables } from './table.js';
import { append } from '../text/arrays.js';

export type { Segmented };

/** 单位：人 / （单位：万元） / 计量单位：个 — the measure of the table below. */
const UNIT_NOTE = /^[（(]?(?:计量)?单位[:：][^，。；]{1,10}[)）]?$/;

export function segment(norm: Normalized, decoded: Decoded): Segmented {
  const { text, lines } = norm;
  const messages: Message[] = [];
  const skip = lines.map((_, i) => norm.chrome[i]! || norm.repeated[i]! || norm.toc[i]!);

  const header = scanHeader(lines, skip);
  for (const i of header.headerLines) skip[i] = true;

  const front = findFrontMatter({ text, lines, skip, headerFields: header.fields, headerLines: header.headerLines, headingLevel: norm.headingLevel, copyStart: norm.repeats[0]?.firstLine });

  // Tables first: their cells must not be read as headings.
  const lineStarts = lines.map((l) => l.start);
  const lineOf = (offset: number): number => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (lineStarts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo;
  };
  const fromHtml = htmlTables(decoded.htmlTables, lineOf);
  // Cells of HTML tables are lines of the text too: they must not be rebuilt a second time.
  const textSkip = [...skip];
  for (const t of fromHtml) for (let i = t.firstLine; i <= t.lastLine; i++) textSkip[i] = true;
  const tables = [...fromHtml, ...findTextTables(lines, textSkip)].sort((a, b) => a.span[0] - b.span[0]);
  const tableLines = new Set<number>();
  for (const t of tables) {
    for (let i = t.firstLine; i <= t.lastLine; i++) tableLines.add(i);
    append(messages, t.warnings.map((message) => ({ code: 'segment/table', line: t.firstLine + 1, message })));
  }

  const titleText = front.title?.text ?? header.fields.find((f) => f.key === 'title' && f.value)?.value ?? null;
  const enclosed = enclosedTitleOf(titleText ? compactKey(titleText) : null);
  const enclosedLines = findEnclosedTitleLines(lines, skip, front, enclosed);
  front.enclosedTitleLines = enclosedLines;

  const outlineSkip = lines.map((_, i) => skip[i]! || tableLines.has(i) || front.lines.has(i) || enclosedLines.includes(i));

  // Every open item ends at a table, a repeated copy, an 附件 line, a signature or chrome.
  const boundaries: number[] = [];
  for (const t of tables) boundaries.push(t.span[0]);
  for (const r of norm.repeats) boundaries.push(lines[r.firstLine]!.start);
  for (const i of front.attachmentLines) boundaries.push(lines[i]!.start);
  for (const i of front.lines) boundaries.push(lines[i]!.start);
  for (const i of enclosedLines) boundaries.push(lines[i]!.start);
  lines.forEach((l, i) => {
    if (norm.chromeBoundary[i] || norm.toc[i] || header.headerLines.has(i)) boundaries.push(l.start);
  });

  const resets = new Set<number>([...front.attachmentLines, ...enclosedLines]);
  if (front.signature) resets.add(front.signature.line);
  for (const t of tables) resets.add(t.firstLine);

  const isPlainHeading = plainHeadingTest(lines, outlineSkip, tableLines, front, titleText, enclosed);
  const outline = buildOutline({ text, lines, skip: outlineSkip, boundaries, resets, isPlainHeading, wrapWidth: wrapWidthOf(lines) });
  return { header, front, tables, outline, skip: outlineSkip, messages };
}

/** Lines after the signature that spell the enclosed title (possibly over two or three lines), and a status line under it. */
function findEnclosedTitleLines(lines: readonly Line[], skip: readonly boolean[], front: FrontMatter, enclosed: string | null): number[] {
  if (!enclosed || enclosed.length < 6) return [];
  const key = compactKey(enclosed);
  const from = front.signature ? front.signature.line + 1 : (front.title?.lines.at(-1) ?? -1) + 1;
  const out: number[] = [];
  for (let i = from; i < lines.length && i < from + 40; i++) {
    if (skip[i] || lines[i]!.text === '') continue;
    let k = compactKey(lines[i]!.text);
    if (k.length < 6) continue;
    const used = [i];
    let j = i;
    // Join lines while they keep spelling the title.
    while (key.includes(k) && k !== key && !key.endsWith(k)) {
      j++;
      while (j < lines.length && lines[j]!.text === '') j++;
      if (j >= lines.length || j > i + 6) break;
      const next = k + compactKey(lines[j]!.text);
      if (!key.includes(next)) break;
      k = next;
      used.push(j);
    }
    if (k === key || (key.endsWith(k) && k.length >= 8)) {
      append(out, used);
      // (代拟稿) / （征求意见稿） under the title
      let s = used[used.length - 1]! + 1;
      while (s < lines.length && lines[s]!.text === '') s++;
      if (s < lines.length && STATUS_LINE.test(compactKey(lines[s]!.text))) out.push(s);
      break;
    }
  }
  return out;
}

const SENTENCE_END = /[。！？!?；;：:”」』）)]$/;

/**
 * An unnumbered heading (基层群众自治基础有效夯实): a short line without sentence
 * punctuation, between a finished sentence (or a boundary) and content, that is
 * not a title, a date, an organisation or a table cell.
 */
function plainHeadingTest(
  lines: readonly Line[],
  skip: readonly boolean[],
  tableLines: ReadonlySet<number>,
  front: FrontMatter,
  title: string | null,
  enclosed: string | null,
): (i: number) => 'top' | 'nested' | false {
  const titleKey = title ? compactKey(title) : '';
  const enclosedKey = enclosed ? compactKey(enclosed) : '';
  const firstContent = lines.findIndex((l, i) => l.text !== '' && !skip[i]);
  return (i: number): 'top' | 'nested' | false => {
    const line = lines[i]!;
    if (line.text.length > 80 || line.text.length < 4 || i === firstContent) return false;
    // Cheap tests first: the line's own punctuation, then its neighbours.
    if (/[。；;，,、！？!?]\s*$/.test(line.text) || /[。；;！？!?：:]/.test(line.text)) return false;
    // The previous content line must end a sentence, or be a boundary (附件, a table, a heading).
    let p = i - 1;
    while (p >= 0 && lines[p]!.text === '') p--;
    if (p < 0) return false;
    const prev = lines[p]!;
    // After the signature's date, an unnumbered line before numbered items heads an annex whose 附件 label
    // the text lost (corpus 090: 交通运输部 / 2022年9月20日 / 交通强国建设试点任务要点（北京工业大学） / 一、…).
    const afterSignature = front.signature?.line === p;
    const prevOk =
      SENTENCE_END.test(prev.text) || afterSignature || front.attachmentLines.includes(p) || tableLines.has(p) || skip[p] === true;
    if (!prevOk) return false;
    if (skip[p] && !afterSignature && !front.attachmentLines.includes(p) && !tableLines.has(p) && front.lines.has(p)) return false;
    // Content must follow: a longer line, a numbered line, or a table.
    let n = i + 1;
    while (n < lines.length && lines[n]!.text === '') n++;
    // 单位：人 / 单位：万元 between a table's heading and the table.
    if (n < lines.length && UNIT_NOTE.test(lines[n]!.text.trim())) {
      n++;
      while (n < lines.length && lines[n]!.text === '') n++;
    }
    if (n >= lines.length) return false;
    const beforeTable = tableLines.has(n);
    if (!beforeTable) {
      if (skip[n]) return false;
      const next = lines[n]!;
      if (!(next.text.length > line.text.length + 4 || matchMarker(next.text, 0, true) !== null)) return false;
      if (STATUS_LINE.test(compactKey(next.text))) return false;
    }
    // Then what the line itself is: not a title, a list of units, an organisation, a date or a numbered line.
    const k = compactKey(line.text);
    if (k.length < 4 || k.length > 40) return false;
    if (/^[（(【\[“"《—-]/.test(k) || /^\d/.test(k) || /[=＝÷×]/.test(k)) return false;
    // An annex heading is title-like and may end with its unit in brackets: what follows decides.
    const enclosedOrTitle = titleKey.includes(k) || (enclosedKey !== '' && enclosedKey.includes(k));
    // (Not the title of measures the notice issues, whose 第一章 / 第一条 follow: that is the enclosed title, corpus 093.)
    const annexItem = !beforeTable && !/^第/.test(lines[n]!.text.trimStart()) && matchMarker(lines[n]!.text.trimStart(), 0, true);
    if (afterSignature && !enclosedOrTitle && annexItem && !parseDate(k)) return 'top';
    if (isUnitCell(k)) return false;
    if (isTitleLike(k) && !TABLE_HEADING_END.test(k)) return false;
    if (titleKey.includes(k) || (enclosedKey && enclosedKey.includes(k))) return false;
    if (isOrgName(k) || parseDate(k)) return false;
    if (matchMarker(line.text, 0, true)) return false;
    if (beforeTable) return 'top';
    return front.attachmentLines.includes(p) || afterSignature ? 'top' : 'nested';
  };
}

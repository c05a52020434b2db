/**
 * Normalise stage: decoded text → lines, each with a role. Chrome, repeated
 * copies and tables of contents are recognised here; nothing is deleted from
 * the text, so spans found later still index `source.text`.
 */
import type { Decoded, Line, Message } from '../types.js';
import { endsContent, findChrome } from './chrome.js';
import { compactKey } from '../text/clean.js';
import { splitLines } from './lines.js';
import { findRepeats, type RepeatRun } from './repeat.js';
import { startsWithLabel } from './labels.js';
import { workingView } from './view.js';

export interface Normalized {
  /** The working view (./view.ts): same length as the source, markup blanked, Traditional read as Simplified. */
  text: string;
  /** The decoded text as it came in (source.text). */
  source: string;
  /** Simplified → the source's own characters, for output text (null when the view was not simplified). */
  restore: ReadonlyMap<string, string> | null;
  format: Decoded['format'];
  lines: Line[];
  chrome: boolean[];
  /** Chrome lines that end the item they interrupt (all but page numbers). */
  chromeBoundary: boolean[];
  /** Lines of a later copy of content seen earlier. */
  repeated: boolean[];
  repeats: RepeatRun[];
  /** Lines of a table of contents (目录). */
  toc: boolean[];
  /** Markdown heading level of each line (`# 标题` → 1), 0 for other lines. */
  headingLevel: number[];
  messages: Message[];
}

export function normalize(decoded: Decoded): Normalized {
  const view = workingView(decoded.text);
  const { text } = view;
  const lines = splitLines(text);
  const rules = findChrome(lines);
  markFurniture(lines, rules, [...decoded.furniture, ...view.furniture]);
  const chrome = rules.map((r) => r !== null);
  const chromeBoundary = rules.map(endsContent);
  const repeats = findRepeats(lines, chrome, (l) => startsWithLabel(l.text));
  const repeated = lines.map(() => false);
  const messages: Message[] = [];
  for (const r of repeats) {
    for (let i = r.firstLine; i <= r.lastLine; i++) repeated[i] = true;
    messages.push({
      code: 'normalize/repeated-copy',
      line: r.firstLine + 1,
      message: `repeated content: lines ${r.firstLine + 1}-${r.lastLine + 1} repeat the text from line ${r.copyOfLine + 1}; the copy is left out of the structure`,
    });
  }
  const toc = findTableOfContents(lines, (i) => chrome[i]! || repeated[i]!);
  const headingLevel = lines.map((l) => (l.text === '' ? 0 : markdownLevel(decoded.text, l.start)));
  return { text, source: decoded.text, restore: view.restore, format: decoded.format, lines, chrome, chromeBoundary, repeated, repeats, toc, headingLevel, messages };
}

/** The number of `#` written before a line's first character (blanked in the view): its Markdown heading level. */
function markdownLevel(source: string, start: number): number {
  let i = start - 1;
  while (i >= 0 && (source[i] === ' ' || source[i] === '\t' || source[i] === '\u3000')) i--;
  let hashes = 0;
  while (i >= 0 && source[i] === '#') {
    hashes++;
    i--;
  }
  return hashes > 0 && hashes <= 6 && (i < 0 || source[i] === '\n' || source[i] === '\r' || /[ \t]/.test(source[i]!)) ? hashes : 0;
}

/** Lines that lie wholly inside a stretch the ingest stage marked as furniture take its rule. */
function markFurniture(lines: readonly Line[], rules: Array<string | null>, furniture: Decoded['furniture']): void {
  if (furniture.length === 0) return;
  const sorted = [...furniture].sort((a, b) => a.span[0] - b.span[0]);
  let k = 0;
  for (const l of lines) {
    if (l.text === '') continue;
    while (k < sorted.length && sorted[k]!.span[1] < l.end) k++;
    // The furniture stretches are few and ordered: look at the ones that may still hold this line.
    for (let j = k; j < sorted.length && sorted[j]!.span[0] <= l.start; j++) {
      if (sorted[j]!.span[1] >= l.end) {
        rules[l.index] ??= sorted[j]!.rule;
        break;
      }
    }
  }
}

/**
 * Tables of contents: 目录 followed by heading lines, up to the line where the first entry
 * appears again (the body starts); or, without 目录, a run of three or more short heading
 * lines (## 第一章 总则 / ## 第二章 数字基础设施 …) with nothing between them, the first of which
 * appears again just after the run (corpus 042). Without that repetition, nothing is marked.
 */
function findTableOfContents(lines: readonly Line[], skip: (i: number) => boolean): boolean[] {
  const toc = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (skip(i) || toc[i]) continue;
    const key = compactKey(lines[i]!.text);
    const titled = key === '目录' && lines[i]!.text.length <= 8;
    if (!titled && !TOC_ENTRY.test(key)) continue;
    const end = tocEnd(lines, i, titled);
    if (end > i) for (let t = i; t < end; t++) toc[t] = true;
  }
  return toc;
}

const TOC_ENTRY = /^第[一二三四五六七八九十百零〇\d]{1,5}[章编部篇]/;
const TOC_LINE_MAX = 60;
const TOC_SCAN_LINES = 400;

/** The line where the entries starting at `i` begin again (the body), or -1. */
function tocEnd(lines: readonly Line[], i: number, titled: boolean): number {
  let first: string | null = titled ? null : compactKey(lines[i]!.text);
  let entries = titled ? 0 : 1;
  for (let j = i + 1; j < lines.length && j < i + TOC_SCAN_LINES; j++) {
    const k = compactKey(lines[j]!.text);
    if (k === '') continue;
    if (first === null) {
      first = k;
      entries++;
      continue;
    }
    if (k === first) return titled || entries >= 3 ? j : -1;
    // Body text, or (without 目录) a line that is no heading: this was no table of contents.
    if (k.length > TOC_LINE_MAX || (!titled && !TOC_ENTRY.test(k))) return -1;
    entries++;
  }
  return -1;
}

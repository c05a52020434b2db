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

export interface Normalized {
  text: string;
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
  messages: Message[];
}

export function normalize(decoded: Decoded): Normalized {
  const { text } = decoded;
  const lines = splitLines(text);
  const rules = findChrome(lines);
  markFurniture(lines, rules, decoded.furniture);
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
  return { text, format: decoded.format, lines, chrome, chromeBoundary, repeated, repeats, toc, messages };
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
 * 目录 followed by heading lines, up to the line where the first entry appears
 * again (the body starts). Without that repetition, nothing is marked.
 */
function findTableOfContents(lines: readonly Line[], skip: (i: number) => boolean): boolean[] {
  const toc = lines.map(() => false);
  for (let i = 0; i < lines.length; i++) {
    if (skip(i) || lines[i]!.text.length > 8 || compactKey(lines[i]!.text) !== '目录') continue;
    let first: string | null = null;
    for (let j = i + 1; j < lines.length && j < i + 400; j++) {
      const k = compactKey(lines[j]!.text);
      if (k === '') continue;
      if (first === null) {
        first = k;
        continue;
      }
      if (k === first) {
        for (let t = i; t < j; t++) toc[t] = true;
        break;
      }
      if (k.length > 60) break; // body text: this was no table of contents
    }
  }
  return toc;
}

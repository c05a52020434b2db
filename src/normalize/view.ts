/**
 * The working view of the decoded text: the same length, character for character, so every
 * offset found in it indexes source.text too. Two things change in it:
 *
 *   - Markdown markup becomes spaces (`# 标题`, `## 第一章 总则`, `**第一条**`, `> `, list
 *     bullets, pipe-table bars), and an HTML comment line (`<!-- INFO END -->`) is furniture:
 *     markup is never part of a title, a marker or a value.
 *   - Traditional characters are read through their simplified forms (opencc-js, t → cn), so
 *     牽頭單位 / 責任單位 / 號 / 達到 / 從…起 behave exactly like 牵头单位 / 责任单位 / 号 / 达到 / 从…起.
 *     A line whose conversion would change its length keeps its own characters. Output text is
 *     restored to the characters the source uses (`restoreScript`).
 */
import { createRequire } from 'node:module';
import type { Furniture } from '../types.js';

export interface View {
  text: string;
  furniture: Furniture[];
  /** Simplified → the character this document writes, when the view was simplified; else null. */
  restore: ReadonlyMap<string, string> | null;
}

const HEADING = /^([ \t\u3000]*)(#{1,6})([ \t\u3000]+)(?=\S)/;
const QUOTE = /^([ \t\u3000]*)(>[ \t]?)/;
const BULLET = /^([ \t\u3000]*)([-*+])([ \t]+)(?=\S)/;
const TABLE_RULE = /^[|:\- \t]+$/;
const PIPE_ROW = /^[ \t]*\|.*\|[ \t]*$/;
const COMMENT_LINE = /^[ \t]*<!--.{0,200}-->[ \t]*$/;
const EMPHASIS = /\*\*|__/g;

/** Markdown shows itself by a heading line or a bold run; plain text with a lone 1 * 2 stays plain. */
function looksLikeMarkdown(text: string): boolean {
  const head = text.slice(0, 200_000);
  return /^#{1,6}[ \t]+\S/m.test(head) || /\*\*[^*\n]{1,80}\*\*/.test(head) || /^[ \t]*\|.+\|[ \t]*$/m.test(head);
}

const blank = (s: string): string => ' '.repeat(s.length);

function blankLine(line: string): string {
  if (TABLE_RULE.test(line) && line.includes('---')) return blank(line);
  let out = blankClosingHashes(line.replace(HEADING, (_, a: string, h: string, b: string) => a + blank(h) + b), line);
  out = out.replace(QUOTE, (_, a: string, q: string) => a + blank(q)).replace(BULLET, (_, a: string, b: string, c: string) => a + blank(b) + c);
  // **第一条** / __附则__: emphasis marks in pairs only, so 1**2 in a formula is left alone.
  const marks = out.match(EMPHASIS)?.length ?? 0;
  if (marks >= 2 && marks % 2 === 0) out = out.replace(EMPHASIS, '  ');
  if (PIPE_ROW.test(out)) out = out.replace(/\|/g, ' ');
  return out;
}

/** `## 第一章 总则 ##`: closing hashes of a heading line (a string scan: a pattern here backtracks). */
function blankClosingHashes(out: string, line: string): string {
  if (!HEADING.test(line)) return out;
  let end = out.length;
  while (end > 0 && (out[end - 1] === ' ' || out[end - 1] === '\t')) end--;
  let hashes = end;
  while (hashes > 0 && out[hashes - 1] === '#') hashes--;
  if (hashes === end || hashes === 0 || !(out[hashes - 1] === ' ' || out[hashes - 1] === '\t')) return out;
  return out.slice(0, hashes) + blank(out.slice(hashes, end)) + out.slice(end);
}

/** Markdown markup → spaces (same length), comment lines → furniture. */
export function blankMarkup(text: string): { text: string; furniture: Furniture[] } {
  if (!looksLikeMarkdown(text)) return { text, furniture: [] };
  const furniture: Furniture[] = [];
  let out = '';
  let at = 0;
  for (const m of text.matchAll(/[^\r\n]*(\r\n|\r|\n|$)/g)) {
    if (m[0] === '') break;
    const eol = m[1]!;
    const line = m[0].slice(0, m[0].length - eol.length);
    if (COMMENT_LINE.test(line)) furniture.push({ span: [at, at + line.length], rule: 'furniture/markup-comment' });
    out += blankLine(line) + eol;
    at += m[0].length;
  }
  return { text: out, furniture };
}

// Characters common in Traditional text that Simplified text never writes.
const TRADITIONAL_ONLY = '這個們國為來時說對會發經進後體現實種過產動學開關與當點從業機論區資則邊統設備強應員書習將選擬範圍條規劃總處歷務參執責達準併專圖際術華裡義質廣報導織顧驗積記與幾區';
const TRADITIONAL_SHARE = 0.02;
const CJK_FIRST = 0x4e00;
const CJK_LAST = 0x9fff;
/** TRADITIONAL_ONLY as a table by code point: counting them is the only pass over every document. */
const IS_TRADITIONAL: Readonly<Uint8Array> = (() => {
  const table = new Uint8Array(CJK_LAST - CJK_FIRST + 1);
  for (const c of TRADITIONAL_ONLY) table[c.charCodeAt(0) - CJK_FIRST] = 1;
  return table;
})();

function looksTraditional(text: string): boolean {
  let cjk = 0;
  let trad = 0;
  const n = Math.min(text.length, 50_000);
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (c < CJK_FIRST || c > CJK_LAST) continue;
    cjk++;
    trad += IS_TRADITIONAL[c - CJK_FIRST]!;
  }
  return cjk > 0 && trad / cjk >= TRADITIONAL_SHARE;
}

type Converter = (s: string) => string;

/** opencc-js is loaded on first use: simplified documents (most of a batch) never pay for it. */
function loadConverter(): Converter {
  const opencc = createRequire(import.meta.url)('opencc-js/t2cn') as { Converter: (o: { from: string; to: string }) => Converter };
  return opencc.Converter({ from: 't', to: 'cn' });
}

/** The simplified view, line by line, keeping every line's length. */
function simplify(text: string, convert: Converter): string {
  let out = '';
  for (const m of text.matchAll(/[^\r\n]*(?:\r\n|\r|\n|$)/g)) {
    if (m[0] === '') break;
    const converted = convert(m[0]);
    out += converted.length === m[0].length ? converted : m[0];
  }
  return out;
}

/** For each simplified character of the view, the character the source writes most often in its place. */
function restoreMap(source: string, view: string): Map<string, string> {
  const changed = new Set<string>();
  for (let i = 0; i < view.length; i++) if (view[i] !== source[i]) changed.add(view[i]!);
  const counts = new Map<string, Map<string, number>>();
  for (let i = 0; i < view.length; i++) {
    const v = view[i]!;
    if (!changed.has(v)) continue;
    let m = counts.get(v);
    if (!m) counts.set(v, (m = new Map()));
    m.set(source[i]!, (m.get(source[i]!) ?? 0) + 1);
  }
  const out = new Map<string, string>();
  for (const [v, m] of counts) {
    const best = [...m].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))[0]![0];
    if (best !== v) out.set(v, best);
  }
  return out;
}

export function workingView(source: string): View {
  const markup = blankMarkup(source);
  if (!looksTraditional(markup.text)) return { ...markup, restore: null };
  const text = simplify(markup.text, loadConverter());
  return { text, furniture: markup.furniture, restore: restoreMap(markup.text, text) };
}

/** A string of the view written back in the source's characters (Traditional stays Traditional). */
export function restoreScript(s: string, restore: ReadonlyMap<string, string> | null): string {
  if (!restore || restore.size === 0) return s;
  let out = '';
  for (const ch of s) out += restore.get(ch) ?? ch;
  return out;
}

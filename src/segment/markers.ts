/**
 * The numbering styles of Chinese official documents, in one table. A marker
 * is matched at a position of a line; whether it really starts a heading or an
 * item is decided by the tree builder (sequence and position rules).
 */
import { charClass } from '../text/chars.js';
import type { MarkerStyle } from '../lexicon/numbering.js';
export { type MarkerStyle, STYLE_RANK } from '../lexicon/numbering.js';
import { parseCircled, parseOrdinal } from '../text/numerals.js';

export interface MarkerMatch {
  style: MarkerStyle;
  ordinal: number;
  /** The marker as written, surrounding spaces trimmed (一、 / （一） / 第三章 / 一是). */
  marker: string;
  /** Characters consumed from the match position, trailing spaces included. */
  length: number;
}

interface StyleRule {
  style: MarkerStyle;
  pattern: RegExp;
  /** Index of the capture holding the ordinal. */
  group: number;
  lineStartOnly?: boolean;
  circled?: boolean;
  /** a. b. c.: the letter's place in the alphabet. */
  latin?: boolean;
}

const CN = '一二三四五六七八九十百零〇○两';
const SP = '[ \\t\\u3000\\u00a0]';
const DIGITS = '(?:\\d{1,3}|[０-９]{1,3})';

// Every pattern is sticky, anchored at the candidate position, with bounded repetition.
const RULES: readonly StyleRule[] = [
  // 第一部分 现状与形势
  { style: 'part', pattern: new RegExp(`第${SP}*([${CN}\\d]{1,5})${SP}*(?:部分|篇|编)${SP}*`, 'y'), group: 1 },
  // 第一章　总则
  { style: 'chapter', pattern: new RegExp(`第${SP}*([${CN}\\d]{1,5})${SP}*章${SP}*`, 'y'), group: 1 },
  // 第一节 一般规定
  { style: 'section', pattern: new RegExp(`第${SP}*([${CN}\\d]{1,5})${SP}*节${SP}*`, 'y'), group: 1 },
  // 第一条 为了…  (not 第一条件, 第二条款)
  { style: 'article', pattern: new RegExp(`第${SP}*([${CN}\\d]{1,5})${SP}*条(?![件款例])${SP}*`, 'y'), group: 1 },
  // 1.2.1　国家级 (three-part decimal numbering of emergency plans)
  { style: 'decimal3', pattern: new RegExp(`(\\d{1,2})[.．﹒](\\d{1,2})[.．﹒](\\d{1,2})(?![\\d.．%])${SP}*`, 'y'), group: 3, lineStartOnly: true },
  // 1.1　编制目的及依据 (needs a space or a CJK heading after it; 1.2倍 is a number)
  { style: 'decimal2', pattern: new RegExp(`(\\d{1,2})[.．﹒](\\d{1,2})(?![\\d.．%])(?:${SP}+|(?=[\\u4e00-\\u9fff](?![倍亿万元个人次%])))`, 'y'), group: 2, lineStartOnly: true },
  // 一、强化法制机制建设 / 一．总则   (not 一、二级 where a numeral list follows)
  { style: 'cn-dun', pattern: new RegExp(`([一二三四五六七八九十百]{1,4})${SP}*[、.．﹒](?![${CN}\\d][、.．﹒])${SP}*`, 'y'), group: 1 },
  // （一）指导思想 / (一)
  { style: 'cn-paren', pattern: new RegExp(`[（(]${SP}*([一二三四五六七八九十百]{1,4})${SP}*[)）]${SP}*`, 'y'), group: 1 },
  // 第一，调整和优化农业结构。 (a report's points; line start only, so 第一批 / 第一条 are never taken)
  { style: 'cn-di', pattern: new RegExp(`第${SP}*([一二三四五六七八九十]{1,3})${SP}*[，,]${SP}*`, 'y'), group: 1, lineStartOnly: true },
  // ㈠新型节能建筑体系 (one character, U+3220–3229): the same level as （一）
  { style: 'cn-paren', pattern: new RegExp(`([㈠-㈩])${SP}*`, 'y'), group: 1, circled: true },
  // 1.深化… / 1、完成… / 1．除涉密… / 1.2025年底前… (not 1.2亿, not 3、4月份)
  { style: 'num', pattern: new RegExp(`(${DIGITS})(?:[.．﹒]|、)(?![\\d０-９](?!\\d{3}年))${SP}*`, 'y'), group: 1 },
  // 1　总则 (number, wide space, heading; emergency plans)
  { style: 'num-space', pattern: new RegExp(`(\\d{1,2})(?:\\u3000|${SP}{2,})(?=[\\u4e00-\\u9fff])`, 'y'), group: 1, lineStartOnly: true },
  // （1）统一领导、分级负责
  { style: 'num-paren', pattern: new RegExp(`[（(]${SP}*(${DIGITS})${SP}*[)）]${SP}*`, 'y'), group: 1 },
  // 1）… / 1)…
  { style: 'num-rparen', pattern: new RegExp(`(${DIGITS})[)）]${SP}*`, 'y'), group: 1, lineStartOnly: true },
  // ①…
  { style: 'circled', pattern: new RegExp(`([①-⑳])${SP}*`, 'y'), group: 1, circled: true },
  // a.满足条件1的企业无需提交证明材料 (corpus 213): a lower-case letter, a point, then Chinese text
  { style: 'latin', pattern: new RegExp(`([a-z])[.．、](?=${SP}*[\\u4e00-\\u9fff])${SP}*`, 'y'), group: 1, lineStartOnly: true, latin: true },
  // 一是完善有关制度。二是… (not 一是否)
  { style: 'cn-shi', pattern: new RegExp(`([一二三四五六七八九十]{1,3})是(?![否非的])${SP}*[，,：:]?${SP}*`, 'y'), group: 1 },
];

/** Characters a marker can start with; any other character is rejected before trying the patterns. */
const FIRST_CODES = charClass('abcdefghijklmnopqrstuvwxyz第（(一二三四五六七八九十百㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳0123456789０１２３４５６７８９');

/** Whether a character can start a marker (a cheap test before trying the patterns). */
export function isMarkerStart(code: number): boolean {
  return FIRST_CODES(code);
}

/** Every marker pattern (for the ReDoS sweep in tests). */
export const MARKER_PATTERNS: readonly RegExp[] = RULES.map((r) => r.pattern);

/** Match a marker at `pos` of `text`; `atLineStart` enables the line-start-only styles. */
export function matchMarker(text: string, pos: number, atLineStart: boolean): MarkerMatch | null {
  if (!FIRST_CODES(text.charCodeAt(pos))) return null;
  for (const rule of RULES) {
    if (rule.lineStartOnly && !atLineStart) continue;
    rule.pattern.lastIndex = pos;
    const m = rule.pattern.exec(text);
    if (!m) continue;
    const raw = m[rule.group]!;
    const ordinal = rule.latin ? raw.charCodeAt(0) - 96 : rule.circled ? parseCircled(raw) : parseOrdinal(raw);
    if (ordinal === null || ordinal < 1) continue;
    // A marker must be followed by something: a bare "1." is a table cell or a page number.
    if (pos + m[0].length >= text.length) continue;
    return { style: rule.style, ordinal, marker: m[0].trim(), length: m[0].length };
  }
  return null;
}

/** Characters after which an inline marker may start (sentence ends and spaces). */
const BOUNDARY_CODES = charClass('。；;！？!?：: \t\u3000\u00a0');
export function isInlineBoundary(code: number): boolean {
  return BOUNDARY_CODES(code);
}

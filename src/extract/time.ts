/**
 * Time expressions shared by indicators and deadlines: years (2020年, 年末 → the document's
 * year, “十四五”末 → 2025), and the ranges of text where numbers and dates belong to a name
 * (《…》, “…”, 文号 brackets) rather than to the work.
 */
import type { Line, Message, Span } from '../types.js';
import { findDocNumbers } from '../text/doc-numbers.js';
import { parseChineseInt } from '../text/numerals.js';
import { SpanSet } from '../text/span-set.js';
import { append } from '../text/arrays.js';

export interface TimeContext {
  /** The document's own year: resolves 年末, 当年10月底前, 5月底. */
  docYear: number | null;
  /** Names (《titles》, 文号) of the whole document: dates there are not time limits. */
  names: SpanSet;
  /** The document's signing date, for time limits counted from its issue (印发之日起3个月内). */
  signedDate?: string | null;
  /** The document's publication date (发布之日起…). */
  publishedDate?: string | null;
}

/** “十三五” → the plan's first and last year (十一五 2006-2010 … 十五五 2026-2030). */
export function planPeriod(numeral: string): { first: number; last: number } | null {
  return nthPlanPeriod(parseChineseInt(numeral));
}

/**
 * The years of the N-th five-year plan: 一五 1953-1957, 二五 1958-1962, then (after the
 * 1963-1965 adjustment) 三五 1966-1970 … 十四五 2021-2025, 十五五 2026-2030.
 */
export function nthPlanPeriod(n: number | null): { first: number; last: number } | null {
  if (n === null || n < 1 || n > 20) return null;
  const first = n <= 2 ? 1953 + 5 * (n - 1) : 1966 + 5 * (n - 3);
  return { first, last: first + 4 };
}

const TITLE_NAMES = /《[^《》\n]{1,200}》|〈[^〈〉\n]{1,200}〉/g;
const QUOTED_NAMES = /[“"‘][^“”"‘’\n]{1,20}[”"’]/g;

/** Where figures and dates are part of a name: 《titles》 and 文号 (黑民函〔2017〕58号). */
export function nameSpans(text: string): SpanSet {
  const out: Span[] = [];
  for (const m of text.matchAll(TITLE_NAMES)) out.push([m.index, m.index + m[0].length]);
  append(out, findDocNumbers(text));
  return new SpanSet(out);
}

/** Short quoted names and slogans: “十户一体”, “一村一辅警”. */
export function quotedSpans(text: string): SpanSet {
  const out: Span[] = [];
  for (const m of text.matchAll(QUOTED_NAMES)) out.push([m.index, m.index + m[0].length]);
  return new SpanSet(out);
}

export interface YearToken {
  year: number;
  index: number;
  length: number;
}

// 2020年 / 年末 / 年底 / 当年 / “十四五”末 — each token states a single year.
const YEAR_TOKEN = /((?:19|20)\d{2})\s?年(?![-—–~～至到]\s?(?:19|20)\d{2})|[“"]?十([一二三四五六七八九])五[”"]?(?:末|期末)|(?<![\d年])(?:年末|年底|当年|本年度?|今年)/g;
const BASELINE_BEFORE = /[比较同]$|比上$/;

/** Year tokens in [from, to), skipping baselines (比2012年底) and names. */
export function yearTokens(text: string, from: number, to: number, ctx: TimeContext): YearToken[] {
  const out: YearToken[] = [];
  for (const m of text.slice(from, to).matchAll(YEAR_TOKEN)) {
    const index = from + m.index;
    if (ctx.names.at(index)) continue;
    if (BASELINE_BEFORE.test(text.slice(Math.max(from, index - 2), index))) continue;
    let year: number | null = null;
    if (m[1]) year = Number(m[1]);
    else if (m[2]) year = planPeriod(`十${m[2]}`)?.last ?? null;
    else year = ctx.docYear;
    if (year !== null) out.push({ year, index, length: m[0].length });
  }
  return out;
}

/** The nearest year stated before `at` in the sentence starting at `sentenceStart`. */
export function yearBefore(text: string, sentenceStart: number, at: number, ctx: TimeContext): number | null {
  const tokens = yearTokens(text, sentenceStart, at, ctx);
  return tokens.length > 0 ? tokens[tokens.length - 1]!.year : null;
}

/** A year stated after the figure in the same clause (…200人以下的村原则上要在2020年前完成撤并). */
export function yearAfterInClause(text: string, from: number, clauseEnd: number, ctx: TimeContext): number | null {
  return yearTokens(text, from, clauseEnd, ctx)[0]?.year ?? null;
}

const DAMAGED_YEAR = /(?<![\d.．])0\d{3}(?=\s?年)/g;

/**
 * 0402年启动… / 0400年底前: a year with a leading zero is a damaged date (a scrape garbled
 * 2024 or 2020). It is not read as a deadline, and the user is told where.
 */
export function damagedYearMessage(lines: readonly Line[], skip: readonly boolean[]): Message | null {
  const found: Array<{ year: string; line: number }> = [];
  for (const l of lines) {
    if (skip[l.index] || !l.text.includes('年')) continue;
    for (const m of l.text.matchAll(DAMAGED_YEAR)) found.push({ year: m[0], line: l.index + 1 });
  }
  if (found.length === 0) return null;
  const numbers = [...new Set(found.map((f) => f.line))];
  const shown = numbers.slice(0, 5).join(', ') + (numbers.length > 5 ? ` and ${numbers.length - 5} more` : '');
  return {
    code: 'time/damaged-year',
    line: found[0]!.line,
    message: `damaged years: ${found.length} year(s) written with a leading zero (${found[0]!.year}年 …) on line(s) ${shown}; their deadlines are not read`,
  };
}

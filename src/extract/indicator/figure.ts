/**
 * A figure in the text: a number (digits, Chinese numerals, 百分之六十, 万/亿 applied) with its
 * unit, or a range of two (1.2-1.4倍 / 1500户至3000户 / 10%-15%), or a count of places just
 * listed (湖南、广东、广西等5省(区)). What it measures and how it compares is read in ./index.ts.
 */
import { UNIT_NORMAL } from '../../lexicon/measures.js';
import { NOT_POINTS, POINTS_VERB_BEFORE, UNIT_RE } from '../../patterns/indicators.js';
import { charClass } from '../../text/chars.js';
import { numberAt, type ParsedNumber } from '../../text/numbers.js';
import { parseChineseInt } from '../../text/numerals.js';

export interface Figure {
  /** Offset of the number. */
  at: number;
  number: ParsedNumber;
  valueMax: number | null;
  /** The unit as written, and normalised (％ → %, 平米 → 平方米). */
  rawUnit: string;
  unit: string;
  /** End of the unit (of the second number's unit in a range). */
  end: number;
  rule: 'indicator/quantity' | 'indicator/range' | 'indicator/place-count' | 'indicator/share';
}

/** Why a position holds no figure, for --explain; null when it holds one. */
export type NotAFigure = { reason: string; end: number } | null;

/** Characters that can follow a number inside an indicator (a unit, a magnitude, a range dash, 以上 …). */
const AFTER_NUMBER = charClass('个人名户次家所项条件座台套辆张床间栋岁年天日周小分平立千公亩吨米元倍美%％‰㎡万亿省市县区州以及左多余-—–~～至到.．,百之毫厘批场类种支款例兆头羽只册部斤微μEPTGM根门艘架株棵颗枚匹篇份首幅秒点·度起宗摄℃°贝克海处');
const NUMERAL_CODES = charClass('0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千');
const NUMERAL = /[0-9０-９.．零〇○一二两三四五六七八九十百千万亿]/;
const RANGE_DASH = /^[ \u3000]?[-—–~～至到][ \u3000]?/;
// 湖南、广东、广西等5省(区) / 凯里、黄平、镇远三县(市): a count of the places just listed.
const PLACE_COUNT = /^(省|市|县|区|州)(?:[(（][省市县区旗州、]{1,5}[)）])?/;
// 第1至4项 (item numbers), 附件1所列 (annex numbers), 表3 (a table's number).
// 15时30分 / 8点30分: a time of day.
const CLOCK_BEFORE = /[0-9０-９一二三四五六七八九十][时点]$/;

/** Whether a figure with unit 分 or 度 is a count of points, fen or degrees (not 十分重要, 3时15分, 两度获得). */
function isMeasuredBy(text: string, p: number, n: ParsedNumber, unit: string, end: number, from: number): boolean {
  if (unit === '度') return !n.chinese;
  if (unit !== '分') return true;
  if (NOT_POINTS.test(text.slice(end, end + 2)) || CLOCK_BEFORE.test(text.slice(Math.max(from, p - 2), p))) return false;
  return !n.chinese || POINTS_VERB_BEFORE.test(text.slice(Math.max(from, p - 1), p));
}

const PER_UNIT = /^(?:\/(?:平方米|千瓦时|人次|小时|年|月|日|天|人|户|亩|次|吨|公里|台|件)){1,2}/;

const NOT_A_FIGURE_BEFORE = /(?:第\d{1,3}[至到\-—–~]|附件|附表|附录|(?<![一-龥])表|图)$/;

export function isNumeralChar(c: string | undefined): boolean {
  return c !== undefined && NUMERAL.test(c);
}

/** Cheap test before parsing: a numeral run followed by something an indicator can continue with. */
export function mayBeQuantity(text: string, p: number): boolean {
  let q = p;
  while (q < p + 12 && NUMERAL_CODES(text.charCodeAt(q))) q++;
  if (q === p) return text.startsWith('百分之', p);
  for (let c = text.charCodeAt(q); c === 32 || c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x2009); c = text.charCodeAt(++q));
  return AFTER_NUMBER(text.charCodeAt(q));
}

function unitAfter(text: string, at: number): { unit: string; length: number } | null {
  const m = UNIT_RE.exec(text.slice(at, at + 8));
  return m ? { unit: m[1]!, length: m[0].length } : null;
}

/** ％ → %, 平米 → 平方米; a rate's base only (平米/月 → 平方米/月). */
function normalUnit(raw: string): string {
  const slash = raw.indexOf('/');
  const base = slash > 0 ? raw.slice(0, slash) : raw;
  return (UNIT_NORMAL[base] ?? base) + (slash > 0 ? raw.slice(slash) : '');
}

function make(at: number, number: ParsedNumber, valueMax: number | null, rawUnit: string, end: number, rule: Figure['rule']): Figure {
  return { at, number, valueMax, rawUnit, unit: normalUnit(rawUnit), end, rule };
}

// 3000人以上5000人以下 / 1万元以上5万元以内: a lower and an upper bound make a range (not across a comma:
// 年龄应在18周岁以上，35周岁以下 states two bounds, corpus 213).
const LOWER_THEN_UPPER = /^[ \u3000]?(?:及以上|以上)[ \u3000]?/;
const UPPER_END = /^[ \u3000]?(?:及以下|以下|以内|之内)/;

function withUpperBound(text: string, f: Figure): Figure {
  const m = LOWER_THEN_UPPER.exec(text.slice(f.end, f.end + 6));
  const second = m ? numberAt(text, f.end + m[0].length) : null;
  if (!m || !second || second.chinese !== f.number.chinese) return f;
  let end = f.end + m[0].length + second.length;
  const u = unitAfter(text, end);
  if (u && u.unit !== f.rawUnit) return f;
  if (u) end += u.length;
  const close = UPPER_END.exec(text.slice(end, end + 4));
  return close ? { ...f, valueMax: second.value, end: end + close[0].length, rule: 'indicator/range' } : f;
}

/** 1500户至3000户: a range written with the unit twice extends a figure. */
function withSecondHalf(text: string, f: Figure): Figure {
  if (f.valueMax !== null) return f;
  const bounded = withUpperBound(text, f);
  if (bounded !== f) return bounded;
  const m = RANGE_DASH.exec(text.slice(f.end, f.end + 4));
  const second = m ? numberAt(text, f.end + m[0].length) : null;
  if (!m || !second || second.chinese !== f.number.chinese) return f;
  const u = unitAfter(text, f.end + m[0].length + second.length);
  if (!u || u.unit !== f.rawUnit) return f;
  return { ...f, valueMax: second.value, end: f.end + m[0].length + second.length + u.length };
}

/** 1.2-1.4倍 / 5到10年 / 10%-15%: the unit after the second number only. */
function rangeFigure(text: string, p: number, n: ParsedNumber): Figure | null {
  const after = p + n.length;
  const m = RANGE_DASH.exec(text.slice(after, after + 4));
  const second = m ? numberAt(text, after + m[0].length) : null;
  if (!m || !second || second.chinese !== n.chinese) return null;
  const end = after + m[0].length + second.length;
  const u = unitAfter(text, end);
  return u ? make(p, n, second.value, u.unit, end + u.length, 'indicator/range') : null;
}

// 三分之一 / 2/3 / 1∶4000 (a ratio colon, or 比例为1:1): a share, its value the quotient, no unit.
const CN_FRACTION = /^([一二两三四五六七八九十百千]{1,4})分之([一二两三四五六七八九十百]{1,4})/;
const DIGIT_FRACTION = /^(\d{1,3})\s?\/\s?(\d{1,3})(?![\d/年月日])/;
const RATIO = /^(\d{1,4})\s?∶\s?(\d{1,6})(?!\d)/;
const RATIO_AFTER_CUE = /(?:比例|比|按|为|达)$/;

/** A fraction or a ratio at `p`, or null. */
function shareAt(text: string, p: number, from: number): Figure | null {
  // 2023/5/6: a date, not 5/6.
  if (p > from && /[\d/.:∶]/.test(text[p - 1]!)) return null;
  const s = text.slice(p, p + 16);
  // 百分之五十 is a percentage (numberAt reads it); 千分之五 a per-mille figure.
  if (s.startsWith('百分之')) return null;
  if (s.startsWith('千分之')) {
    const n = numberAt(text, p + 3);
    return n ? make(p, { ...n, index: p, length: n.length + 3 }, null, '‰', p + 3 + n.length, 'indicator/quantity') : null;
  }
  const cn = CN_FRACTION.exec(s);
  const dg = cn ? null : DIGIT_FRACTION.exec(s);
  const colon = cn || dg ? null : (RATIO.exec(s) ?? (RATIO_AFTER_CUE.test(text.slice(Math.max(from, p - 2), p)) ? /^(\d{1,4})\s?:\s?(\d{1,6})(?!\d)/.exec(s) : null));
  const m = cn ?? dg ?? colon;
  if (!m) return null;
  // 三分之一: the denominator first; 2/3 and 1∶4000: the numerator first.
  const [num, den] = cn ? [parseChineseInt(m[2]!), parseChineseInt(m[1]!)] : [Number(m[1]), Number(m[2])];
  if (num === null || den === null || den === 0 || num === 0) return null;
  const number: ParsedNumber = { value: num / den, index: p, length: m[0].length, chinese: cn !== null, percentWord: false };
  return make(p, number, null, '', p + m[0].length, 'indicator/share');
}

/** The figure starting at `p` (a position where a number may start), or null. */
export function figureAt(text: string, p: number, from: number): Figure | null {
  const share = shareAt(text, p, from);
  if (share) return share;
  if (!mayBeQuantity(text, p) || NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(from, p - 6), p))) return null;
  const prev = text[p - 1];
  // Part of a longer token (IPv6, 3A, 二〇一七), an ordinal (第十届, 第 5 次 in spaced PDF text), or a denominator (每万, 每百户).
  if (p > from && (isNumeralChar(prev) || prev === '第' || prev === '每' || /[A-Za-zＡ-Ｚａ-ｚ]/.test(prev ?? ''))) return null;
  if (/第\s{1,2}$/.test(text.slice(Math.max(from, p - 3), p))) return null;
  const n = numberAt(text, p);
  if (!n) return null;
  let end = p + n.length;
  // Part of a longer number (2017 read from 二〇一七); 千瓦 after 10亿 is a unit.
  if (!n.percentWord && (n.chinese ? isNumeralChar(text[end]) : /[0-9０-９]/.test(text[end] ?? ''))) return null;
  if (n.percentWord) return /^[A-Za-z0-9]/.test(text[end] ?? '') ? null : withSecondHalf(text, make(p, n, null, '%', end, 'indicator/quantity'));
  const place = PLACE_COUNT.exec(text.slice(end, end + 8));
  // …but not a name that goes on (四省藏区).
  const placeEnds = place && (place[0].length > 1 || /^(?:的|[，,。；;、）)]|$)/.test(text.slice(end + place[0].length, end + place[0].length + 1)));
  if (place && placeEnds && (prev === '等' || /、[^，。；]{1,12}$/.test(text.slice(Math.max(from, p - 14), p)))) {
    return withSecondHalf(text, make(p, n, null, place[0], end + place[0].length, 'indicator/place-count'));
  }
  // 1万余次 / 144亿多元 / 200多项: 多 or 余 between the figure and its unit (the comparator reads it as >).
  const approx = !n.more && /[多余]/.test(text[end] ?? '') && unitAfter(text, end + 1) ? 1 : 0;
  const u = unitAfter(text, end + approx);
  // 力争今年农村贫困人口再减少1000万以上: a magnitude alone is a quantity, its unit left empty.
  if (!u) return rangeFigure(text, p, n) ?? (n.magnitude && !n.chinese ? make(p, n, null, '', end, 'indicator/quantity') : null);
  end += approx + u.length;
  if (!isMeasuredBy(text, p, n, u.unit, end, from)) return null;
  // 800万吨/年 / 32.5元/平方米/月 / 240元/人/日 (corpus 061, 116, 213, 209): a rate keeps what it is per.
  const per = PER_UNIT.exec(text.slice(end, end + 12));
  if (per) {
    end += per[0].length;
    if (/^[A-Za-z0-9]/.test(text[end] ?? '')) return null;
    return withSecondHalf(text, make(p, n, null, u.unit + per[0], end, 'indicator/quantity'));
  }
  // 5G, 3A runs on: a name, not a figure (505户1748人 is two figures: a CJK unit ends one).
  if (/^[A-Za-z]/.test(text[end] ?? '') || (/^[0-9]/.test(text[end] ?? '') && /[A-Za-z%％‰㎡℃]$/.test(u.unit))) return null;
  return withSecondHalf(text, make(p, n, null, u.unit, end, 'indicator/quantity'));
}

/**
 * Numbers as policy documents write them: digits (full-width folded), decimals,
 * Chinese numerals (两, 十五, 一百二十, 三千), 百分之六十, and the magnitudes 万 / 亿
 * applied exactly (16.4亿 → 1640000000: decimals are scaled as digit strings,
 * never by multiplying floats).
 */
import { MAGNITUDES } from '../lexicon/measures.js';
import { MAGNITUDE_RE } from '../patterns/indicators.js';
import { charClass } from './chars.js';
import { parseChineseInt } from './numerals.js';

export interface ParsedNumber {
  value: number;
  /** Offset of the first character of the number in the scanned string. */
  index: number;
  /** Characters consumed (magnitude included). */
  length: number;
  /** Written with Chinese numerals (一百二十) rather than digits. */
  chinese: boolean;
  /** 百分之六十: the unit is % by construction. */
  percentWord: boolean;
}


/** Multiply a decimal string by 10^shift exactly: ("16.4", 8) → 1640000000. */
export function scaleDecimal(digits: string, shift: number): number {
  const [intPart = '0', frac = ''] = digits.split('.');
  const point = intPart.length + shift;
  const whole = (intPart + frac).padEnd(point, '0');
  const fraction = whole.slice(point);
  return Number(fraction === '' ? whole : `${whole.slice(0, point)}.${fraction}`);
}

function foldDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0)).replace(/[．]/g, '.');
}

// 1,500 / 70.9 / ９２ — commas only between groups of three.
const DIGIT_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:\.\d+)?/;
const CN_CHARS = '零〇一二两三四五六七八九十百千';

/** Parse a number starting exactly at `pos` of `s`, or null. */
export function numberAt(s: string, pos: number): ParsedNumber | null {
  const raw = s.slice(pos, pos + 24);
  // Full-width digits and points are folded only where they occur (rare).
  const rest = /[\uff10-\uff19．]/.test(raw) ? foldDigits(raw) : raw;
  // 百分之六十 / 百分之5
  if (rest.startsWith('百分之')) {
    const inner = numberAt(s, pos + 3);
    if (inner && !inner.percentWord) return { ...inner, index: pos, length: inner.length + 3, percentWord: true };
    return null;
  }
  const d = DIGIT_NUMBER.exec(rest);
  if (d) {
    const digits = d[0].replace(/,/g, '');
    let length = d[0].length;
    let shift = 0;
    const mag = MAGNITUDE_RE.exec(rest.slice(length));
    if (mag) {
      shift = MAGNITUDES[mag[0]]!;
      length += mag[0].length;
    }
    return { value: scaleDecimal(digits, shift), index: pos, length, chinese: false, percentWord: false };
  }
  // Chinese numerals: the longest run that parses (十五, 一百二十, 三千二百).
  let end = 0;
  while (end < rest.length && CN_CHARS.includes(rest[end]!)) end++;
  for (let e = end; e > 0; e--) {
    const v = parseChineseInt(rest.slice(0, e));
    if (v === null || v === 0) continue;
    // Positional strings (二〇一七) are years, not quantities.
    if (e > 1 && ![...rest.slice(0, e)].some((c) => '十百千'.includes(c))) continue;
    let length = e;
    let shift = 0;
    const mag = MAGNITUDE_RE.exec(rest.slice(e));
    if (mag) {
      shift = MAGNITUDES[mag[0]]!;
      length += mag[0].length;
    }
    return { value: scaleDecimal(String(v), shift), index: pos, length, chinese: true, percentWord: false };
  }
  return null;
}

/** Whether the character (a UTF-16 code) can start a number: a digit or a Chinese numeral. */
export function canStartNumber(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return true;
  return CN_START(code);
}

const CN_START = charClass('零〇○一二两三四五六七八九十百');

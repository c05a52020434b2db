/**
 * Numbers as policy documents write them: digits (full-width folded), decimals,
 * Chinese numerals (两, 十五, 一百二十, 三千), 百分之六十, and the magnitudes 万 / 亿
 * applied exactly (16.4亿 → 1640000000: decimals are scaled as digit strings,
 * never by multiplying floats).
 */
import { MAGNITUDES } from '../lexicon/measures.js';
import { MAGNITUDE_RE } from '../patterns/indicators.js';
import { charClass } from './chars.js';
import { asciiDigits } from './numerals.js';

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
  /** 万 / 亿 applied (1000万 is a quantity even without a unit). */
  magnitude?: boolean;
  /** 600多万 / 300余万: more than the figure. */
  more?: boolean;
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
  return asciiDigits(s).replace(/[．]/g, '.');
}

// 1,500 / 70.9 / ９２ / 19·5 (a scrape's decimal point) — commas only between groups of three.
const DIGIT_NUMBER = /^(?:\d{1,3}(?:,\d{3})+|\d+)(?:[.·]\d+)?/;
// 600多万 / 50 亿 (a PDF's space) / 300余万: what may stand between the digits and their magnitude.
const BEFORE_MAGNITUDE = /^(?:[多余]|[ \u3000])/;

/** The magnitude right after `at` of `rest` (after one 多/余 or space), or null. */
function magnitudeAt(rest: string, at: number): { shift: number; length: number; more: boolean } | null {
  const gap = BEFORE_MAGNITUDE.exec(rest.slice(at, at + 1));
  const mag = MAGNITUDE_RE.exec(rest.slice(at + (gap ? 1 : 0)));
  if (!mag) return null;
  return { shift: MAGNITUDES[mag[0]]!, length: mag[0].length + (gap ? 1 : 0), more: gap !== null && gap[0] !== ' ' && gap[0] !== '\u3000' };
}

const CN_DIGITS: Readonly<Record<string, number>> = { 零: 0, 〇: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9 };
const CN_UNITS: Readonly<Record<string, number>> = { 十: 10, 百: 100, 千: 1000 };

/**
 * A Chinese numeral with its 万 / 亿 sections and a 点 decimal (一万三千五百十三 → 13513,
 * 二十八点八 → 28.8, 二萬一千七百 read through the simplified view), the longest prefix that
 * parses; null when none does. Positional strings (二〇一七) are years and give null.
 */
export function chineseNumberAt(rest: string): { digits: string; length: number } | null {
  let total = 0;
  let section = 0;
  let num: number | null = null;
  let best: { digits: string; length: number } | null = null;
  let sawUnit = false;
  let lastDigit = false;
  for (let i = 0; i < rest.length; i++) {
    const ch = rest[i]!;
    const d = CN_DIGITS[ch];
    if (d !== undefined) {
      if (lastDigit && num !== 0 && d !== 0) break; // 二三十: no numeral
      num = d;
      lastDigit = true;
    } else if (CN_UNITS[ch] !== undefined) {
      section += (num ?? 1) * CN_UNITS[ch]!;
      num = null;
      sawUnit = true;
      lastDigit = false;
    } else if (ch === '万' || ch === '亿') {
      if (section === 0 && num === null && total === 0) break;
      const scale = ch === '万' ? 1e4 : 1e8;
      if (ch === '亿') total = (total + section + (num ?? 0)) * scale;
      else total += (section + (num ?? 0)) * scale;
      section = 0;
      num = null;
      sawUnit = true;
      lastDigit = false;
    } else if (ch === '点' && (sawUnit || num !== null)) {
      let j = i + 1;
      let frac = '';
      while (j < rest.length && CN_DIGITS[rest[j]!] !== undefined) frac += String(CN_DIGITS[rest[j]!]), j++;
      if (frac === '') break;
      const whole = total + section + (num ?? 0);
      return { digits: `${whole}.${frac}`, length: j };
    } else break;
    const value = total + section + (num ?? 0);
    if (sawUnit || i === 0) best = { digits: String(value), length: i + 1 };
  }
  return best && Number(best.digits) > 0 ? best : null;
}

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
  const cn = d ? null : chineseNumberAt(rest);
  if (!d && !cn) return null;
  const digits = d ? d[0].replace(/,/g, '').replace('·', '.') : cn!.digits;
  let length = d ? d[0].length : cn!.length;
  const mag = magnitudeAt(rest, length);
  if (mag) length += mag.length;
  // 二十五亿七千多万 (corpus 194): the numeral stops at 多, and the 万 after it scales only the part
  // below its 亿 (25亿 + 7千万 = 2570000000), not the whole (25亿7千 × 万).
  const whole = Number(digits);
  const value = !d && mag && mag.shift === 4 && whole >= 1e8 ? Math.floor(whole / 1e8) * 1e8 + (whole % 1e8) * 1e4 : scaleDecimal(digits, mag?.shift ?? 0);
  return { value, index: pos, length, chinese: !d, percentWord: false, magnitude: mag !== null, more: mag?.more === true };
}

/** Whether the character (a UTF-16 code) can start a number: a digit or a Chinese numeral. */
export function canStartNumber(code: number): boolean {
  if ((code >= 0x30 && code <= 0x39) || (code >= 0xff10 && code <= 0xff19)) return true;
  return CN_START(code);
}

const CN_START = charClass('零〇○一二两三四五六七八九十百');

/**
 * Calendar dates as documents write them: 2017年4月14日, 2017-04-20, 2017/4/14, 2017.4.14,
 * 二〇一七年四月十四日. Impossible dates (2023年2月30日) are never produced.
 */
import { parseChineseInt } from './numerals.js';

/** A full Gregorian date: 2017年4月14日, 2017-04-20, 2017/4/14, 2017.4.14. */
export const DATE_DIGITS = /(\d{4})\s{0,2}(?:年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;

/** A date in Chinese numerals: 二〇一七年四月十四日 / 二○一二年一月九日. */
export const DATE_CHINESE = /([〇○零一二三四五六七八九]{4})\s{0,2}年\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}月\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}日/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** `2017-04-14`, or null when no such day exists (2023-02-30, month 13). */
export function isoDate(y: number, m: number, d: number): string | null {
  if (!Number.isInteger(y) || y < 1000 || y > 9999 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return null;
  return `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;
}

/** The last day of a month: (2020, 2) → 2020-02-29. */
export function lastDayOfMonth(year: number, month: number): string {
  return isoDate(year, month, daysInMonth(year, month))!;
}

/** A date plus an ISO 8601 duration of one unit (P15D, P3M, P1Y, P2W); months clamp to the month's end. */
export function addDuration(iso: string, duration: string): string | null {
  const m = /^P(\d{1,4})([DWMY])$/.exec(duration);
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!m || !d) return null;
  const n = Number(m[1]);
  let [y, mo, day] = [Number(d[1]), Number(d[2]), Number(d[3])];
  if (m[2] === 'D' || m[2] === 'W') {
    const t = new Date(Date.UTC(y, mo - 1, day + (m[2] === 'W' ? 7 * n : n)));
    return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
  }
  const months = m[2] === 'M' ? n : 12 * n;
  const total = y * 12 + (mo - 1) + months;
  y = Math.floor(total / 12);
  mo = (total % 12) + 1;
  return isoDate(y, mo, Math.min(day, daysInMonth(y, mo)));
}

/** The day before a date: the last day of a validity period (有效期1年 from 2025-06-01 → 2026-05-31). */
export function previousDay(iso: string): string | null {
  const d = /^(\d{4})-(\d{2})-(\d{2})$/.exec(iso);
  if (!d) return null;
  const t = new Date(Date.UTC(Number(d[1]), Number(d[2]) - 1, Number(d[3]) - 1));
  return isoDate(t.getUTCFullYear(), t.getUTCMonth() + 1, t.getUTCDate());
}

/** Parse a full date anywhere in `s`; the earliest of the digit and the Chinese-numeral forms. */
export function parseDate(s: string): { iso: string; index: number; length: number } | null {
  const d = DATE_DIGITS.exec(s);
  const c = DATE_CHINESE.exec(s);
  if (d && (!c || d.index <= c.index)) {
    const iso = plausible(Number(d[1]), Number(d[2] ?? d[4]), Number(d[3] ?? d[5]));
    return iso ? { iso, index: d.index, length: d[0].length } : null;
  }
  if (c) {
    const [y, m, day] = [parseChineseInt(c[1]!), parseChineseInt(c[2]!), parseChineseInt(c[3]!)];
    const iso = y !== null && m !== null && day !== null ? plausible(y, m, day) : null;
    return iso ? { iso, index: c.index, length: c[0].length } : null;
  }
  return null;
}

/** A date a policy document may carry: 1900–2100. */
function plausible(y: number, m: number, d: number): string | null {
  return y >= 1900 && y <= 2100 ? isoDate(y, m, d) : null;
}

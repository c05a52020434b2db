/** Chinese numerals: 十五 → 15, 一百二十 → 120, 二〇一七 (digit by digit) → 2017. */

export const CN_DIGIT: Readonly<Record<string, number>> = {
  零: 0, 〇: 0, '○': 0, Ｏ: 0, 一: 1, 二: 2, 两: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9,
  壹: 1, 贰: 2, 叁: 3, 肆: 4, 伍: 5, 陆: 6, 柒: 7, 捌: 8, 玖: 9,
};
const CN_UNIT: Readonly<Record<string, number>> = { 十: 10, 拾: 10, 百: 100, 佰: 100, 千: 1000, 仟: 1000 };

/** Characters that may appear in a Chinese integer below 10 000. */
export const CN_NUMERAL_CLASS = '零〇○一二两三四五六七八九十百千';

/**
 * Parse a Chinese integer below 10 000 (十, 十五, 二十, 一百零五, 三千二百),
 * or a digit-by-digit string (二〇一七). Returns null when the string is not one.
 */
export function parseChineseInt(s: string): number | null {
  if (s === '') return null;
  let hasUnit = false;
  for (const ch of s) if (CN_UNIT[ch] !== undefined) hasUnit = true;
  if (!hasUnit) {
    // 二〇一七: positional digits
    let v = 0;
    for (const ch of s) {
      const d = CN_DIGIT[ch];
      if (d === undefined) return null;
      v = v * 10 + d;
    }
    return v;
  }
  let total = 0;
  let digit: number | null = null;
  let lastUnit = Infinity;
  for (const ch of s) {
    const d = CN_DIGIT[ch];
    if (d !== undefined) {
      if (digit !== null && digit !== 0 && d !== 0) return null; // 二三十
      digit = d;
      continue;
    }
    const u = CN_UNIT[ch];
    if (u === undefined || u >= lastUnit) return null;
    total += (digit ?? 1) * u;
    digit = null;
    lastUnit = u;
  }
  if (digit !== null) total += digit;
  return total;
}

/** Full-width digits as ASCII, the same length so offsets hold: １９９４年 → 1994年. */
export function asciiDigits(s: string): string {
  return s.replace(/[\uff10-\uff19]/g, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

/** An ordinal written with Arabic digits (full-width folded) or Chinese numerals. */
export function parseOrdinal(s: string): number | null {
  const ascii = asciiDigits(s);
  if (/^\d+$/.test(ascii)) return Number.parseInt(ascii, 10);
  return parseChineseInt(s);
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';
/** ㈠…㈩ (U+3220–3229), the single-character form of （一）…（十）. */
const PARENTHESIZED = '㈠㈡㈢㈣㈤㈥㈦㈧㈨㈩';
/** The ordinal of a one-character marker: ① → 1, ㈢ → 3. */
export function parseCircled(ch: string): number | null {
  const i = CIRCLED.indexOf(ch);
  if (i >= 0) return i + 1;
  const j = PARENTHESIZED.indexOf(ch);
  return j >= 0 ? j + 1 : null;
}

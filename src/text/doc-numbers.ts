/**
 * 发文字号: issuer abbreviation, bracketed year, number, 号 (黑民函〔2017〕58号 · 黔民发﹝2010﹞48号 ·
 * 中办发〔2015〕30号), and the order form 国令第706号. Placeholders stay as written (x办发〔2015〕x号).
 */
import type { Span } from '../types.js';

/** Brackets of a 文号 year: 〔2017〕 [2017] ［2017］ （2017） (2017) ﹝2010﹞ 【2017】. */
export const DOC_NO_OPEN = '〔\\[［(（﹝【';
export const DOC_NO_CLOSE = '〕\\]］)）﹞】';

// 〔2017〕 then 58号: the year bracket is found first (a rare character), then the issuer before it
// and the number after it are checked; scanning from every CJK character would be slow.
export const YEAR_BRACKET = new RegExp(`[${DOC_NO_OPEN}][ \\u3000]{0,2}(?:19|20)\\d{2}[ \\u3000]{0,2}[${DOC_NO_CLOSE}]`, 'g');
const NUMBER_AFTER = /^[ \u3000]{0,2}第?[ \u3000]{0,2}(?:\d{1,5}|[xX×Ｘ*＊]{1,3})[ \u3000]{0,2}号/;
const ISSUER_BEFORE = /[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]{1,12}[ \u3000]{0,2}$/;
const ORDER_NUMBER = /令[ \u3000]{0,2}第[ \u3000]{0,2}\d{1,5}[ \u3000]{0,2}号/g;
const ISSUER_OF_ORDER = /[\u4e00-\u9fff]{1,10}$/;

/** Spans of every 文号 in [from, to), in text order. */
export function findDocNumbers(text: string, from = 0, to = text.length): Span[] {
  const out: Span[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(YEAR_BRACKET)) {
    const at = from + m.index;
    const end = at + m[0].length;
    const after = NUMBER_AFTER.exec(text.slice(end, Math.min(to, end + 14)));
    const before = ISSUER_BEFORE.exec(text.slice(Math.max(from, at - 14), at));
    if (after && before) out.push([at - before[0].length, end + after[0].length]);
  }
  for (const m of slice.matchAll(ORDER_NUMBER)) {
    const at = from + m.index;
    const before = ISSUER_OF_ORDER.exec(text.slice(Math.max(from, at - 10), at));
    if (before) out.push([at - before[0].length, at + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/** 京政办发〔2022〕10 (the 号 left out) or a full 文号: what a labelled 文号 value may be. */
const WITHOUT_HAO = /[〔\[［(（﹝【]\s?(?:19|20)\d{2}\s?[〕\]］)）﹞】]\s?\d{1,5}$/;
export function looksLikeDocNumber(s: string): boolean {
  return findDocNumbers(s).length > 0 || WITHOUT_HAO.test(s) || s.endsWith('号');
}

export const DOC_NUMBER_PATTERNS: Readonly<Record<string, RegExp>> = { YEAR_BRACKET };

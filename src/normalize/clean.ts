/**
 * Text cleaning for every output text field (never for `source.text`), per SPEC:
 * NFC, full-width ASCII letters/digits folded to half-width, whitespace runs
 * collapsed, and whitespace between two CJK characters removed (`建 设` → `建设`,
 * an artefact of PDF and web extraction).
 */

// CJK ideographs, CJK and full-width punctuation, and the quotes/dashes used in Chinese text.
const CJK = '\\u2014\\u2018-\\u201f\\u2026\\u00b7\\u3000-\\u303f\\u3400-\\u4dbf\\u4e00-\\u9fff\\uf900-\\ufaff\\ufe30-\\ufe4f\\uff00-\\uffef';
const SPACE_BETWEEN_CJK = new RegExp(`(?<=[${CJK}]) (?=[${CJK}])`, 'g');
const WHITESPACE_RUN = /[\s\u200b\ufeff]+/g;
// 2016- 2020年 / 2022年 -2025年: a space next to a range dash, left by a line break in a PDF.
const SPACE_AT_RANGE_DASH = new RegExp(`(?<=[\\d${CJK}]) (?=[-~])|(?<=[-~]) (?=[\\d${CJK}])`, 'g');
const FULLWIDTH_ALNUM = /[\uff10-\uff19\uff21-\uff3a\uff41-\uff5a]/g;

export function foldFullwidthAlnum(s: string): string {
  return s.replace(FULLWIDTH_ALNUM, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

export function cleanText(s: string): string {
  return foldFullwidthAlnum(s.normalize('NFC')).replace(WHITESPACE_RUN, ' ').trim().replace(SPACE_BETWEEN_CJK, '').replace(SPACE_AT_RANGE_DASH, '');
}

const TRAILING_PUNCT = /[\s。；;，,、：:]+$/u;

/** A title: cleaned, without trailing 。；;，, (markers are removed by the caller). */
export function cleanTitle(s: string): string {
  return cleanText(s).replace(TRAILING_PUNCT, '');
}

/** A comparison key: NFKC, no whitespace at all. */
export function compactKey(s: string): string {
  return s.normalize('NFKC').replace(WHITESPACE_RUN, '');
}

/** Whether a character is CJK text (ideograph or CJK punctuation). */
export function isCjk(ch: string): boolean {
  const c = ch.charCodeAt(0);
  return (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3400 && c <= 0x4dbf) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef);
}

/**
 * Regular expressions shared by several stages. Every pattern here is linear:
 * bounded repetition, no nested quantifiers over overlapping classes
 * (tests/redos.test.ts sweeps this module).
 */

/** Brackets of a 文号 year: 〔2017〕 [2017] ［2017］ （2017） (2017) ﹝2010﹞ 【2017】. */
export const DOC_NO_OPEN = '〔\\[［(（﹝【';
export const DOC_NO_CLOSE = '〕\\]］)）﹞】';

/** Organisation-name endings (省民政厅, 市局基政科, 各县(市、区)民政局, 中国人民银行杭州中心支行). */
export const ORG_SUFFIX =
  /(?:部|厅|局|委|办|院|署|司|会|室|处|科|股|所|站|协|组|海关|中心|政府|党委|党组|单位|部门|机关|机构|支行|分行|银行|集团|公司|法院|检察院|委员会|办公室|管委会|街道|乡镇|社|联|队|团|馆|台|协会|学会|基金会|大学|学院|学校|医院|组织|小组|指挥部|联席会议|专班|企业|科室|(?:[(（][^()（）]{1,12}[)）]))$/;

/** Role words written after or around a unit (省民政厅牵头 / 省经信委等其他有关部门参与). */
export const UNIT_ROLE_TAIL = /(?:等(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?)?(?:按职责)?(?:分工)?(?:牵头|配合|参与|协办|协助|负责|共同负责|指导|负责落实|负责组织实施|落实|组织实施)?$/;

/** A full Gregorian date: 2017年4月14日, 2017-04-20, 2017/4/14, 2017.4.14. */
export const DATE_DIGITS = /(\d{4})\s{0,2}(?:年\s{0,2}(\d{1,2})\s{0,2}月\s{0,2}(\d{1,2})\s{0,2}日|[-/.](\d{1,2})[-/.](\d{1,2})(?!\d))/;

/** A date in Chinese numerals: 二〇一七年四月十四日 / 二○一二年一月九日. */
export const DATE_CHINESE = /([〇○零一二三四五六七八九]{4})\s{0,2}年\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}月\s{0,2}([一二三四五六七八九十]{1,3})\s{0,2}日/;

// 〔2017〕 then 58号: the year bracket is found first (a rare character), then the issuer before it
// and the number after it are checked; scanning from every CJK character would be slow.
export const YEAR_BRACKET = new RegExp(`[${DOC_NO_OPEN}][ \\u3000]{0,2}(?:19|20)\\d{2}[ \\u3000]{0,2}[${DOC_NO_CLOSE}]`, 'g');
const NUMBER_AFTER = /^[ \u3000]{0,2}第?[ \u3000]{0,2}(?:\d{1,5}|[xX×Ｘ*＊]{1,3})[ \u3000]{0,2}号/;
const ISSUER_BEFORE = /[\u4e00-\u9fffA-Za-zＡ-Ｚａ-ｚ]{1,12}[ \u3000]{0,2}$/;
const ORDER_NUMBER = /令[ \u3000]{0,2}第[ \u3000]{0,2}\d{1,5}[ \u3000]{0,2}号/g;
const ISSUER_OF_ORDER = /[\u4e00-\u9fff]{1,10}$/;

/**
 * Spans of every 发文字号 in [from, to): issuer abbreviation, bracketed year, number,
 * 号, and the 国令第706号 form. Placeholders stay as written (x办发〔2015〕x号).
 * 黑民函〔2017〕58号 · 黔民发﹝2010﹞48号 · 中办发〔2015〕30号 · x委厅发〔2016〕x号
 */
export function findDocNumbers(text: string, from = 0, to = text.length): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  const slice = text.slice(from, to);
  YEAR_BRACKET.lastIndex = 0;
  for (const m of slice.matchAll(YEAR_BRACKET)) {
    const at = from + m.index;
    const end = at + m[0].length;
    const after = NUMBER_AFTER.exec(text.slice(end, Math.min(to, end + 14)));
    const before = ISSUER_BEFORE.exec(text.slice(Math.max(from, at - 14), at));
    if (after && before) out.push([at - before[0].length, end + after[0].length]);
  }
  ORDER_NUMBER.lastIndex = 0;
  for (const m of slice.matchAll(ORDER_NUMBER)) {
    const at = from + m.index;
    const before = ISSUER_OF_ORDER.exec(text.slice(Math.max(from, at - 10), at));
    if (before) out.push([at - before[0].length, at + m[0].length]);
  }
  return out.sort((a, b) => a[0] - b[0]);
}

/**
 * How the scorer compares text, per the annotation guide (docs/annotation-guide.md): text is
 * compared as written in the source with whitespace removed, brackets as in the source but
 * 〔〕【】［］ taken as one kind, quotation marks and trailing punctuation ignored.
 */

/** A gold value or the list of its alternatives ("any of these is correct"), as strings. */
export function alternatives(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v]).map(asString);
}

/** A date the YAML reader may have made a Date of, as YYYY-MM-DD; anything else as String() gives it. */
export function asString(v: unknown): string {
  return v instanceof Date ? v.toISOString().slice(0, 10) : String(v);
}

/** Like asString, but null for a missing value. */
export function dateOrNull(v: unknown): string | null {
  return v === null || v === undefined ? null : asString(v);
}

const OPENING = new Set(['〔', '［', '【', '﹝']);

/**
 * The comparison key of a text: NFKC (full-width letters, digits and brackets folded), no
 * whitespace, square-ish brackets as [ ], no quotation marks, no trailing 。；，：、. , lower case.
 * 黑民函〔2017〕58号 and 黑民函[2017]58号 have one key.
 */
export function textKey(s: unknown): string {
  if (s === null || s === undefined) return '';
  const key = String(s)
    .normalize('NFKC')
    .replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[〔〕［］【】﹝﹞]/g, (c) => (OPENING.has(c) ? '[' : ']'))
    .replace(/[“”"'‘’「」『』]/g, '');
  return withoutTrailing(key, TRAILING).toLowerCase();
}

const TRAILING = new Set('。；;，,：:、.');

/** `s` without the run of `chars` at its end (a loop: a regex /[…]+$/ is quadratic on ",,,,x"). */
function withoutTrailing(s: string, chars: ReadonlySet<string>): string {
  let end = s.length;
  while (end > 0 && chars.has(s[end - 1]!)) end--;
  return s.slice(0, end);
}

/**
 * An item marker at the start of a task's text, as the guide lists them: 第三章 / 第2条, 一是,
 * (一) / (3), 一、 / 十二. , 1. / 1、 / 12 (a bare number too), ①. Applied to a text key, so
 * full-width forms are already folded.
 */
const LEADING_MARKER = /^(?:第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+[.．、]?|[①-⑳])/u;

export function withoutMarker(key: string): string {
  return key.replace(LEADING_MARKER, '');
}

/** Measure words that mean the same: 名 and 人 count people, 平米 is 平方米. */
const UNIT_SYNONYMS: Record<string, string> = { 名: '人', 平米: '平方米', 百分点: '个百分点' };

export function unitKey(u: unknown): string {
  const k = textKey(u);
  return UNIT_SYNONYMS[k] ?? k;
}

/** A digit or a Chinese numeral: a predicted indicator without one is no figure. */
export function hasNumeral(s: unknown): boolean {
  return /[0-9０-９一二三四五六七八九十百千万亿两]/u.test(String(s ?? ''));
}

/** Character pairs of a text key, by UTF-16 code unit; a text shorter than two is its own one pair. */
function pairsOf(s: string): string[] {
  if (s.length < 2) return [s];
  const out: string[] = [];
  for (let i = 0; i + 1 < s.length; i++) out.push(s.slice(i, i + 2));
  return out;
}

/** Dice similarity of the character pairs of two texts' keys, 0..1 (城市社区建设达标率 vs 城市社区达标率: 0.71). */
export function similarity(x: unknown, y: unknown): number {
  const a = pairsOf(textKey(x));
  const b = pairsOf(textKey(y));
  const left = new Map<string, number>();
  for (const p of a) left.set(p, (left.get(p) ?? 0) + 1);
  let shared = 0;
  for (const p of b) {
    const n = left.get(p);
    if (n) {
      shared++;
      left.set(p, n - 1);
    }
  }
  return (2 * shared) / (a.length + b.length);
}

/**
 * Text cleaning for every output text field (never for `source.text`), per SPEC:
 * NFC, full-width ASCII letters/digits folded to half-width, whitespace runs
 * collapsed, and whitespace between two CJK characters removed (`建 设` → `建设`,
 * an artefact of PDF and web extraction). A space beside a range dash is removed
 * too (`2016- 2020年`). One pass over the characters: this runs on every item.
 */

/** CJK ideographs, CJK and full-width punctuation, and the quotes/dashes used in Chinese text. */
export function isCjkCode(c: number): boolean {
  return (
    (c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || (c >= 0x3400 && c <= 0x4dbf) ||
    (c >= 0x2018 && c <= 0x201f) || c === 0x2014 || c === 0x2026 || c === 0x00b7 || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xfe30 && c <= 0xfe4f)
  );
}

/** Whitespace as extraction tools leave it (JS \s plus zero-width space and BOM). */
export function isSpaceCode(c: number): boolean {
  return (
    c === 32 || (c >= 9 && c <= 13) || c === 0xa0 || c === 0x3000 || c === 0xfeff || c === 0x200b || c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f
  );
}

const isDigit = (c: number): boolean => c >= 48 && c <= 57;
const isRangeDash = (c: number): boolean => c === 45 || c === 126; // - ~

/** Full-width ASCII letters and digits → half-width. */
function fold(c: number): number {
  return (c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a) ? c - 0xfee0 : c;
}

export function foldFullwidthAlnum(s: string): string {
  let out = '';
  for (let i = 0; i < s.length; i++) out += String.fromCharCode(fold(s.charCodeAt(i)));
  return out;
}

/** Whether NFC could change the string: combining marks or Hangul jamo (rare in Chinese text). */
function mayNeedNfc(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x300) continue;
    if (
      (c <= 0x36f) || (c >= 0x1100 && c <= 0x11ff) || (c >= 0x1ab0 && c <= 0x1aff) || (c >= 0x1dc0 && c <= 0x1dff) ||
      (c >= 0x20d0 && c <= 0x20ff) || (c >= 0xfe20 && c <= 0xfe2f) || c === 0x3099 || c === 0x309a || (c >= 0xac00 && c <= 0xd7a3)
    ) return true;
  }
  return false;
}

export function cleanText(s: string): string {
  const t = mayNeedNfc(s) ? s.normalize('NFC') : s;
  // Built from unchanged runs: most of a field is copied as it is.
  let out = '';
  let runStart = 0;
  let lastCode = -1; // last character written
  let i = 0;
  while (i < t.length) {
    const raw = t.charCodeAt(i);
    if (isSpaceCode(raw)) {
      out += t.slice(runStart, i);
      let j = i + 1;
      while (j < t.length && isSpaceCode(t.charCodeAt(j))) j++;
      if (lastCode !== -1 && j < t.length) {
        const next = fold(t.charCodeAt(j));
        const drop =
          (isCjkCode(lastCode) && isCjkCode(next)) ||
          (isRangeDash(lastCode) && (isDigit(next) || isCjkCode(next))) ||
          ((isDigit(lastCode) || isCjkCode(lastCode)) && isRangeDash(next));
        if (!drop) out += ' ';
      }
      i = j;
      runStart = j;
      continue;
    }
    const c = fold(raw);
    if (c !== raw) {
      out += t.slice(runStart, i) + String.fromCharCode(c);
      runStart = i + 1;
    }
    lastCode = c;
    i++;
  }
  return out + t.slice(runStart);
}

const TRAILING_PUNCT = new Set([...'。；;，,、：: ']);

/** A title: cleaned, without trailing 。；;，, (markers are removed by the caller). */
export function cleanTitle(s: string): string {
  const t = cleanText(s);
  let end = t.length;
  while (end > 0 && TRAILING_PUNCT.has(t[end - 1]!)) end--;
  return t.slice(0, end);
}

/** A comparison key: NFKC, no whitespace at all. */
export function compactKey(s: string): string {
  return stripSpaces(s.normalize('NFKC'));
}

/** The string without any whitespace (a cheap key for comparing lines). */
export function stripSpaces(s: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < s.length; i++) {
    if (isSpaceCode(s.charCodeAt(i))) {
      if (i > from) out += s.slice(from, i);
      from = i + 1;
    }
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether a character is CJK text (ideograph or CJK punctuation). */
export function isCjk(ch: string): boolean {
  return isCjkCode(ch.charCodeAt(0));
}

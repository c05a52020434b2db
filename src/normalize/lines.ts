/** Split decoded text into trimmed lines whose offsets index `source.text`. */
import type { Line } from '../types.js';

/** Any of CRLF, CR, LF, or the Unicode line/paragraph separators ends a line. */
export function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let lineStart = 0;
  const push = (end: number): void => {
    let s = lineStart;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    lines.push({ index: lines.length, start: s, end: e, text: text.slice(s, e) });
  };
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === 10 || c === 0x2028 || c === 0x2029) {
      push(i);
      lineStart = i + 1;
    } else if (c === 13) {
      push(i);
      if (text.charCodeAt(i + 1) === 10) i++;
      lineStart = i + 1;
    }
  }
  push(text.length);
  return lines;
}

/** Whitespace as extraction tools leave it: ASCII, NBSP, ideographic space, zero-width and BOM. */
export function isSpace(c: number): boolean {
  return (
    c === 32 || c === 9 || c === 12 || c === 11 || c === 0xa0 || c === 0x3000 || c === 0xfeff ||
    (c >= 0x2000 && c <= 0x200b) || c === 0x202f || c === 0x205f
  );
}

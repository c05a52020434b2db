/** Lists as documents write them: 省民政厅、省财政厅 / 各县(市、区)民政局 (one member: the 、 is inside brackets). */

import type { Span } from '../types.js';

const OPEN = new Set(['(', '（', '〔', '[', '【']);
const CLOSE = new Set([')', '）', '〕', ']', '】']);

/**
 * Split at the separators outside brackets: `各县(市、区)民政局` stays one member.
 * Returns the pieces with their offsets in the input.
 */
export function splitOutsideParens(s: string, separators = '、，,；;'): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (OPEN.has(c)) depth++;
    else if (CLOSE.has(c) && depth > 0) depth--;
    else if (depth === 0 && separators.includes(c)) {
      parts.push({ text: s.slice(start, i), start });
      start = i + 1;
    }
  }
  parts.push({ text: s.slice(start), start });
  return parts;
}

/** Split a recipient or issuer list at 、，,；; outside parentheses. */
export function splitList(piece: { text: string; span: Span }, separators = '、，,；;'): Array<{ text: string; span: Span }> {
  const raw = piece.text;
  return splitOutsideParens(raw, separators)
    .map((p) => ({ text: p.text.trim(), span: piece.span }))
    .filter((p) => p.text !== '');
}

/**
 * Header labels on a line (索引号 / 发文机关 / 成文日期 / 标题 / 发文字号 / 发布日期 …), from
 * the lexicon in src/lexicon/header-labels.ts. Characters of a label may be spaced out
 * (`索  引 号:`, `标　　题：`) because the source laid them out in a table.
 */
import { HEADER_KEY_OF, type HeaderKey } from '../lexicon/header-labels.js';
import { HEADER_LABEL, LINE_STARTS_WITH_LABEL } from '../patterns/headers.js';

export type { HeaderKey };
export const KEY_OF = HEADER_KEY_OF;

/** Whether a line starts with a header label and its colon. */
export function startsWithLabel(text: string): boolean {
  return LINE_STARTS_WITH_LABEL.test(text);
}

/** Every label on a line, in order (matchAll works on a copy: the shared pattern keeps no state). */
export function labelMatches(text: string): RegExpExecArray[] {
  return [...text.matchAll(HEADER_LABEL)];
}

/** Offset of the first label on a line, or -1. */
export function firstLabelIndex(text: string): number {
  const m = labelMatches(text)[0];
  return m ? m.index : -1;
}

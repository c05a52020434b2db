/**
 * References: every 《title》 that names a document, once per distinct title,
 * with the 文号 in the brackets right after it. Nested titles are kept whole:
 * 《省民政厅关于转发<民政部关于…的通知>的通知》 is one reference.
 */
import type { Span } from '../types.js';
import { cleanText, compactKey } from '../text/clean.js';
import { NOT_DOCUMENTS as NOT_DOCUMENT_NAMES } from '../lexicon/doc-types.js';
import { findDocNumbers } from '../text/doc-numbers.js';

export interface ReferenceDraft {
  title: string;
  docNumber: string | null;
  span: Span;
}

/** Periodicals and media are cited with 《》 too, but they are not documents. */
const NOT_DOCUMENTS = new Set(NOT_DOCUMENT_NAMES);
const MAX_TITLE = 200;
const MAX_DOC_NUMBER_BRACKET = 60;

/** The offset of the 》 that closes the 《 at `open`, or -1 (unbalanced or too long). */
function closingBracket(text: string, open: number): number {
  let depth = 0;
  const limit = Math.min(text.length, open + MAX_TITLE + 2);
  for (let i = open; i < limit; i++) {
    const c = text[i];
    if (c === '《') depth++;
    else if (c === '》') {
      depth--;
      if (depth === 0) return i;
    } else if (c === '\n' || c === '\r') {
      // A title broken by a line end is still read; a paragraph end is not crossed twice.
      if (text[i + 1] === '\n' || text[i + 1] === '\r') return -1;
    }
  }
  return -1;
}

/** A 文号 in the brackets after a title: （黑办发〔2016〕46号） / (中发〔2017〕13号). */
function docNumberAfter(text: string, close: number): { docNumber: string; end: number } | null {
  let i = close + 1;
  while (i < text.length && (text[i] === ' ' || text[i] === '\u3000')) i++;
  const open = text[i];
  if (open !== '（' && open !== '(') return null;
  const limit = Math.min(text.length, i + MAX_DOC_NUMBER_BRACKET);
  let depth = 0;
  for (let j = i; j < limit; j++) {
    const c = text[j];
    if (c === '（' || c === '(') depth++;
    else if (c === '）' || c === ')') {
      depth--;
      if (depth === 0) {
        const inner = cleanText(text.slice(i + 1, j));
        const found = findDocNumbers(inner)[0];
        if (!found || found[0] !== 0) return null;
        return { docNumber: inner.slice(found[0], found[1]).replace(/\s+/g, ''), end: j + 1 };
      }
    }
  }
  return null;
}

/** Find references in the given ranges of the text (the body, not chrome or repeated copies). */
export function extractReferences(text: string, ranges: ReadonlyArray<Span>): ReferenceDraft[] {
  const byKey = new Map<string, ReferenceDraft>();
  const order: ReferenceDraft[] = [];
  for (const [from, to] of ranges) {
    let i = text.indexOf('《', from);
    while (i >= 0 && i < to) {
      const close = closingBracket(text, i);
      if (close < 0) {
        i = text.indexOf('《', i + 1);
        continue;
      }
      const title = cleanText(text.slice(i + 1, close));
      const key = compactKey(title);
      if (key.length >= 2 && !NOT_DOCUMENTS.has(key)) {
        const num = docNumberAfter(text, close);
        const existing = byKey.get(key);
        if (existing) {
          if (!existing.docNumber && num) existing.docNumber = num.docNumber;
        } else {
          const ref: ReferenceDraft = { title, docNumber: num?.docNumber ?? null, span: [i, num ? num.end : close + 1] };
          byKey.set(key, ref);
          order.push(ref);
        }
      }
      i = text.indexOf('《', close + 1);
    }
  }
  return order;
}

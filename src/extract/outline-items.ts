/**
 * Sections and body tasks from the outline. An entry with numbered children is
 * a section; so is an unnumbered heading, a heading line of the outer levels,
 * and every entry of the general-requirements preamble (指导思想, 基本原则,
 * 总体目标 …). The remaining leaves are the tasks: the lowest-level enumerated
 * work items of the body.
 */
import { STYLE_RANK } from '../lexicon/numbering.js';
import { type OutlineEntry, titleSpan } from '../model.js';
import { PREAMBLE_TITLE, SAFEGUARD_TITLE } from '../patterns/titles.js';
import type { SpanSet } from '../text/span-set.js';
import type { Span, Trace } from '../types.js';
import { cleanText, cleanTitle, compactKey } from '../text/clean.js';

export interface SectionDraft {
  entry: number;
  parentEntry: number | null;
  level: number;
  marker: string | null;
  ordinal: number | null;
  title: string;
  span: Span;
  rule: string;
}

export interface TaskDraft {
  entry: number;
  /** The outline entry of the nearest enclosing section. */
  sectionEntry: number | null;
  marker: string | null;
  ordinal: number | null;
  title: string | null;
  text: string;
  span: Span;
  /** Offset where the text (after the marker) starts. */
  contentStart: number;
  rule: string;
}

const LEAD_MAX = 60;
/** 第X编 / 第X部分 / 第X章 / 第X节: headings whatever follows them. */
const CHAPTER_RANK = 2;
/** A preamble item is listed as a (sub-)heading only when it has a heading-like lead (指导思想, 基本原则). */
const PREAMBLE_HEADING_MAX = 12;

/** Whether [from, to) holds anything besides spaces and the punctuation that closes a title. */
function hasContent(text: string, from: number, to: number): boolean {
  let i = from;
  while (i < to && /[\s。！？!?：:]/.test(text[i]!)) i++;
  return i < to;
}

export function isPreambleTitle(title: string): boolean {
  return PREAMBLE_TITLE.test(compactKey(title));
}

/** How each outline entry is read: a section (by which rule), a task, or dropped (a preamble principle). */
interface Reading {
  kind: 'section' | 'task' | 'dropped';
  rule: string;
}

/**
 * Groups of siblings (same parent, same marker style) whose members mostly have numbered items of
 * their own: a member without items is one of the document's headings too, though its paragraphs
 * carry no numbers (corpus 196: 二、继续扩大内需和实施积极的财政政策 among 三、 四、 七、 八、 with 第一，…).
 * Counted once for the whole outline, keyed by `siblingKey`.
 */
function headingSiblingGroups(entries: readonly OutlineEntry[]): Set<string> {
  const counts = new Map<string, { all: number; withItems: number }>();
  for (const x of entries) {
    const c = counts.get(siblingKey(x)) ?? { all: 0, withItems: 0 };
    c.all++;
    if (x.children.length > 0) c.withItems++;
    counts.set(siblingKey(x), c);
  }
  return new Set([...counts].filter(([, c]) => c.all >= 3 && c.withItems * 2 >= c.all * SIBLING_SHARE).map(([k]) => k));
}
const siblingKey = (e: OutlineEntry): string => `${e.parent ?? -1}:${e.style}`;
const SIBLING_SHARE = 0.8;

// 七、优化发展环境 / 23．加大财政资金… (corpus 054): numbered lines the outline did not take are items all the same.
const NUMBERED_LINE = /\n[ \t\u3000]*[0-9０-９]{1,3}[．.、]/;

/** Non-empty lines of text under the heading line of `e` (一、其他事宜 with one paragraph is an item, 077). */
function paragraphsUnder(text: string, e: OutlineEntry): number {
  let n = 0;
  for (const line of text.slice(e.titleEnd, e.end).split('\n').slice(1)) if (line.trim() !== '') n++;
  return n;
}

function readEntries(entries: readonly OutlineEntry[], text: string): Reading[] {
  const preamble: boolean[] = entries.map(() => false);
  const headingGroups = headingSiblingGroups(entries);
  return entries.map((e) => {
    const title = cleanTitle(text.slice(...titleSpan(e, text)));
    preamble[e.index] = (e.parent !== null && preamble[e.parent]!) || isPreambleTitle(title);
    const outerHeading = e.standalone && e.style !== 'article' && STYLE_RANK[e.style] <= 3 && !/[。]$/.test(text.slice(e.contentStart, e.titleEnd + 1).trim());
    if (e.children.length > 0) return { kind: 'section', rule: 'section/has-items' };
    if (e.style === 'plain') return { kind: 'section', rule: 'section/plain-heading' };
    // 第三章 法律责任 on its own is a heading; 一、推行“零材料”申报模式 with paragraphs under it and no
    // numbered child is the lowest numbered item: a task (GUIDE; corpus 065).
    if (outerHeading && STYLE_RANK[e.style] <= CHAPTER_RANK) return { kind: 'section', rule: 'section/heading-line' };
    if (outerHeading && !preamble[e.index] && !SAFEGUARD_TITLE.test(title) && !NUMBERED_LINE.test(text.slice(e.titleEnd, e.end)) && headingGroups.has(siblingKey(e)) && paragraphsUnder(text, e) >= 2) return { kind: 'section', rule: 'section/among-headings' };
    if (!preamble[e.index]) return { kind: 'task', rule: outerHeading ? 'task/heading-with-paragraphs' : 'task/lowest-item' };
    // A preamble item without a heading of its own (a principle written as a sentence) is neither a task nor a section.
    const followed = hasContent(text, e.titleEnd, e.end);
    const headingLike = isPreambleTitle(title) || (title.length <= PREAMBLE_HEADING_MAX && !/[，,]/.test(title) && followed);
    return headingLike ? { kind: 'section', rule: 'section/preamble-heading' } : { kind: 'dropped', rule: 'task/lowest-item' };
  });
}

/**
 * The end of an item without the page furniture that trails it (— 2 — after the last line of a
 * page): the span and the text stop before it. Furniture inside an item stays, so the text is
 * always the span's text.
 */
function endBeforeFurniture(text: string, from: number, to: number, furniture: SpanSet | undefined): number {
  let end = to;
  for (let hole = furniture?.at(end - 1); hole && hole[0] >= from; hole = furniture?.at(end - 1)) {
    end = hole[0];
    while (end > from && /\s/.test(text[end - 1]!)) end--;
  }
  return end;
}

/**
 * Sections and tasks of the outline. `furniture`: page furniture inside items (— 2 — left by a
 * page break, which ends nothing); it stays out of their text.
 */
export function outlineItems(entries: readonly OutlineEntry[], text: string, trace?: Trace, furniture?: SpanSet): { sections: SectionDraft[]; tasks: TaskDraft[] } {
  const sections: SectionDraft[] = [];
  const tasks: TaskDraft[] = [];
  const readings = readEntries(entries, text);
  // Parent of a section is the nearest ancestor that is a section.
  const sectionParent = (e: OutlineEntry): number | null => {
    let p = e.parent;
    while (p !== null && readings[p]!.kind !== 'section') p = entries[p]!.parent;
    return p;
  };
  const sectionLevel: number[] = entries.map(() => 0);
  for (const e of entries) {
    const { kind, rule } = readings[e.index]!;
    const [ts, te] = titleSpan(e, text);
    if (kind === 'dropped') {
      trace?.({ entity: 'task', span: [e.start, te], rule, dropped: 'a principle of the preamble (指导思想/基本原则/目标), not a task' });
      continue;
    }
    if (kind === 'section') {
      const parentEntry = sectionParent(e);
      // Levels count section ancestors, so the outermost heading level is 1 even when items sit above it.
      sectionLevel[e.index] = parentEntry === null ? 1 : sectionLevel[parentEntry]! + 1;
      const draft: SectionDraft = { entry: e.index, parentEntry, level: sectionLevel[e.index]!, marker: e.marker, ordinal: e.ordinal, title: cleanTitle(text.slice(ts, te)), span: [e.start, te], rule };
      sections.push(draft);
      trace?.({ entity: 'section', span: draft.span, rule, value: `level ${draft.level} ${draft.marker ?? '·'} ${draft.title}` });
      continue;
    }
    const end = endBeforeFurniture(text, e.contentStart, e.end, furniture);
    const lead = cleanTitle(text.slice(ts, te));
    const hasMore = hasContent(text, te, end);
    const task: TaskDraft = {
      entry: e.index,
      sectionEntry: sectionParent(e),
      marker: e.marker,
      ordinal: e.ordinal,
      title: lead !== '' && lead.length <= LEAD_MAX && (hasMore || e.standalone) ? lead : null,
      text: cleanText(text.slice(e.contentStart, end)),
      span: [e.start, end],
      contentStart: e.contentStart,
      rule,
    };
    tasks.push(task);
    trace?.({ entity: 'task', span: [e.start, te], rule, value: `${task.marker ?? '·'} ${task.text.slice(0, 20)}` });
  }
  return { sections, tasks };
}

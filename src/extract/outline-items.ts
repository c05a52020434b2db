/**
 * Sections and body tasks from the outline. An entry with numbered children is
 * a section; so is an unnumbered heading, a heading line of the outer levels,
 * and every entry of the general-requirements preamble (指导思想, 基本原则,
 * 总体目标 …). The remaining leaves are the tasks: the lowest-level enumerated
 * work items of the body.
 */
import type { Span } from '../types.js';
import type { OutlineEntry } from '../segment/outline.js';
import { titleSpan } from '../segment/outline.js';
import { STYLE_RANK } from '../segment/markers.js';
import { cleanText, cleanTitle, compactKey } from '../normalize/clean.js';

export interface SectionDraft {
  entry: number;
  parentEntry: number | null;
  level: number;
  marker: string | null;
  ordinal: number | null;
  title: string;
  span: Span;
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
}

/** Headings of the general-requirements preamble: their items are not tasks. */
// 总则 of regulations is not among them: its articles are items like any other (as are 附则's).
const PREAMBLE_WORDS = '(?:总体要求|指导思想|基本原则|工作原则|总体目标|工作目标|主要目标|发展目标|目标任务|总体思路|基本思路|工作思路|总体考虑|目标要求|重要意义|重大意义|编制依据|编制目的)';
/** 指导思想 / 实施乡村振兴战略的总体要求 / 总体目标：… (at the start, or ending a 的-phrase). */
export const PREAMBLE_TITLE = new RegExp(`^${PREAMBLE_WORDS}|的${PREAMBLE_WORDS}$`);

const LEAD_MAX = 60;
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

export function outlineItems(entries: readonly OutlineEntry[], text: string): { sections: SectionDraft[]; tasks: TaskDraft[] } {
  const sections: SectionDraft[] = [];
  const tasks: TaskDraft[] = [];
  const isSection: boolean[] = entries.map(() => false);
  const preamble: boolean[] = entries.map(() => false);
  const dropped: boolean[] = entries.map(() => false);

  for (const e of entries) {
    const title = cleanTitle(text.slice(...titleSpan(e, text)));
    const inherited = e.parent !== null && preamble[e.parent]!;
    preamble[e.index] = inherited || isPreambleTitle(title);
    const outerHeading = e.standalone && e.style !== 'article' && STYLE_RANK[e.style] <= 3 && !/[。]$/.test(text.slice(e.contentStart, e.titleEnd + 1).trim());
    isSection[e.index] = e.children.length > 0 || e.style === 'plain' || preamble[e.index]! || outerHeading;
    // A preamble item without a heading of its own (a principle written as a sentence) is neither a task nor a section.
    const followed = hasContent(text, e.titleEnd, e.end);
    const headingLike = isPreambleTitle(title) || (title.length <= PREAMBLE_HEADING_MAX && !/[，,]/.test(title) && followed);
    dropped[e.index] = preamble[e.index]! && e.children.length === 0 && !outerHeading && e.style !== 'plain' && !headingLike;
  }

  // Parent of a section is the nearest ancestor that is a section.
  const sectionParent = (e: OutlineEntry): number | null => {
    let p = e.parent;
    while (p !== null && !isSection[p]) p = entries[p]!.parent;
    return p;
  };

  const sectionLevel: number[] = entries.map(() => 0);
  for (const e of entries) {
    if (dropped[e.index]) continue;
    const [ts, te] = titleSpan(e, text);
    if (isSection[e.index]) {
      const parentEntry = sectionParent(e);
      // Levels count section ancestors, so the outermost heading level is 1 even when items sit above it.
      sectionLevel[e.index] = parentEntry === null ? 1 : sectionLevel[parentEntry]! + 1;
      sections.push({
        entry: e.index,
        parentEntry,
        level: sectionLevel[e.index]!,
        marker: e.marker,
        ordinal: e.ordinal,
        title: cleanTitle(text.slice(ts, te)),
        span: [e.start, te],
      });
      continue;
    }
    const body = text.slice(e.contentStart, e.end);
    const lead = cleanTitle(text.slice(ts, te));
    const hasMore = hasContent(text, te, e.end);
    tasks.push({
      entry: e.index,
      sectionEntry: sectionParent(e),
      marker: e.marker,
      ordinal: e.ordinal,
      title: lead !== '' && lead.length <= LEAD_MAX && (hasMore || e.standalone) ? lead : null,
      text: cleanText(body),
      span: [e.start, e.end],
      contentStart: e.contentStart,
    });
  }
  return { sections, tasks };
}

/** Titles: the enclosed document's title read from the document's own (印发《X》的通知 → X). */
import { CONSULT_ENDS, ISSUE_ENDS, ISSUE_VERBS } from '../lexicon/doc-types.js';

/** Derive the enclosed document's title from the document's title (印发《X》的通知 → X). */
export function enclosedTitleOf(title: string | null): string | null {
  if (!title) return null;
  const open = title.indexOf('《');
  if (open >= 0) {
    let depth = 0;
    for (let i = open; i < title.length; i++) {
      if (title[i] === '《') depth++;
      else if (title[i] === '》' && --depth === 0) return title.slice(open + 1, i);
    }
  }
  // Suffix first, then the verb: string scans instead of a lazy `.{4,150}` group,
  // which backtracks polynomially on long titles that do not match.
  const consultEnd = CONSULT_ENDS.find((e) => title.endsWith(e));
  if (consultEnd) {
    const at = title.indexOf('征求');
    let end = title.length - consultEnd.length;
    if (title[end - 1] === '的') end--;
    if (at >= 0 && end - (at + 2) >= 4) return title.slice(at + 2, end);
  }
  const issueEnd = ISSUE_ENDS.find((e) => title.endsWith(e));
  if (!issueEnd) return null;
  const end = title.length - issueEnd.length;
  // The leftmost verb that leaves a title of four characters or more.
  const starts = ISSUE_VERBS.map((verb) => title.indexOf(verb))
    .filter((at) => at >= 0 && end - (at + 2) >= 4)
    .sort((a, b) => a - b);
  return starts.length ? title.slice(starts[0]! + 2, end) : null;
}

/** Titles: the enclosed document's title read from the document's own (印发《X》的通知 → X). */
import { CONSULT_ENDS, ISSUE_ENDS, ISSUE_VERBS } from '../lexicon/doc-types.js';
import { TITLE_END } from '../patterns/titles.js';

/** Verbs right before a 《title》 that the document issues or consults on. */
const BRACKET_VERBS: readonly string[] = [...ISSUE_VERBS, '下发', '批转', '征求', '印送'];
/**
 * Without 《》, 印发 / 转发 / 批转 / 颁布 issue a document (关于印发2017年工作要点的通知); 发布 / 公布
 * announce as often as they issue (关于公布第二批名单的通知), so they count only before a document's
 * name (关于重新发布广州市积分制入户管理办法的通知).
 */
const UNBRACKETED_ISSUE_VERBS: readonly string[] = ISSUE_VERBS.filter((v) => v !== '发布' && v !== '公布');

/** Derive the enclosed document's title from the document's title (印发《X》的通知 → X). */
export function enclosedTitleOf(title: string | null): string | null {
  if (!title) return null;
  const open = title.indexOf('《');
  // 印发《X》的通知 / 征求《X》意见: the document issued; 实施《反外国制裁法》的规定 names a law it implements.
  if (open >= 0 && BRACKET_VERBS.some((v) => title.slice(Math.max(0, open - v.length), open) === v)) {
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
  const starts = ISSUE_VERBS.map((verb) => ({ verb, at: title.indexOf(verb) }))
    .filter(({ verb, at }) => at >= 0 && end - (at + 2) >= 4 && (UNBRACKETED_ISSUE_VERBS.includes(verb) || TITLE_END.test(title.slice(at + 2, end))))
    .sort((a, b) => a.at - b.at);
  return starts.length ? title.slice(starts[0]!.at + 2, end) : null;
}

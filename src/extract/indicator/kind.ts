/** Target or actual: does the sentence plan a figure or report it (SPEC Indicator.kind)? */
import { ACTUAL_CUE, COMPARISON_CUE, PLAN_CUE, PLANNING_WORD, REPORTING_WORD, TARGET_CUE } from '../../patterns/indicators.js';
import { PLAN_DOCUMENT_TITLE, REVIEW_DOCUMENT_TITLE } from '../../patterns/titles.js';
import type { Span } from '../../types.js';

/** A review, report or bulletin: its figures are actual unless a sentence says otherwise. */
export function isReportDocument(title: string | null, text: string): boolean {
  if (title && REVIEW_DOCUMENT_TITLE.test(title)) return true;
  if (title && PLAN_DOCUMENT_TITLE.test(title)) return false;
  // 各位代表： a speech to a congress (a work report, a congress report) reports on the years behind it.
  if (!title && /^\s*各位代表[：:]/.test(text.slice(0, 200))) return true;
  // 今年以来，…青岛市行政审批服务局…打造“5+”全链条智能审批新模式 (corpus 065): a summary of the year's work so far.
  if (!title && /^\s*(?:今年以来|(?:19|20)\d{2}年以来)[，,]/.test(text.slice(0, 200))) return true;
  const actual = text.match(REPORTING_WORD)?.length ?? 0;
  const target = text.match(PLANNING_WORD)?.length ?? 0;
  return actual > target;
}

export interface KindContext {
  reportDocument: boolean;
  /** Parts of the text that review past work (一、2024年工作回顾): figures there are actual by default. */
  reviewRanges?: readonly Span[];
  /** Parts of a report that set out the coming work (三、2025年政府工作任务): targets by default. */
  planRanges?: readonly Span[];
}

const inside = (ranges: readonly Span[] | undefined, p: number): boolean => ranges?.some(([s, e]) => s <= p && p < e) ?? false;

/**
 * `sentence` is the figure's sentence up to its clause end; `lead` the sentence up to the figure's
 * end (拟 before the figure plans, whatever follows).
 */
export function kindOf(sentence: string, lead: string, p: number, ctx: KindContext, bound = false): 'target' | 'actual' {
  // 今年赤字率拟按4%左右安排、比上年提高1个百分点: 拟 plans, whatever the comparison says.
  if (PLAN_CUE.test(lead)) return 'target';
  const reporting = (ctx.reportDocument && !inside(ctx.planRanges, p)) || inside(ctx.reviewRanges, p);
  // 将城市规划区内已建成面积在三千平方米以上的公共绿地… (corpus 180): outside a report a bound is a threshold,
  // whatever 已 says (GUIDE: target = a goal, requirement or threshold).
  if (bound && !reporting) return 'target';
  if (ACTUAL_CUE.test(sentence) || (reporting && COMPARISON_CUE.test(sentence))) return 'actual';
  if (TARGET_CUE.test(sentence)) return 'target';
  return reporting ? 'actual' : 'target';
}

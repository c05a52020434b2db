/**
 * Words that say whether a figure is a goal (target) or a report (actual). A sentence that
 * reports (截至…, 已…, 增长了…) holds actual figures; one that plans (拟安排…, 力争, 到2025年)
 * targets. The patterns are built in src/patterns.ts.
 */

/** Reporting words: 截至2022年底 / 已建成 / 累计完成 / 增长了 / 五年来. */
export const ACTUAL_WORDS: readonly string[] = [
  '截至', '截止', '已经', '已有', '已建', '已实现', '已完成', '已达', '已成立', '已覆盖', '已累计', '已形成', '已出台', '已建立', '已制定', '已印发',
  '共有', '累计争取', '累计完成', '累计实现', '累计建成', '累计投入', '落实了', '为基数', '增长了', '下降了', '提高了', '增加了', '减少了', '达到了',
  '建立了', '制定了', '实现了', '完成了', '成立了', '出台了', '印发了', '进行了', '开展了', '均已', '先后', '五年来', '过去一年', '去年',
];

/** Planning words of reports: 今年赤字率拟按4%左右安排 (拟 plans, whatever the comparison says). */
export const PLAN_WORDS: readonly string[] = ['拟按', '拟安排', '拟发行', '拟新增', '拟下达', '拟投入', '拟设立'];

/** Comparisons with a past year: a reported figure in a review, a planned change in a plan. */
export const COMPARISON_WORDS: readonly string[] = ['同比', '比上年', '较上年'];

/** Target words: 力争 / 确保 / 不低于 / 应当 / 目标. (到2025年 and a year with 前 are built as patterns.) */
export const TARGET_WORDS: readonly string[] = ['力争', '确保', '争取', '不低于', '不少于', '不超过', '不高于', '至少', '应当', '必须', '目标'];
/** 预期 sets a target (预期目标), except as the yardstick of what happened: 经济恢复好于预期 (corpus 200). */
export const EXPECTATION_WORD = '预期';
export const EXPECTATION_MET_BEFORE: readonly string[] = ['于', '出', '过'];

/** Words whose count decides whether a document without a telling title reports or plans. */
export const REPORTING_DOCUMENT_WORDS: readonly string[] = ['截至', '截止', '已经', '增长了', '下降了', '建立了', '出台了', '印发了', '实现了', '完成了', '开展了', '取得了', '五年来', '过去一年'];
export const PLANNING_DOCUMENT_WORDS: readonly string[] = ['力争', '确保', '应当', '必须'];

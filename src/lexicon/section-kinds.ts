/**
 * Kinds of sections by their titles. The preamble's items are principles and goals, not
 * tasks (GUIDE); a review section reports actual figures, a plan section in a report sets
 * targets; a box (专栏) numbers its own items.
 */

/** Headings of the general-requirements preamble (总则 is not one: its articles are items like any other). */
export const PREAMBLE_WORDS: readonly string[] = [
  '总体要求', '指导思想', '基本原则', '工作原则', '总体目标', '工作目标', '主要目标', '发展目标', '目标任务', '总体思路',
  '基本思路', '工作思路', '总体考虑', '目标要求', '编制依据', '编制目的',
];

/** Section titles of the coming work in a report: 政府工作任务, 总体要求, 主要目标, 形势与展望. */
export const PLAN_SECTION_WORDS: readonly string[] = ['工作任务', '重点任务', '主要任务', '总体要求', '主要目标', '目标任务', '重点工作', '工作安排', '工作部署', '展望'];

/** Section titles of a review of past work: 工作回顾, 主要成效, 发展基础, 基本情况. */
export const REVIEW_SECTION_WORDS: readonly string[] = ['回顾', '成效', '成绩', '进展情况', '工作总结', '主要做法', '基本情况', '发展基础', '发展现状', '现状', '取得的', '过去一年', '五年来'];

/** Titles of safeguard sections, whose items are tasks numbered or not (GUIDE): 四、保障措施 / 五、组织实施. */
export const SAFEGUARD_SECTION_WORDS: readonly string[] = ['保障', '组织实施', '组织领导', '工作要求', '其他事宜', '有关要求'];

/** 专栏1 … / 专题3 / 附表: a box beside the main text, with numbering of its own. */
export const BOX_WORDS: readonly string[] = ['专栏', '专题', '附表', '框'];

/** Titles of table headings that an unnumbered heading line may end with (…任务分工 / …清单). */
export const TABLE_HEADING_ENDS: readonly string[] = ['分工', '清单', '安排', '任务'];

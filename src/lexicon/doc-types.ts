/**
 * The kinds of documents by the word their title ends with, the statuses a title may carry,
 * and the verbs with which one document issues another (印发《X》的通知 → enclosed title X).
 */

/** Document-type words a title ends with (before an optional status in brackets). */
export const DOC_TYPES: readonly string[] = [
  '通知', '通报', '意见', '决定', '公告', '通告', '报告', '请示', '批复', '复函', '函', '办法', '规定', '条例', '细则', '规则',
  '方案', '计划', '规划', '纲要', '要点', '指南', '指引', '清单', '标准', '规范', '措施', '政策', '章程', '制度', '预案', '决议',
  '命令', '令', '公报', '说明', '答复', '纪要', '守则', '准则', '目录', '名录', '意见书', '提纲', '实施方案', '行动计划', '工作要点',
  '分工', '安排', '建议', '倡议书', '通则', '总结', '修正案', '解释',
];

/** Statuses in brackets after a title: （试行） / （征求意见稿） / （2021—2023年）. */
export const TITLE_STATUSES: readonly string[] = ['试行', '暂行', '代拟稿', '征求意见稿', '修订', '修订稿', '草案', '送审稿', '公开征求意见稿'];

/** 印发《X》的通知 / 转发… / 颁布… / 发布… / 公布…: all two characters long. */
export const ISSUE_VERBS: readonly string[] = ['印发', '转发', '颁布', '发布', '公布'];
/** What a title that issues another document ends with. */
export const ISSUE_ENDS: readonly string[] = ['的通知', '的决定', '的公告', '的通告', '的函', '的批复'];
/** …征求《X》意见的通知: a consultation. */
export const CONSULT_ENDS: readonly string[] = ['意见的公告', '意见的通知', '意见的函'];

/** Reports and bulletins: their figures are actual, their year is the year they cover. */
export const REPORT_TITLE_ENDS: readonly string[] = ['统计公报', '公报', '年报', '总结', '工作报告', '报告'];
/** Titles of documents that review rather than plan (isReportDocument). */
// 关于山西、安徽省四起特大煤矿瓦斯爆炸事故调查处理情况的通报 (corpus 130) / 关于2018年度国家科学技术
// 奖励的决定 (107): a circular tells what happened, an award decision what was awarded.
export const REVIEW_TITLE_ENDS: readonly string[] = ['报告', '公报', '总结', '回顾', '综述', '情况通报', '通报', '奖励的决定', '表彰的决定'];
/** Titles of documents that plan. */
export const PLAN_TITLE_ENDS: readonly string[] = ['通知', '意见', '方案', '计划', '规划', '办法', '规定', '条例', '要点', '措施', '纲要', '指南'];

/** Periodicals and media cited with 《》 too; they are not documents. */
export const NOT_DOCUMENTS: readonly string[] = ['人民日报', '光明日报', '经济日报', '求是', '新闻联播', '焦点访谈', '中国青年报', '解放军报', '参考消息'];

/** Central organs that issue jointly and run together once spaces are cleaned: 中共中央国务院. */
export const CENTRAL_ORGANS: readonly string[] = ['中共中央办公厅', '国务院办公厅', '中共中央', '国务院', '中央军委', '全国人大常委会', '中央纪委'];

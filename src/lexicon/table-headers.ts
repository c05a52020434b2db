/**
 * Header words of task tables, by the role of their column. A flattened table is found by a
 * run of these (序号 / 工作任务 / 责任单位 / 完成时限); an HTML table's columns are named by them.
 * The unit columns are built from the role words' label heads (src/lexicon/roles.ts), so
 * 协同单位 or 参加单位 name a support column as 配合单位 does.
 */
export type ColumnKind = 'seq' | 'group' | 'content' | 'path' | 'deadline' | 'unit' | 'lead' | 'support' | 'other';

export const SEQ_HEADERS: readonly string[] = ['序号', '编号', '序', 'No.', 'No', 'NO.', 'NO', 'no.', 'no'];

/** Unit columns beyond 〈role head〉+单位/部门/处室: 牵头领导 / 责任主体 / 指导部门 / 主管部门. */
export const EXTRA_UNIT_HEADERS: ReadonlyArray<readonly [ColumnKind, string]> = [
  ['lead', '牵头领导'],
  ['unit', '责任主体'],
  ['unit', '实施主体'],
  ['unit', '指导部门'],
  ['unit', '主管部门'],
  ['unit', '责任领导'],
  ['unit', '牵头单位及责任单位'],
  ['unit', '承办单位'],
  ['unit', '承办部门'],
];

export const DEADLINE_HEADERS: readonly string[] = [
  '完成时限', '完成时间', '完成期限', '时间节点', '时间安排', '时间要求', '时间进度', '时限', '时限要求', '进度安排', '推进时间', '实施时间', '完成时限要求',
];

export const GROUP_HEADERS: readonly string[] = ['主要任务', '重点任务', '任务类别', '类别', '重点领域', '领域', '工作类别', '板块', '项目类别', '任务名称', '工作任务名称'];

export const CONTENT_HEADERS: readonly string[] = [
  '工作任务', '工作措施', '具体措施', '主要措施', '任务内容', '工作内容', '具体任务', '重点工作', '重点工作任务', '改革举措', '主要内容', '任务措施',
  '政策措施', '工作事项', '任务事项', '具体内容', '工作举措', '具体工作', '任务', '措施', '内容', '事项', '重点事项', '任务要求', '工作要点', '工作重点',
];

export const PATH_HEADERS: readonly string[] = [
  '工作路径及任务指标', '工作路径', '任务指标', '工作目标', '预期目标', '目标任务', '阶段目标', '预期成果', '完成标志', '工作要求', '推进路径', '目标要求',
  '考核指标', '工作标准', '成果形式', '具体目标',
];

export const OTHER_HEADERS: readonly string[] = ['备注', '说明', '推广范围', '适用范围', '资金来源', '投资额', '投资规模', '建设内容', '建设规模', '项目名称', '指标', '目标值', '评分标准', '分值'];

/**
 * What a table cell looks like: a 序号, a 完成时限, a list of organisations, a
 * group heading, or text. Used to rebuild tables that were flattened to one
 * cell per line, where column positions cannot be trusted.
 */
import { compactKey } from '../normalize/clean.js';
import { ORG_SUFFIX, UNIT_ROLE_TAIL } from '../patterns.js';

export type ColumnKind = 'seq' | 'group' | 'content' | 'path' | 'deadline' | 'unit' | 'lead' | 'support' | 'other';

// Header words of task tables, by the role of their column. Matched on the whole compacted cell.
const HEADER_KINDS: ReadonlyArray<[ColumnKind, RegExp]> = [
  ['seq', /^(序号|编号|序|No\.?)$/i],
  ['lead', /^(牵头(单位|部门|领导|处室)|主责(单位|部门))$/],
  ['support', /^(配合(单位|部门|处室)|协办(单位|部门)|参与(单位|部门)|协同(单位|部门))$/],
  ['unit', /^(责任(单位|部门|处室|主体)|负责(单位|部门|处室)|实施(单位|主体)|承办(单位|部门)|指导部门|主管部门|责任领导|牵头单位及责任单位|责任单位[(（].{1,8}[)）])$/],
  ['deadline', /^(完成(时限|时间|期限)|时间(节点|安排|要求|进度)|时限(要求)?|进度安排|推进时间|实施时间|完成时限要求)$/],
  ['group', /^(主要任务|重点任务|任务类别|类别|重点领域|领域|工作类别|板块|项目类别|任务名称|工作任务名称)$/],
  [
    'content',
    /^(工作任务|工作措施|具体措施|主要措施|任务内容|工作内容|具体任务|重点工作|重点工作任务|改革举措|主要内容|任务措施|政策措施|工作事项|任务事项|具体内容|工作举措|具体工作|任务|措施|内容|事项|重点事项|任务要求|工作要点|工作重点)$/,
  ],
  ['path', /^(工作路径及任务指标|工作路径|任务指标|工作目标|预期目标|目标任务|阶段目标|预期成果|完成标志|工作要求|推进路径|目标要求|考核指标|工作标准|成果形式|具体目标)$/],
  ['other', /^(备注|说明|推广范围|适用范围|资金来源|投资(额|规模)|建设内容|建设规模|项目名称|指标|目标值|评分标准|分值)$/],
];

/** The column kind a header cell names, or null when it is not a known header word. */
export function headerKind(cell: string): ColumnKind | null {
  if (cell.length > 40) return null;
  const k = compactKey(cell).replace(/[:：]$/, '');
  if (k.length === 0 || k.length > 14) return null;
  for (const [kind, re] of HEADER_KINDS) if (re.test(k)) return kind;
  return null;
}

/** 1 / 12 — a 序号 cell. */
export function isSeqCell(cell: string): number | null {
  const k = compactKey(cell);
  return /^\d{1,3}$/.test(k) ? Number.parseInt(k, 10) : null;
}

// A 完成时限 cell: 2022年 / 2022年-2025年 / 2023年底 / 2022年6月底前 / 持续推进 / 长期坚持 / 每年.
const DEADLINE_CELL =
  /^(?:(?:19|20)\d{2}年?(?:\d{1,2}月)?(?:上半年|下半年|年?底|末|前|以前|内)?(?:[-—–~～至到](?:(?:19|20)\d{2}年?)?(?:\d{1,2}月)?(?:底|末)?)?(?:前|底前|以前)?(?:完成)?|持续推进|长期坚持|长期推进|持续开展|长期|持续|常态化(?:推进|开展)?|每年|每季度|每月|每半年|定期|逐年推进|(?:19|20)\d{2}年(?:起|开始)|.{0,8}(?:年底|月底|季度)前(?:完成)?)$/;

export function isDeadlineCell(cell: string): boolean {
  const k = compactKey(cell).replace(/[。；;，,]$/, '');
  return k.length > 0 && k.length <= 24 && DEADLINE_CELL.test(k);
}

/** `2022年` then `-2025年` on the next line: one cell broken in two. */
export function isDeadlineTail(cell: string): boolean {
  return /^[-—–~～至到][ \u3000]{0,3}(?:19|20)\d{2}/.test(cell.trim());
}

/**
 * Split a unit list at 、，,；; outside parentheses: `各县(市、区)民政局` stays one unit.
 * Returns the pieces with their offsets in the input.
 */
export function splitOutsideParens(s: string, separators = '、，,；;'): Array<{ text: string; start: number }> {
  const parts: Array<{ text: string; start: number }> = [];
  let depth = 0;
  let start = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    if (c === '(' || c === '（' || c === '〔' || c === '[' || c === '【') depth++;
    else if ((c === ')' || c === '）' || c === '〕' || c === ']' || c === '】') && depth > 0) depth--;
    else if (depth === 0 && separators.includes(c)) {
      parts.push({ text: s.slice(start, i), start });
      start = i + 1;
    }
  }
  parts.push({ text: s.slice(start), start });
  return parts;
}

/** Strip role words and 等…部门 from a unit name: 省民政厅牵头 → 省民政厅. */
export function stripRoleWords(name: string): string {
  return name.replace(/^由/, '').replace(UNIT_ROLE_TAIL, '').trim();
}

/** A generic unit that names nobody in particular (有关部门, 各相关部门, 其他相关部门). */
export function isGenericUnit(name: string): boolean {
  // 有关部门 / 各相关部门 / 市相关部门 / 相关行业主管部门 / 其他
  return /^(?:各|其他|其它)?(?:有关|相关)?(?:部门|单位)(?:参与|配合)?$|^(?:各|省|市|县|区)?(?:有关|相关)[\u4e00-\u9fff]{0,6}(?:部门|单位)$|^(?:其他|其它)$/.test(compactKey(name));
}

/** 各地区 / 各地 / 各市: the local governments as a group, named as a unit. */
/**
 * 济南 / 青岛 / 北京: a bare place name in a list whose last member carries the shared
 * suffix (济南、青岛、烟台市政府 / 北京、天津、…陕西省（自治区、直辖市）人民政府), kept as written.
 */
export const ELLIPTICAL_PLACE = /^[\u4e00-\u9fff]{2,4}$/;

export const LOCAL_GOVERNMENTS = /^各(?:地区|地|省|市|县|区|州)(?:人民政府|政府)?$/;

/** Whether a cell is a list of organisations (a 责任单位 cell). */
export function isUnitCell(cell: string): boolean {
  const k = compactKey(cell).replace(/[、，,；;。]$/, '');
  if (k.length < 2 || k.length > 200 || /[。《》：:]/.test(k)) return false;
  // 国家卫生健康委及各地区按职责分工负责: 及/与 join units too (和 is left alone: 工业和信息化局).
  const parts = splitOutsideParens(stripRoleWords(k), '、，,；;及与').map((p) => stripRoleWords(p.text)).filter((p) => p !== '');
  if (parts.length === 0) return false;
  // An organisation's name states no verb: 排在第一位的部门为牵头部门 is a note, not a unit.
  return parts.every((p) => p.length <= 30 && !/[为是]|第一位|下同/.test(p) && (ORG_SUFFIX.test(p) || isGenericUnit(p) || LOCAL_GOVERNMENTS.test(p)));
}

/** A group cell (主要任务) usually carries the task's number: `1.健全…` / `8增强…`. */
export function hasLeadingNumber(cell: string): boolean {
  return /^\d{1,3}[.．、]?[ \u3000]{0,2}(?=[\u4e00-\u9fff“"《（(])/.test(cell.trim());
}

/** A cell that ends a sentence or phrase; a cell that does not may continue on the next line. */
export function endsClosed(cell: string): boolean {
  return /[。；;！？!?”"）)」』%]$/.test(cell.trim());
}

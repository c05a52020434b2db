/**
 * What a name of an organisation looks like, for every stage: a unit cell of a table
 * (segment), a signature organ or a 主送 member (segment), a unit in a task (extract).
 */
import { compactKey } from './clean.js';
import { splitOutsideParens } from './lists.js';
import { ELLIPTICAL_PLACE, GENERIC_UNIT, LOCAL_GOVERNMENT, NOT_ORG_ENDING, ORG_SUFFIX, PLACE_END, UNIT_ROLE_TAIL } from '../patterns/units.js';
import { TITLE_END } from '../patterns/titles.js';

export { ELLIPTICAL_PLACE };

/** A generic unit that names nobody in particular (有关部门, 各相关部门, 县直各有关单位). */
export function isGenericUnit(name: string): boolean {
  return GENERIC_UNIT.test(compactKey(name));
}

/** 各地区 / 各地 / 各市人民政府. */
export function isLocalGovernments(name: string): boolean {
  return LOCAL_GOVERNMENT.test(name);
}

/** Whether a name ends like an organisation (省民政厅, 各县（市、区）). */
export function hasOrgSuffix(name: string): boolean {
  return ORG_SUFFIX.test(name);
}

/** Strip role words and 等…部门 from a unit name: 由省民政厅牵头 → 省民政厅. */
export function stripRoleWords(name: string): string {
  return name.replace(/^由/, '').replace(UNIT_ROLE_TAIL, '').trim();
}

/** An organisation name on its own (a signature organ or a byline): 黑龙江省民政厅. */
export function isOrgName(s: string): boolean {
  const k = compactKey(s);
  if (k.length < 3 || k.length > 40 || /[。，,；;：:、《》"]/.test(k)) return false;
  // 山东省服务业数字化转型行动方案（2021—2023）: a title with its period, not 各县（市、区）.
  if (TITLE_END.test(k)) return false;
  return ORG_SUFFIX.test(k) && !NOT_ORG_ENDING.test(k);
}

/** A list member that names a unit: an organisation, a place's government, 各地区. */
export function looksLikeUnitName(name: string): boolean {
  const k = compactKey(name);
  return k.length >= 2 && k.length <= 40 && !/[。：:《》]/.test(k) && (ORG_SUFFIX.test(k) || PLACE_END.test(k) || LOCAL_GOVERNMENT.test(k));
}

/** Whether a cell (or a clause) is a list of organisations: a 责任单位 cell. */
export function isUnitCell(cell: string): boolean {
  const k = compactKey(cell).replace(/[、，,；;。]$/, '');
  if (k.length < 2 || k.length > 200 || /[。《》：:]/.test(k)) return false;
  // 国家卫生健康委及各地区按职责分工负责: 及/与 join units too (和 is left alone: 工业和信息化局).
  const parts = splitOutsideParens(stripRoleWords(k), '、，,；;及与').map((p) => stripRoleWords(p.text)).filter((p) => p !== '');
  if (parts.length === 0) return false;
  // An organisation's name states no verb: 排在第一位的部门为牵头部门 is a note, not a unit.
  return parts.every((p) => p.length <= 30 && !/[为是]|第一位|下同/.test(p) && (ORG_SUFFIX.test(p) || GENERIC_UNIT.test(p) || LOCAL_GOVERNMENT.test(p)));
}

/** A deputy or a member of a people's congress or a CPPCC, addressed by name: 王超斌委员 / 李明代表. */
const PERSON_ADDRESSEE = /^[\u4e00-\u9fff]{2,4}(?:委员|代表)$/;
const SALUTATION = /^(?:各位|同志们|女士们|先生们)/;

/** Each member of a 主送 list names an organisation or a group of them (各市（地）民政局). */
export function isRecipientList(s: string): boolean {
  const k = compactKey(s);
  if (k.length < 2 || k.length > 300 || /[。《》“”]/.test(k)) return false;
  // 王超斌委员： / 张三代表：: the member a reply answers; 各位代表： / 同志们： greet an audience.
  if (SALUTATION.test(k)) return false;
  if (PERSON_ADDRESSEE.test(k)) return true;
  const parts = splitOutsideParens(k).filter((p) => p.text !== '');
  if (parts.length === 0) return false;
  // Elliptical members are place names: 绥芬河市、抚远市民政局 / 北京、天津、…陕西省（自治区、直辖市）人民政府.
  const orgLike = (t: string): boolean => t.length <= 40 && (ORG_SUFFIX.test(t) || PLACE_END.test(t) || /^(各|有关|全)/.test(t) || /(各|有关)(单位|部门)/.test(t));
  const lastIsOrg = parts.length > 1 && ORG_SUFFIX.test(parts[parts.length - 1]!.text);
  return parts.every((p) => orgLike(p.text) || (lastIsOrg && ELLIPTICAL_PLACE.test(p.text)));
}

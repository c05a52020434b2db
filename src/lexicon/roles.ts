/**
 * Role words: what a document writes after, before or around a unit's name to say what part
 * it plays in a task. One list; every unit form (parenthetical, 由X牵头, a 牵头单位： label, a
 * table's unit column) is built from it (src/patterns.ts), so a word added here works everywhere.
 */
export type Role = 'lead' | 'support' | 'responsible';

export interface RoleWord {
  word: string;
  role: Role;
}

/** Words written after a name: 省民政厅牵头 / 省质监局配合 / 各县(市、区)负责. */
export const ROLE_WORDS: readonly RoleWord[] = [
  { word: '牵头', role: 'lead' },
  { word: '牵头负责', role: 'lead' },
  { word: '主责', role: 'lead' },
  // 主办 / 承办 pairs (主办单位 leads the work it hosts)
  { word: '主办', role: 'lead' },
  { word: '配合', role: 'support' },
  { word: '参与', role: 'support' },
  { word: '协办', role: 'support' },
  { word: '协助', role: 'support' },
  { word: '协同', role: 'support' },
  // （牵头单位：省卫生健康委，参加单位：省大数据局） (Shandong plans)
  { word: '参加', role: 'support' },
  { word: '负责', role: 'responsible' },
  { word: '共同负责', role: 'responsible' },
  { word: '分工负责', role: 'responsible' },
  { word: '按职责负责', role: 'responsible' },
  { word: '按职责分工负责', role: 'responsible' },
  { word: '负责落实', role: 'responsible' },
  { word: '负责实施', role: 'responsible' },
  { word: '负责组织实施', role: 'responsible' },
  { word: '落实', role: 'responsible' },
  { word: '实施', role: 'responsible' },
  { word: '组织实施', role: 'responsible' },
  // （国家发展改革委指导，试点城市政府负责落实） (corpus 015)
  { word: '指导', role: 'responsible' },
];

/**
 * Words that may stand between a name and its role word without changing it:
 * 省贸促会按职责分工配合 / 市财政局具体负责 / 各区分别负责.
 */
export const ROLE_QUALIFIERS: readonly string[] = ['按职责分工', '按职责', '分工', '分别', '共同', '具体', '统一'];

/**
 * Heads of unit labels and table columns: 牵头单位： / 配合部门： / 责任单位： / 参加单位：.
 * 主办单位： / 承办单位： are left out: on a web page they name the site's operator (page furniture).
 */
export const LABEL_HEADS: readonly RoleWord[] = [
  { word: '牵头', role: 'lead' },
  { word: '主责', role: 'lead' },
  { word: '配合', role: 'support' },
  { word: '协办', role: 'support' },
  { word: '参与', role: 'support' },
  { word: '参加', role: 'support' },
  { word: '协同', role: 'support' },
  { word: '协助', role: 'support' },
  { word: '责任', role: 'responsible' },
  { word: '负责', role: 'responsible' },
  { word: '实施', role: 'responsible' },
];

/** What a label head is joined to: 牵头单位 / 牵头部门 / 牵头考核单位 / 配合处室. */
export const LABEL_TAILS: readonly string[] = ['单位', '部门', '处室'];

/** 由X负责 / 由X牵头: the role words of the 由 form (由X组成 names members, not a role). */
export const BY_ROLE_WORDS: readonly RoleWord[] = [
  { word: '牵头', role: 'lead' },
  { word: '负责', role: 'responsible' },
];

/**
 * What turns a role word into a person: 负责人 / 负责同志 (交由企业负责人核对, corpus 213;
 * 由单位主要负责同志审定). 由X负责 is a unit only when 负责 is not followed by one of these.
 */
export const ROLE_PERSON_TAILS: readonly string[] = ['人', '同志'];

/**
 * Verbs inside the X of 由X负责 that make X no unit list: 由A公司和B公司成立运营公司负责… (corpus 063: the
 * company they set up is responsible, unnamed); 由密码管理部门建议有关国家机关、单位对直接负责的主管人员
 * 依法给予处分 (137: 负责 describes the persons punished).
 */
export const NOT_IN_UNIT_NAME: readonly string[] = ['成立', '组建', '设立', '建议', '指定', '委托', '聘请', '对直接', '对其', '依法', '依照', '按照', '根据'];

/**
 * Words that open a clause before 牵头 when its subject is no unit: a principle (坚持政府牵头，社会
 * 参与), an object of guidance (引导行业龙头企业牵头), an alternative (或制造业企业牵头).
 */
export const PRINCIPLE_VERBS: readonly string[] = ['坚持', '实行', '实施', '建立', '健全', '推动', '推进', '强化', '发挥', '加强', '完善', '形成', '构建', '鼓励', '支持', '明确', '引导', '指导', '要求', '组织', '或', '和', '及', '与', '并', '由'];

/** After 由X牵头, the supporting units: 由民政部牵头，财政部配合 / …有关部门参与. */
export const BY_SUPPORT_WORDS: readonly string[] = ROLE_WORDS.filter((w) => w.role === 'support').map((w) => w.word);

/** The role of a word exactly as listed, or null. */
export function roleOf(word: string, list: readonly RoleWord[] = ROLE_WORDS): Role | null {
  return list.find((w) => w.word === word)?.role ?? null;
}

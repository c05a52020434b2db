/**
 * The legislative history under a law's or a regulation's title (2019年10月26日 第十三届全国人民
 * 代表大会常务委员会第十四次会议通过 / 1995年7月19日 中华人民共和国国务院令第181号发布 / 2022年7月1日
 * 施行): the event words, and the words around an enacting body's name.
 */
export type EventKind = 'adopted' | 'approved' | 'published' | 'amended' | 'effective';

/** The word that closes an event, by what it says (longest first where they share a start). */
export const EVENT_WORDS: ReadonlyArray<readonly [string, EventKind]> = [
  ['通过', 'adopted'],
  ['批准', 'approved'],
  ['发布', 'published'],
  ['公布', 'published'],
  ['颁布', 'published'],
  ['修订', 'amended'],
  ['修正', 'amended'],
  ['修改', 'amended'],
  ['施行', 'effective'],
];

/** Words that open an event line besides its date: 根据2019年4月23日…修正 / （2019年…通过）. */
export const EVENT_OPENERS: readonly string[] = ['根据', '（', '('];

/**
 * Parts of a session's name that are not the body's: 第十三届 / 第十四次会议 / 第34次常务会议 /
 * 第6次部务会议 / 审判委员会第1487次会议 (the court's committee: the court is the issuer).
 */
export const SESSION_WORDS: readonly string[] = ['常务会议', '部务会议', '委务会议', '局务会议', '全体会议', '会议'];
export const COMMITTEE_OF_COURT: readonly string[] = ['审判委员会', '检察委员会'];
/** Prefixes dropped from an issuer: 中华人民共和国国务院令 → 国务院; 经人力资源和社会保障部… → 人力资源和社会保障部. */
export const ORGAN_PREFIXES: readonly string[] = ['中华人民共和国', '经'];
/** Suffixes dropped from an issuer: 最高人民法院公告公布 → 最高人民法院. */
export const ORGAN_SUFFIXES_DROPPED: readonly string[] = ['公告', '联合'];

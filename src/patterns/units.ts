/**
 * Patterns of organisations and their roles, built from src/lexicon/roles.ts and
 * organisations.ts: one edit to a list changes every form that uses it.
 */
import { COLLECTIVE_MARKERS, COLLECTIVE_NOUNS, COLLECTIVE_SCOPES, LOCAL_GOVERNMENT_PLACES, NOT_ORG_ENDINGS, ORG_SUFFIXES, PLACE_SUFFIXES } from '../lexicon/organisations.js';
import { BY_ROLE_WORDS, BY_SUPPORT_WORDS, LABEL_HEADS, LABEL_TAILS, NOT_IN_UNIT_NAME, ROLE_PERSON_TAILS, ROLE_QUALIFIERS, ROLE_WORDS } from '../lexicon/roles.js';
import { alternation } from '../text/words.js';

const roles = alternation(ROLE_WORDS.map((w) => w.word));
const qualifiers = alternation(ROLE_QUALIFIERS);
const supportWords = alternation(BY_SUPPORT_WORDS);

/** An organisation's ending, or a bracketed gloss ending a name (各县（市、区）). */
export const ORG_SUFFIX = new RegExp(`(?:${alternation(ORG_SUFFIXES)}|[(（][^()（）]{1,12}[)）])$`);

/** 数字政府建设 / 基层治理: a task's or a title's ending, never an organisation's. */
export const NOT_ORG_ENDING = new RegExp(`${alternation(NOT_ORG_ENDINGS)}$`);

/** 青岛市 / 黄岛区: a place name ends a name too. */
export const PLACE_END = new RegExp(`${alternation(PLACE_SUFFIXES)}$`);

/** A role word ending a list member: 省民政厅牵头 / 各县(市、区)负责 / 省贸促会按职责分工配合. */
export const ROLE_AT_END = new RegExp(`${roles}$`);

/** Qualifiers left before a role word once it is cut off: 按职责分工 / 具体 / 分别. */
export const QUALIFIER_AT_END = new RegExp(`${qualifiers}$`);

/** 省经信委等其他有关部门参与 → 省经信委: the widening tail and the role word after a list. */
export const UNIT_ROLE_TAIL = new RegExp(`(?:等(?:其他|其它)?(?:有关|相关)?(?:部门|单位)?)?${qualifiers}?${roles}?$`);

/** 省经信委等其他有关部门 → 省经信委. */
export const ETC_TAIL = /等(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构)?$/;

const labelHeads = alternation(LABEL_HEADS.map((w) => w.word));
const labelTails = alternation(LABEL_TAILS);
/** 责任单位： / 牵头单位： / 牵头考核单位： / 配合部门： / 参加单位：, group 1 the label. */
export const UNIT_LABEL = new RegExp(`(${labelHeads}[\\u4e00-\\u9fff]{0,3}?${labelTails})[ \\u3000]{0,4}[：:][ \\u3000]{0,4}`, 'g');
/** The next label in a list of labelled units: （牵头单位：A，配合单位：B）. */
export const NEXT_UNIT_LABEL = new RegExp(`^[ \\u3000]{0,2}${labelHeads}${labelTails}`);
/** A label head at the start of a label (its role). */
export const LABEL_HEAD = new RegExp(`^${labelHeads}`);

/** 由X负责 / 由X具体负责 / 由X牵头: the role word of the 由 form, group 1. */
export const BY_ROLE = new RegExp(`${qualifiers}?(${alternation(BY_ROLE_WORDS.map((w) => w.word))})(?!${alternation(ROLE_PERSON_TAILS)})`);
/** …牵头，Y和有关部门配合: the supporting units after 由X牵头, group 1 the names, group 2 the role word. */
export const BY_SUPPORT = new RegExp(`^[，,]([^，。；,;]{2,40}?)(${supportWords})`);

/** Any role word (a parenthetical that states a role is a unit list, not a gloss). */
export const ANY_ROLE = new RegExp(roles);
/**
 * A verb in the would-be unit list (see NOT_IN_UNIT_NAME); not one before 的, which makes a name
 * of it: 由县（区）人民政府指定的教育主管部门负责 (corpus 179).
 */
export const VERB_IN_UNIT_NAME = new RegExp(`${alternation(NOT_IN_UNIT_NAME)}(?!的)`);
/** 区县主管部门负责审核辖区服务资源使用单位 (corpus 063): a role word going on into its work, so a sentence, not a list. */
export const ROLE_THEN_WORK = new RegExp(`${roles}[^，,、；;。）)\\s]`);

/** A parenthetical that may hold units: an organisation's last character or a role word. */
export const UNITISH = new RegExp(`[${[...new Set(ORG_SUFFIXES.map((s) => s[s.length - 1]!))].join('')}]|${roles}`);

/** 有关部门 / 各相关单位 / 县直各有关单位 / 各有关部门和单位 / 其他 (GUIDE: not listed as units). */
export const GENERIC_UNIT = new RegExp(
  `^(?:${alternation(COLLECTIVE_SCOPES)})?各?(?:其他|其它)?(?:(?:有关|相关)[\\u4e00-\\u9fff]{0,6}?)?${alternation(COLLECTIVE_NOUNS)}(?:${supportWords})?$|^(?:其他|其它)$`,
);
/** The collective marker words (各 / 有关 / 相关 / 其他). */
export const COLLECTIVE_MARKER = new RegExp(alternation(COLLECTIVE_MARKERS));

/** 各地区 / 各地 / 各市人民政府: the local governments as a group, named as a unit. */
export const LOCAL_GOVERNMENT = new RegExp(`^各${alternation(LOCAL_GOVERNMENT_PLACES)}(?:人民政府|政府)?$`);

/** 济南 / 青岛: a bare place name in 济南、青岛、烟台市政府, sharing the last member's suffix. */
export const ELLIPTICAL_PLACE = /^[\u4e00-\u9fff]{2,4}$/;

/** 列第一位者为牵头单位 / 排在第一位的部门为牵头部门: the document's convention for unlabelled lists. */
export const FIRST_LEADS_NOTE = /(?:列|排)(?:在)?(?:第一|首)位(?:的|者)?(?:部门|单位)?(?:为|是)牵头/;

export const UNIT_PATTERNS: Readonly<Record<string, RegExp>> = {
  ORG_SUFFIX, NOT_ORG_ENDING, PLACE_END, ROLE_AT_END, QUALIFIER_AT_END, UNIT_ROLE_TAIL, UNIT_LABEL, NEXT_UNIT_LABEL, LABEL_HEAD,
  BY_ROLE, BY_SUPPORT, ANY_ROLE, VERB_IN_UNIT_NAME, ROLE_THEN_WORK, UNITISH, GENERIC_UNIT, COLLECTIVE_MARKER, LOCAL_GOVERNMENT,
};

/** Patterns of indicators, built from src/lexicon/measures.ts, comparators.ts and indicator-cues.ts. */
import { type Comparator, CUE_GAP_WORDS, DISTANT_BOUNDS, NEGATIONS, SHARE_BOUNDS, SUFFIX_COMPARATORS } from '../lexicon/comparators.js';
import { ACTUAL_WORDS, COMPARISON_WORDS, EXPECTATION_MET_BEFORE, EXPECTATION_WORD, PLANNING_DOCUMENT_WORDS, PLAN_WORDS, REPORTING_DOCUMENT_WORDS, TARGET_WORDS } from '../lexicon/indicator-cues.js';
import { MAGNITUDES, MEASURE_UNITS, NOT_POINTS_AFTER, POINTS_VERBS, STANDARD_WORDS, STRUCTURE_NOUNS, UNIT_BU_NOT_BEFORE } from '../lexicon/measures.js';
import { alternation } from '../text/words.js';

/** A unit right after a figure (one optional space, an en space too: 50 %), group 1 the unit. */
export const UNIT_RE = new RegExp(
  `^[ \\u3000\\u00a0\\u2002-\\u2009]?(${alternation(MEASURE_UNITS)}|部(?![${UNIT_BU_NOT_BEFORE.join('')}]))`,
);

/** 万 / 亿 / 万亿 right after the digits. */
export const MAGNITUDE_RE = new RegExp(`^${alternation(Object.keys(MAGNITUDES))}`);

const suffixOf = new Map<string, Comparator>(SUFFIX_COMPARATORS.map(([w, c]) => [w, c]));
/** 100人以上 / 3个以下 / 5%以内 / 10%左右 after the unit; group 1 the word. */
export const SUFFIX_COMPARATOR = new RegExp(`^[ \\u3000]?(${alternation(SUFFIX_COMPARATORS.map(([w]) => w))})`);
export function suffixComparator(word: string): Comparator {
  return suffixOf.get(word)!;
}

/** The function words between a cue and its figure: 要在 / 有 / 为. */
export const CUE_GAP = new RegExp(`${alternation(CUE_GAP_WORDS)}$`);
/** A negation right before a strict bound word: 不宜少于 / 不应超过. */
export const NEGATION_BEFORE = new RegExp(`${alternation(NEGATIONS)}$`);
/** 至少建设一所 / 最多设立三个: a bound a verb away from the figure, group 1 the bound. */
export const DISTANT_BOUND = new RegExp(`(${alternation(DISTANT_BOUNDS)})[\\u4e00-\\u9fff]{1,6}$`);
/** 不低于绩效工资总量的70%: the bound word, the base, 的, the share; group 1 the bound. */
export const SHARE_BOUND = new RegExp(`(${alternation(SHARE_BOUNDS)})[\\u4e00-\\u9fff]{1,12}的$`);

/** A sentence that reports: 截至… / 已建成 / 增长了 / 五年来. */
export const ACTUAL_CUE = new RegExp(alternation(ACTUAL_WORDS));
/** A sentence that plans in a report: 拟安排 / 拟发行. */
export const PLAN_CUE = new RegExp(alternation(PLAN_WORDS));
/** A comparison with a past year: 同比 / 比上年 / 比2012年. */
export const COMPARISON_CUE = new RegExp(`${alternation(COMPARISON_WORDS)}|比(?:19|20)\\d\\d年`);
/** A sentence that sets a target: 到2025年 / 2025年底前 / 力争 / 应当 / 要 (not 重要, 主要, 需要, 只要, 要求). */
export const TARGET_CUE = new RegExp(`到(?:19|20)\\d\\d年|(?:19|20)\\d\\d年(?:底|末)?(?:前|以前)|${alternation(TARGET_WORDS)}|(?<![${EXPECTATION_MET_BEFORE.join('')}])${EXPECTATION_WORD}|[^重主需只]要(?!求)`);

/** Counted over a whole document without a telling title: does it report more than it plans? */
export const REPORTING_WORD = new RegExp(alternation(REPORTING_DOCUMENT_WORDS), 'g');
export const PLANNING_WORD = new RegExp(`到(?:19|20)\\d\\d年|${alternation(PLANNING_DOCUMENT_WORDS)}|[^重主需只]要(?!求)`, 'g');

/** 5个方面 / 三个阶段 right after the unit: a count of the text's own structure. */
export const STRUCTURE_NOUN = new RegExp(`^${alternation(STRUCTURE_NOUNS)}`);

/** Right after 分: a word of its own (分之 / 分钟 / 分局), so the 分 is no unit. */
export const NOT_POINTS = new RegExp(`^${alternation(NOT_POINTS_AFTER)}`);
/** Right before a number of points in Chinese numerals: 计二十分 / 扣十分. */
export const POINTS_VERB_BEFORE = new RegExp(`${alternation(POINTS_VERBS)}$`);

/** Right after 3个月: the standard the months multiply (最低生活保障标准), so an amount, not a time. */
export const STANDARD_AFTER = new RegExp(`^(?:的)?(?:城乡|城镇|农村)?${alternation(STANDARD_WORDS)}`);

export const INDICATOR_PATTERNS: Readonly<Record<string, RegExp>> = {
  UNIT_RE, MAGNITUDE_RE, SUFFIX_COMPARATOR, CUE_GAP, NEGATION_BEFORE, DISTANT_BOUND, SHARE_BOUND, ACTUAL_CUE, PLAN_CUE, COMPARISON_CUE, TARGET_CUE, REPORTING_WORD, PLANNING_WORD, STRUCTURE_NOUN,
  NOT_POINTS, POINTS_VERB_BEFORE, STANDARD_AFTER,
};

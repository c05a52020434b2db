/**
 * Comparator cues of indicators (GUIDE: 达到/不低于/以上 → >=, 不超过/以内 → <= …). Prefix
 * words stand before the figure, suffix words after it; the longer of two words sharing a
 * start is listed first so it wins (不得低于 before 低于).
 */
export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';

export const PREFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['力争达到', '>='], ['年满', '>='], ['不得低于', '>='], ['不得少于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='],
  ['至少', '>='], ['最少', '>='], ['最低', '>='], ['达到', '>='], ['达', '>='],
  // 缴纳社会保险满4年 (corpus 211): a qualifying period reached.
  ['满', '>='],
  ['不得超过', '<='], ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['控制在', '<='], ['最高', '<='], ['最多', '<='], ['上限为', '<='], ['封顶', '<='],
  // 同一家庭只能享受一次 / 每户限购1套: a limit on how often or how much.
  ['只能享受', '<='], ['仅能享受', '<='], ['只享受', '<='], ['限购', '<='],
  ['超过', '>'], ['突破', '>'], ['超', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'], ['不到', '<'],
  ['增加到', '='], ['提高到', '='], ['提升到', '='], ['增长到', '='], ['下降到', '='], ['降低到', '='], ['减少到', '='],
];

/** After the figure: 100人以上 / 3个以下 / 5%以内 / 10%左右. */
export const SUFFIX_COMPARATORS: ReadonlyArray<readonly [string, Comparator]> = [
  ['及以上', '>='], ['以上', '>='],
  ['及以下', '<='], ['以下', '<='], ['以内', '<='], ['之内', '<='], ['内', '<='],
  ['左右', '='],
];

/** Negations that turn a strict bound into the opposite inclusive one: 不宜少于5项 → >=, 不应超过20项 → <=. */
/** 未满18周岁 / 不满十六周岁 / 虽未满12分: below the bound (>= negated is <). */
export const NEGATIONS: readonly string[] = ['不宜', '不应', '不得', '不能', '不可', '不', '虽未', '未'];

/** Bound words that may stand a verb away from the figure: 至少建设一所 / 最多设立三个. */
export const DISTANT_BOUNDS: readonly string[] = ['至少', '最少', '最多', '不少于', '不超过', '不低于', '不高于'];
/** Bound words that may stand before a base and 的: 不低于绩效工资总量的70%. */
export const SHARE_BOUNDS: readonly string[] = ['不少于', '不超过', '不低于', '不高于'];

/** Function words between a cue and the figure: 要在 / 有 / 为. */
/** 补贴上限为每年150万元: a period or a head between the cap and its figure. */
/** 最高计20分 (corpus 211): the verb of a points table. */
/** 不超过本市3个月最低生活保障标准 (corpus 209): the place whose standard is meant. */
export const CUE_GAP_WORDS: readonly string[] = ['要有', '要在', '在', '为', '有', '要', '计', '每年', '每月', '每人', '每户', '每家', '每个', '本市', '当地', '本省', '本区', '本县'];

/**
 * The words of time limits: what follows a year or a month to make it a due date, the
 * words that put a deadline in the document's own year, ongoing and recurring forms, and
 * the words that make a date something other than a deadline (as-of dates, baselines, past
 * events, starts). The deadline rules (src/extract/deadline/) are built from these lists.
 */

/** After 2020年: 2020年底前 / 2020年末 / 2020年前 / 2020年以前 (longest first where they share a start). */
export const YEAR_SUFFIXES: readonly string[] = ['年底前', '底前', '末前', '年底', '年末', '底', '末', '前', '以前', '之前'];

/** After 12月: 12月底前 / 4月底 / 6月末 / 6月前. */
export const MONTH_SUFFIXES: readonly string[] = ['底前', '底', '末', '前', '以前', '之前'];

/** After 4月28日: 4月28日前 / 以前 / 之前 / 止 / 为限. */
export const DAY_SUFFIXES: readonly string[] = ['前', '以前', '之前', '止', '为限'];

/** Words that put a month or a year end in the document's own year: 当年10月底前 / 今年底 / 本年度. */
export const THIS_YEAR_WORDS: readonly string[] = ['当年', '今年', '本年度', '本年'];

/**
 * The end of the document's year, standing alone: 到年末 / 年底前 / 年内完成 / 全年完成.
 * 年内 and 全年 say "within the year" (issue: 年内完成摸底 → <year>-12-31).
 */
export const YEAR_END_WORDS: readonly string[] = ['年末', '年底', '年内', '全年'];

/** Parts of a month before which work is due: 10月中旬前. */
export const MONTH_PART_SUFFIXES: readonly string[] = ['上旬前', '中旬前', '下旬前'];

/** Cue words that make a following date a due date: 到2020年 / 于11月14日前 / 力争到2025年. */
export const TOWARD_WORDS: readonly string[] = ['力争到', '截止到', '到', '至', '于', '在'];

/** Cue words kept with the phrase of a deadline (到2020年 / 于2017年11月14日前 / 力争“十四五”末). */
export const LEAD_CUES: readonly string[] = ['力争到', '力争', '到', '至', '于', '在'];

/** A date after these is an as-of date of a statistic or a baseline: 截至2016年底 / 比2012年底. */
export const AS_OF_WORDS: readonly string[] = ['截至到', '截止到', '截至', '截止', '同比', '比上', '比', '较'];

/** A date after these starts something (自2020年起 / 从2019年开始), it is due nowhere. */
export const START_WORDS: readonly string[] = ['自', '从'];

/** A date after these is a past event: 国务院办公厅已于2017年印发通知. */
export const PAST_EVENT_WORDS: readonly string[] = ['业已', '已', '曾', '先后'];

/**
 * Words that make a time in a report planned work, not past work: 这些项目的大部分将在一九五八年
 * 完成 / 预计在本年内可以有五十一个重大项目完成建设 / 在第一个五年计划期末，全国可以有… (corpus 194).
 */
export const FUTURE_CUES: readonly string[] = ['将', '预计', '可以', '希望', '计划', '力争', '争取', '拟'];

/** After a date, these make it a start or a period of the past: 2020年起 / 2019年以来 / 2018年以后. */
export const AFTER_START_WORDS: readonly string[] = ['起', '开始', '以来', '以后'];

/** After a rule's dates, these make them its validity period: 自2012年2月1日至2017年1月31日施行. */
export const VALIDITY_WORDS: readonly string[] = ['施行', '实施', '执行', '有效'];

/** Verbs that a year opening a clause of targets is followed by: 2022年实现村级综合服务设施全覆盖. */
export const TARGET_VERBS: readonly string[] = ['实现', '达到', '完成', '建成', '覆盖', '不低于', '不少于', '力争', '基本', '全面', '重点', '启动', '形成', '取得'];

/** Verbs after a bare month that make it a due month: 5月完成 / 6月上线. */
export const MONTH_VERBS: readonly string[] = ['取得', '完成', '实现', '建成', '上线', '启动'];

/** Names a period of a plan carries: 行动计划（2021-2023年） is the plan's name, not a time limit. */
export const PLAN_NAME_WORDS: readonly string[] = ['规划', '计划', '方案', '纲要', '行动', '工程', '意见', '要点'];

/** Ongoing work, in a 完成时限 cell or a （持续推进） note. */
export const ONGOING_WORDS: readonly string[] = ['持续推进', '长期坚持', '长期推进', '持续开展', '常态化推进', '常态化开展', '常态化', '逐年推进', '长期执行', '长期', '持续'];

/** The ongoing words a note in running text may hold: 建立健全…机制（持续推进）. */
export const ONGOING_NOTE_WORDS: readonly string[] = ['持续推进', '长期坚持', '长期推进', '常态化推进'];

/**
 * Recurring periods after 每: 每年 / 每年度 / 每季度 / 每个季度 / 每半年 / 每月 / 每两年 / 每3个月.
 * Numbers are allowed where a count fits (每5年, 每6个月).
 */
export const EVERY_PERIODS: readonly string[] = ['年度', '年', '个季度', '季度', '半年', '月', '周', '旬'];
/** 按季度 / 按年度 / 按月 / 按半年. */
export const BY_PERIODS: readonly string[] = ['季度', '季', '年度', '年', '月度', '月', '半年'];

/** Words before 定期 that make it no recurrence: 不定期 / 固定期限 / 预定期. */
export const NOT_REGULAR_BEFORE: readonly string[] = ['不', '固', '预'];
/** Words after 定期 that make it a name: 定期存款 / 定期储蓄 / 定期存单. */
export const NOT_REGULAR_AFTER: readonly string[] = ['存款', '储蓄', '存单', '及', '限'];
/** A recurrence that describes a system, not work: 定期述职制度 / 定期调度、专报等机制. */
export const SYSTEM_WORDS: readonly string[] = ['制度', '机制'];

/** Relative periods counted from the last stated year: 到2020年 … 再过5到10年. */
/** (经过二十年的改革 looks back, it counts nothing forward.) */
export const RELATIVE_WORDS: readonly string[] = ['再过'];
/** Periods counted from the document's year: 利用3年时间 / 用三年左右时间. */
export const WITHIN_YEARS_WORDS: readonly string[] = ['利用', '用', '通过'];

/** Plan periods: “十三五”期间 → range; “十四五”末 → its last year. */
export const PLAN_PERIOD_WORDS: readonly string[] = ['期间', '时期'];
export const PLAN_END_WORDS: readonly string[] = ['期末', '末'];

/** Halves and quarters of a year: 2022年上半年 → 06-30; 第一季度 → 03-31. */
export const HALF_YEAR_END: Readonly<Record<string, string>> = { 上半年: '06-30', 下半年: '12-31' };
export const QUARTER_END: Readonly<Record<number, string>> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

/**
 * Time limits counted from an event (SPEC kind `within`): 自受理申请之日起15个工作日内 /
 * 印发后3个月内 / 收到材料后5日内. The units of the duration and their ISO 8601 letters.
 */
export const DURATION_UNITS: ReadonlyArray<{ word: string; iso: 'H' | 'D' | 'W' | 'M' | 'Y'; workingDays?: boolean }> = [
  // 最迟不超过4个小时 (emergency plans, corpus 018) → PT4H
  { word: '个小时', iso: 'H' },
  { word: '小时', iso: 'H' },
  { word: '个工作日', iso: 'D', workingDays: true },
  { word: '工作日', iso: 'D', workingDays: true },
  { word: '个自然日', iso: 'D' },
  { word: '自然日', iso: 'D' },
  { word: '日', iso: 'D' },
  { word: '天', iso: 'D' },
  { word: '个星期', iso: 'W' },
  { word: '星期', iso: 'W' },
  { word: '周', iso: 'W' },
  { word: '个月', iso: 'M' },
  { word: '年', iso: 'Y' },
];
/** What closes a time limit: 15个工作日内 / 3个月以内 / 30日之内. */
export const WITHIN_ENDS: readonly string[] = ['以内', '之内', '内'];
/** What closes the event a limit counts from: 自受理之日起 / 收到材料后 / 印发之日起. */
export const ANCHOR_ENDS: readonly string[] = ['之日起', '之时起', '之日后', '日起', '之后', '起', '后'];
/**
 * Ends of a term a limit counts back from: 应在合同期满前3个月提出续租申请 (corpus 213) →
 * P3M before 合同期满; 有效期届满前30日内申请延续.
 */
export const EXPIRY_WORDS: readonly string[] = ['期满', '届满', '到期', '期限届满'];
/** The event opens with: 自受理申请之日起 / 从收到之日起. */
export const ANCHOR_OPENERS: readonly string[] = ['自', '从', '于', '在'];
/**
 * A window inside an eligibility condition is not a time limit: 近12个月内未受过处罚 /
 * 最近三年内无违法记录 / 过去一年内.
 */
export const WINDOW_WORDS: readonly string[] = ['最近', '近', '过去', '前'];
/** Anchors that are the document's own dates: 印发之日起3个月内 → signed date + 3 months; 发布 / 公布 → published date. */
export const SIGNED_DATE_ANCHORS: readonly string[] = ['印发', '下发', '签发'];
export const PUBLISHED_DATE_ANCHORS: readonly string[] = ['发布', '公布'];
/** A cap on a period, which is a time limit too: 最长不超过15个工作日 / 不得超过30天 / 最长不得超过3年. */
export const LIMIT_CUES: readonly string[] = ['最长不得超过', '最长不超过', '最长不超出', '不得超过', '不应超过', '不超过', '最长为', '最长'];
/** A validity period: 有效期1年 / 有效期为5年. */
export const VALIDITY_CUES: readonly string[] = ['有效期为', '有效期'];
/** Words after which the event of a time limit ends: 应当自收到投诉之日起 / 并在 / 须于. */
export const ACTOR_WORDS: readonly string[] = ['应当', '必须', '可以', '应', '须', '要', '并', '将', '可'];

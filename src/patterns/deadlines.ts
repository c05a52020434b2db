/** Patterns of deadlines, built from src/lexicon/time-words.ts. */
import {
  AS_OF_WORDS, BY_PERIODS, DAY_SUFFIXES, EVERY_PERIODS, LEAD_CUES, MONTH_PART_SUFFIXES, MONTH_SUFFIXES, MONTH_VERBS, NOT_REGULAR_AFTER,
  NOT_REGULAR_BEFORE, ONGOING_NOTE_WORDS, ONGOING_WORDS, PAST_EVENT_WORDS, PLAN_END_WORDS, PLAN_NAME_WORDS, PLAN_PERIOD_WORDS, RELATIVE_WORDS,
  START_WORDS, SYSTEM_WORDS, TARGET_VERBS, THIS_YEAR_WORDS, TOWARD_WORDS, VALIDITY_WORDS, WITHIN_YEARS_WORDS, YEAR_END_WORDS, YEAR_SUFFIXES,
  ACTOR_WORDS, ANCHOR_ENDS, ANCHOR_OPENERS, DURATION_UNITS, EXPIRY_WORDS, FUTURE_CUES, LIMIT_CUES, VALIDITY_CUES, WINDOW_WORDS, WITHIN_ENDS,
} from '../lexicon/time-words.js';
import { alternation } from '../text/words.js';

const YEAR = '((?:19|20)\\d{2})';
const Y = `${YEAR}\\s?年?`;
const SMALL = '(\\d{1,2}|[一二两三四五六七八九十]{1,2})';
const thisYear = alternation(THIS_YEAR_WORDS);

/** Where a deadline form can start; only these positions are tried. */
export const DEADLINE_CANDIDATE = new RegExp(
  `(?:19|20)\\d{2}|[一二][九〇○零][〇○零一二三四五六七八九]{2}年|第[一二三四五六七八九十]{1,3}个五年|[“"]?十[一二三四五六七八九]五|${thisYear}|${alternation(YEAR_END_WORDS)}|\\d{1,2}\\s?月|(?:十[一二]?|[一二三四五六七八九])月(?=底|末|前|份|中旬|上旬|下旬)|每[年季半月周旬个两三四五六\\d]|按[季年月半]|定期|${alternation(RELATIVE_WORDS)}|利用|(?:用|通过)(?=[\\d一二两三四五六七八九十])`,
  'g',
);

/** 截至2016年底 / 比2012年 / 自…起 / 已于2017年: words before a date that make it no deadline. */
export const AS_OF_BEFORE = new RegExp(`${alternation(AS_OF_WORDS)}\\s?$`);
export const START_BEFORE = new RegExp(`${alternation(START_WORDS)}$`);
export const PAST_EVENT_BEFORE = new RegExp(`${alternation(PAST_EVENT_WORDS)}(?:于|在)?\\s?$`);

/** 到2020年 / 于2017年 / 截止到2025年: a date after these is a due date. */
/** (关于2024年… / 对于 / 由于 / 高于 / 相当于1949年的4.2倍 (corpus 194): 于 in a word is no cue.) */
export const TOWARD_BEFORE = new RegExp(`(?<![关对由基鉴属等高低大小至当多少])${alternation(TOWARD_WORDS)}\\s?$`);
/** The cue kept with the phrase: 到2020年 / 力争“十四五”末. */
export const LEAD_CUE = new RegExp(`${alternation(LEAD_CUES)}$`);

/** 2022年3月1日至3月31日 / 2022年3月1日起至2022年6月30日止. */
export const DATE_RANGE = /^((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?(?:起\s?)?[至到\-—–~～]\s?(?:((?:19|20)\d{2})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:止)?/;
/** 自2012年2月1日至2017年1月31日施行: a rule's validity. */
export const VALIDITY_AFTER = new RegExp(`^\\s?${alternation(VALIDITY_WORDS)}`);

/** “十三五”期间 / “十四五”末; group 1 the middle numeral, group 2 the word after. */
export const PLAN_PERIOD = new RegExp(`^[“"]?十([一二三四五六七八九])五[”"]?(${alternation([...PLAN_PERIOD_WORDS, ...PLAN_END_WORDS, '初期', '以来'])})?`);
export const PLAN_END_WORD = new RegExp(`^${alternation(PLAN_END_WORDS)}$`);

/** 2022年-2025年 / 2021—2023年. */
/** 第一个五年计划期间 / 第十个五年计划末: the plans named in words. */
export const NTH_PLAN = /^第([一二三四五六七八九十]{1,3})个五年(?:计划|规划)(期间|时期|末|期末)?/;
/** …以前实施的犯罪行为 / …以前发生的: a date that bounds what the text is about, not work due by it. */
export const SCOPE_AFTER = /^\s?(?:[\u4e00-\u9fff]{0,4}的(?!时间|日期|期限))/;
/** Work to finish by a date: …以前完成 / 以前报送 / 之前提交 (not 以前犯罪 / 以前出生). */
export const WORK_AFTER = /^[^，。；]{0,8}?(?:完成|报送|报|提交|上报|印发|出台|建成|实现|达到|办理|申请|反馈|到位|落实|整改|制定|启动|上线|投入使用|交付|备案|公布|发布)/;
export const YEAR_RANGE = new RegExp(`^${Y}\\s{0,3}[-—–~～至到]\\s{0,3}${Y}(?:底|末)?`);
/** 行动计划（2021-2023年）: the period in a plan's name. */
export const PLAN_NAME_BEFORE = new RegExp(`${alternation(PLAN_NAME_WORDS)}\\s?[（(]$`);

/** 于2017年11月14日前 / 2017年11月14日以前. */
export const FULL_DATE_DUE = new RegExp(`^${YEAR}\\s?年\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日\\s?${alternation(DAY_SUFFIXES)}`);
/** 2019年12月底前 / 2020年4月底 / 2022年6月前. */
export const YEAR_MONTH_DUE = new RegExp(`^${YEAR}\\s?年\\s?(\\d{1,2})\\s?月\\s?(${alternation(MONTH_SUFFIXES)})(?!\\d)`);
/** 2022年上半年 / 2022年第一季度. */
export const HALF_QUARTER = /^((?:19|20)\d{2})\s?年\s?(?:(上半年|下半年)|第?([一二三四1-4])季度)(?:前|末|底)?/;
/** 到2020年 / 2020年底前 / 2020年前 / 2023年底; group 2 the suffix. */
/** A year in Chinese numerals, digit by digit: 一九五八年 / 二〇二五年 (old reports; Traditional mirrors). */
const CN_YEAR = '([一二][九〇○零][〇○零一二三四五六七八九]{2})';
export const YEAR_DUE = new RegExp(`^(?:${YEAR}|${CN_YEAR})\\s?年\\s?(${alternation(YEAR_SUFFIXES)})?`);
/** 于2022年4月15日起施行: a start, not a due date. */
export const DATE_START = /^\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?\s?起/;
/** After a bare year: 2020年起 / 2019年以来 / 2020年度 / 2020年全省…: no time limit. */
/** After a bare year: 2020年起 / 2019年以来 / 2020年度 / 2021年是…开局之年: no time limit. */
export const AFTER_BARE_YEAR = /^(?:\d|度|[第全省市县区国起是]|开始|以来|以后)/;
/** A year opening a clause of targets: 2022年实现村级综合服务设施全覆盖. */
export const TARGET_CLAUSE_AFTER = new RegExp(`^[，,]?[^，。；;]{0,30}?${alternation(TARGET_VERBS)}`);
export const CLAUSE_OPENING_BEFORE = /[，,。；;：:\s]$/;
/**
 * The rest of a sentence that reports or forecasts (2021年，农作物耕种收综合机械化率超过72%，…大幅提高了
 * 农业生产效率 / 1997年，我国大陆发生7级以上地震的可能性较大): no due year.
 */
export const PAST_SENTENCE = /^[^。；;]{0,200}?(?:已|了|累计|同比|比上年|较上年|以来|截至|可能)/;

/** A future cue right before a time (将在一九五八年 / 预计在本年内): group-less test on the words before. */
export const FUTURE_BEFORE = new RegExp(`(?:${alternation(FUTURE_CUES)})(?:在|于)?\\s?$`);
/** A future cue in the clause after a time (宝鸡成都线今年可以由成都铺轨): up to 12 characters on. */
export const FUTURE_AFTER = new RegExp(`^[^，,。；;！？]{0,12}?(?:${alternation(FUTURE_CUES)})`);
/**
 * A figure in the clause after a time: 在一九五四年将由一九四九年的百分之二十八点八上升为… is a
 * forecast statistic of a report, not planned work (corpus 194).
 */
export const FIGURE_AFTER = /^[^，,。；;！？]{0,24}?(?:百分之|\d\s?[%％]|\d\s?倍|[一二两三四五六七八九十]倍)/;

/** 4月28日前 (this year). */
export const DAY_THIS_YEAR = new RegExp(`^${thisYear}?\\s?(\\d{1,2})\\s?月\\s?(\\d{1,2})\\s?日?\\s?(?:前|以前|之前|止)`);
/** 5月底前 / 当年10月底前 / 10月中旬前 / 5月份 / 6月完成 (this year). */
export const MONTH_THIS_YEAR = new RegExp(
  `^${thisYear}?\\s?(\\d{1,2}|十[一二]?|[一二三四五六七八九])\\s?月\\s?(${alternation([...MONTH_SUFFIXES, ...MONTH_PART_SUFFIXES])}|份(?=[^\\d])|(?=${alternation(MONTH_VERBS)}))`,
);
/** 到年末 / 年底前 / 当年年底 / 今年年内. */
/** 9月16日—23日 / 3月1日至15日 (this year): a range of days; group 1 month, 2 first day, 3 last day. */
export const DAYS_THIS_YEAR = /^(\d{1,2})\s?月\s?(\d{1,2})\s?日?\s?[—–\-~～至到]\s?(\d{1,2})\s?日/;
/**
 * 今年要… / 今年的粮食生产要… / 今年，中央财政继续… / 今年的农业和农村工作，要… (corpus 196): the year a
 * report plans for.
 */
export const THIS_YEAR_PLAN = new RegExp(`^(?:今年|本年度|本年)(?:[，,]|的[^，。；]{0,12}?[，,]?)?(?=[^，。；]{0,10}?(?:要|将|继续|力争|计划|拟|确保|争取|重点|必须|进一步|可以|可))`);
/** 力争今年… / 确保本年度…: the cue came before the year, so the year alone is enough. */
export const THIS_YEAR_AFTER_CUE = /^(?:今年|本年度|本年)(?!以来|上半年|下半年)/;
/** After a date range: 2018年12月30日至2019年1月1日放假调休: a holiday, not a period of work. */
export const HOLIDAY_AFTER = /^\s?(?:放假|调休|休息|公休|共\s?\d{1,2}\s?天)/;
export const YEAR_END_THIS_YEAR = new RegExp(`^(?:${thisYear}?${alternation(YEAR_END_WORDS)}|${thisYear}内)(?:前)?`);
export const THIS_YEAR_OPENING = new RegExp(`^${thisYear}`);

/** 再过5到10年. */
export const RELATIVE_YEARS = new RegExp(`^${alternation(RELATIVE_WORDS)}\\s?${SMALL}\\s?(?:[到至\\-—–]\\s?${SMALL})?\\s?年`);
/** 利用2-3年时间 / 用三年左右时间. */
export const WITHIN_YEARS = new RegExp(`^${alternation(WITHIN_YEARS_WORDS)}\\s?${SMALL}\\s?(?:[到至\\-—–~～〜]\\s?${SMALL})?\\s?年(?:左右)?(?:的)?时间`);

/** 每年 / 每季度 / 每个季度 / 每半年 / 每两年 / 每3个月 / 按季度. */
export const EVERY = new RegExp(
  `^(?:每(?:${alternation(EVERY_PERIODS)}|[两三四五]年|\\d{1,2}年|[两三四五六]个月|\\d{1,2}个月)|按${alternation(BY_PERIODS)})`,
);
/** After 每年 / 每月: an amount (每月1309元), a cap (每年最高补贴5万元); not a time (每年2月底前) nor a count of times (每季度一次). */
// 总体近视率每年降低不少于1个百分点 / 每年提高一个百分点 (corpus 028, 197): a rate of change too.
export const RATE_AFTER = /^\s?(?:(?:降低|提高|增长|增加|减少|下降|递增|递减)(?:不少于|不低于|至少|超过)?)?(?:(?:分别为|为|是|约|按)?\s?(?:\d{1,9}(?:\.\d{1,4})?|[一二两三四五六七八九十百千万]{1,6})\s?(?![\d.一二两三四五六七八九十百千万月日号季周天次年]|个月)|最高|最多|不超过|不高于|上限)/;
export const NOT_REGULAR_BEFORE_RE = new RegExp(`[${NOT_REGULAR_BEFORE.join('')}]$`);
export const NOT_REGULAR_AFTER_RE = new RegExp(`^定期${alternation(NOT_REGULAR_AFTER)}`);
export const SYSTEM_END = new RegExp(`${alternation(SYSTEM_WORDS)}$`);
export const REGULAR_SYSTEM = new RegExp(`^定期[\\u4e00-\\u9fff]{0,4}${alternation(SYSTEM_WORDS)}`);
export const CLAUSE_TEXT = /^[^，,；;。！？!?：:\n]*/;

/** A 完成时限 cell of ongoing work: 持续推进 / 长期坚持 / 常态化. */
export const ONGOING_CELL = new RegExp(`^${alternation(ONGOING_WORDS)}$`);
export const RECURRING_CELL = /^(?:每年|每季度|每个季度|每月|每半年|定期)/;
export const YEAR_CELL = /^((?:19|20)\d{2})年?(?:底|末|前|底前|内)?(?:完成)?$/;
export const YEAR_RANGE_CELL = /^((?:19|20)\d{2})年?[-—–~～至到]((?:19|20)\d{2})年?/;
/** （持续推进） / （长期坚持） in running text, maybe after a clause ending in 并. */
const notes = alternation(ONGOING_NOTE_WORDS);
export const ONGOING_NOTE = new RegExp(`[（(]((?:[^（）()，,]{0,20}并)?${notes})[，,）)]`, 'g');
export const ONGOING_NOTE_WORD = new RegExp(notes);

/** A whole 完成时限 cell (a flattened table's anchor): a year, month or range, ongoing or recurring work. */
export const DEADLINE_CELL = new RegExp(
  `^(?:(?:19|20)\\d{2}年?(?:\\d{1,2}月)?(?:上半年|下半年|年?底|末|前|以前|内)?(?:[-—–~～至到](?:(?:19|20)\\d{2}年?)?(?:\\d{1,2}月)?(?:底|末)?)?(?:前|底前|以前)?(?:完成)?|${alternation(ONGOING_WORDS)}|每年|每季度|每个季度|每月|每半年|定期|(?:19|20)\\d{2}年(?:起|开始)|.{0,8}(?:年底|月底|季度)前(?:完成)?)$`,
);

export const DEADLINE_PATTERNS: Readonly<Record<string, RegExp>> = {
  DEADLINE_CANDIDATE, AS_OF_BEFORE, START_BEFORE, PAST_EVENT_BEFORE, TOWARD_BEFORE, LEAD_CUE, DATE_RANGE, VALIDITY_AFTER, PLAN_PERIOD, PLAN_END_WORD,
  YEAR_RANGE, NTH_PLAN, WORK_AFTER, PLAN_NAME_BEFORE, FULL_DATE_DUE, YEAR_MONTH_DUE, YEAR_DUE, TARGET_CLAUSE_AFTER, PAST_SENTENCE, DAY_THIS_YEAR, MONTH_THIS_YEAR, YEAR_END_THIS_YEAR,
  THIS_YEAR_OPENING, THIS_YEAR_PLAN, THIS_YEAR_AFTER_CUE, FUTURE_BEFORE, FUTURE_AFTER, FIGURE_AFTER, RELATIVE_YEARS, WITHIN_YEARS, EVERY, NOT_REGULAR_BEFORE_RE, NOT_REGULAR_AFTER_RE, SYSTEM_END, REGULAR_SYSTEM, ONGOING_CELL, ONGOING_NOTE, ONGOING_NOTE_WORD, DEADLINE_CELL,
};

// ---- time limits counted from an event (SPEC kind `within`)
// 半年内申领 (corpus 213): 半 is a number of its own for 年 and 个月.
const DURATION_NUMBER = '(\\d{1,4}|[一二两三四五六七八九十百]{1,4}|半)';
const durationUnits = alternation(DURATION_UNITS.map((u) => u.word));
/** 15个工作日内 / 三个月以内 / 30日之内: group 1 the number, group 2 the unit. */
export const DURATION_WITHIN = new RegExp(`${DURATION_NUMBER}\\s?(${durationUnits})\\s?${alternation(WITHIN_ENDS)}`, 'g');
/** 合同期满前3个月 / 届满前30日内: group 1 the end of the term, 2 the number, 3 the unit. */
export const DURATION_BEFORE_EXPIRY = new RegExp(`(${alternation(EXPIRY_WORDS)})前\\s?${DURATION_NUMBER}\\s?(${durationUnits})(?:${alternation(WITHIN_ENDS)})?`, 'g');
/**
 * 最长不超过15个工作日 / 不得超过30天: group 1 the cue, 2 the number, 3 the unit (not 以上; not
 * 年龄不超过35周岁, an age, whose 周 is no week).
 */
export const DURATION_LIMIT = new RegExp(`(${alternation(LIMIT_CUES)})\\s?${DURATION_NUMBER}\\s?(${durationUnits})(?!以上|以下|岁)`, 'g');
/** 有效期1年 / 有效期为5年. */
export const DURATION_VALIDITY = new RegExp(`(${alternation(VALIDITY_CUES)})\\s?${DURATION_NUMBER}\\s?(${durationUnits})`, 'g');
/** 近12个月内 / 最近三年内 / 过去一年内: the window of a condition, right before the number. */
export const WINDOW_BEFORE = new RegExp(`${alternation(WINDOW_WORDS)}$`);
/** The end of the event a limit counts from: 之日起 / 之日后 / 后 / 的 (…审核意见及相关材料的3个工作日内). */
export const ANCHOR_END = new RegExp(`(?:${alternation(ANCHOR_ENDS)}|的)\\s?$`);
export const ANCHOR_OPENER = new RegExp(alternation(ANCHOR_OPENERS), 'g');
export const ACTOR_WORD = new RegExp(alternation(ACTOR_WORDS), 'g');
/** 自2025年6月1日起施行 / 自印发之日起施行: the date a rule takes effect, in the same sentence as its validity. */
export const EFFECTIVE_FROM = /自\s?(?:(\d{4})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日|(印发|发布|公布)之日)\s?起\s?(?:施行|执行|实施|生效)/;

/** 3年内不得再次申请 / 五年内免征 / 5年内关税减让: what follows a period that is a ban or an exemption. */
export const BAN_AFTER = /^\s?(?:不得|不准|不予|禁止|免征|免收|免予|免除|减半|减按|减免|关税|暂停)/;

export const WITHIN_PATTERNS: Readonly<Record<string, RegExp>> = {
  DURATION_WITHIN, DURATION_BEFORE_EXPIRY, DURATION_LIMIT, DURATION_VALIDITY, WINDOW_BEFORE, ANCHOR_END, ANCHOR_OPENER, ACTOR_WORD,
};

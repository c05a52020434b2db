/**
 * Deadline rules (chrono's parsers are the model): each a small object with an id, the phrase
 * that motivated it, and a `match` tried at a candidate position. They are tried in order and
 * the first that matches wins; the patterns are built from src/lexicon/time-words.ts.
 */
import { HALF_YEAR_END, QUARTER_END } from '../../lexicon/time-words.js';
import * as P from '../../patterns/deadlines.js';
import { isoDate, lastDayOfMonth } from '../../text/dates.js';
import { parseChineseInt } from '../../text/numerals.js';
import { nthPlanPeriod, planPeriod, type TimeContext } from '../time.js';

export type DeadlineKind = 'by' | 'range' | 'ongoing' | 'recurring' | 'within';

export interface DeadlineMatch {
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  /** Characters of the phrase from the candidate position. */
  length: number;
  rule: string;
  /** Recurring expressions take the rest of their clause: 每年由县（市、区）组织综合考核. */
  toClauseEnd?: boolean;
  /** A recognised time expression that is no deadline, with the reason: consumed, not emitted. */
  silent?: string;
  duration?: string;
  workingDays?: boolean;
  anchor?: string | null;
}

export interface DeadlineContext extends TimeContext {
  /** The year of the last dated deadline, for relative forms (再过5到10年). */
  baseYear: number | null;
}

export interface DeadlineRule {
  id: string;
  /** The phrase that motivated the rule. */
  example: string;
  match(s: string, ctx: DeadlineContext, before: string): DeadlineMatch | null;
}

const by = (end: string | null, length: number, rule: string): DeadlineMatch | null => (end ? { kind: 'by', start: null, end, length, rule } : null);
const smallNumber = (s: string): number | null => (/\d/.test(s) ? Number(s) : parseChineseInt(s));

/** 2022年3月1日至3月31日 / 自…起至…止; tried before the guards because it may open with 自/从. */
export const DATE_RANGE_RULE: DeadlineRule = {
  id: 'deadline/date-range',
  example: '自2022年3月1日至3月31日开展自查',
  match(s) {
    const m = P.DATE_RANGE.exec(s);
    if (!m) return null;
    const y1 = Number(m[1]);
    const start = isoDate(y1, Number(m[2]), Number(m[3]));
    const end = isoDate(m[4] ? Number(m[4]) : y1, Number(m[5]), Number(m[6]));
    if (!start || !end || end < start) return null;
    // 本办法自2012年2月1日至2017年1月31日施行: a rule's validity, not a period of work.
    const after = s.slice(m[0].length);
    // …至2017年1月31日施行: a rule's validity; …至2019年1月1日放假调休: a holiday.
    const validity = P.VALIDITY_AFTER.test(after) ? 'the validity period of a rule' : P.HOLIDAY_AFTER.test(after) ? 'a holiday, not a period of work' : undefined;
    return { kind: 'range', start, end, length: m[0].length, rule: this.id, ...(validity ? { silent: validity } : {}) };
  },
};

const PLAN_RULES: DeadlineRule[] = [
  {
    id: 'deadline/plan-end',
    example: '力争“十四五”末每万城镇常住人口拥有社区工作者18人',
    match(s) {
      const m = P.PLAN_PERIOD.exec(s);
      const p = m?.[2] && P.PLAN_END_WORD.test(m[2]) ? planPeriod(`十${m[1]}`) : null;
      return p ? by(`${p.last}-12-31`, m![0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/plan-period',
    example: '明确“十三五”时期全省城乡社区服务体系建设的指导思想',
    match(s) {
      const m = P.PLAN_PERIOD.exec(s);
      if (!m?.[2] || m[2] === '以来' || P.PLAN_END_WORD.test(m[2])) return null;
      const p = planPeriod(`十${m[1]}`);
      return p ? { kind: 'range', start: `${p.first}-01-01`, end: `${p.last}-12-31`, length: m[0].length, rule: this.id } : null;
    },
  },
  {
    // 第一个五年计划期间 (1953–1957) / 第十个五年计划末 (2005).
    id: 'deadline/nth-plan',
    example: '我国在第一个五年计划期间新建和改建的重大工业建设项目约有六百个',
    match(s) {
      const m = P.NTH_PLAN.exec(s);
      const p = m?.[2] ? nthPlanPeriod(parseChineseInt(m[1]!)) : null;
      if (!p) return null;
      if (m![2] === '末' || m![2] === '期末') return by(`${p.last}-12-31`, m![0].length, this.id);
      return { kind: 'range', start: `${p.first}-01-01`, end: `${p.last}-12-31`, length: m![0].length, rule: this.id };
    },
  },
  {
    id: 'deadline/year-range',
    example: '2022年-2025年开展试点',
    match(s, _ctx, before) {
      const m = P.YEAR_RANGE.exec(s);
      // 行动计划（2021-2023年）: the period in a plan's name, not a time limit of its own.
      if (!m || P.PLAN_NAME_BEFORE.test(before)) return null;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b < a || b - a > 30) return null;
      return { kind: 'range', start: `${a}-01-01`, end: `${b}-12-31`, length: m[0].length, rule: this.id };
    },
  },
];

const DATE_RULES: DeadlineRule[] = [
  {
    id: 'deadline/date',
    example: '请于2017年11月14日前以电子邮件方式反馈',
    match(s) {
      const m = P.FULL_DATE_DUE.exec(s);
      return m ? by(isoDate(Number(m[1]), Number(m[2]), Number(m[3])), m[0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/month',
    example: '2019年12月底前完成整合工作',
    match(s) {
      const m = P.YEAR_MONTH_DUE.exec(s);
      const mo = m ? Number(m[2]) : 0;
      return m && mo >= 1 && mo <= 12 ? by(lastDayOfMonth(Number(m[1]), mo), m[0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/half',
    example: '2022年上半年完成试点',
    match(s) {
      const m = P.HALF_QUARTER.exec(s);
      return m?.[2] ? by(`${m[1]}-${HALF_YEAR_END[m[2]]}`, m[0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/quarter',
    example: '2022年第一季度启动',
    match(s) {
      const m = P.HALF_QUARTER.exec(s);
      const q = m?.[3] ? smallNumber(m[3]) : null;
      return q ? by(`${m![1]}-${QUARTER_END[q]}`, m![0].length, this.id) : null;
    },
  },
];

/** The year forms share one reading: 2020年, its suffix, and whether a cue (到/于/在) precedes it. */
function readYear(s: string, before: string): { year: number; suffix: string | undefined; length: number; toward: boolean } | null {
  const m = P.YEAR_DUE.exec(s);
  // 于2022年4月15日起施行: when a rule takes effect, not a time limit.
  if (!m || P.DATE_START.test(s)) return null;
  const year = m[1] ? Number(m[1]) : parseChineseInt(m[2]!);
  return year === null ? null : { year, suffix: m[3], length: m[0].length, toward: P.TOWARD_BEFORE.test(before) };
}

const YEAR_RULES: DeadlineRule[] = [
  {
    id: 'deadline/by-year',
    example: '到2020年，城乡社区治理体系不断完善',
    match(s, _ctx, before) {
      const y = readYear(s, before);
      // 在1997年10月1日以后的缓刑考验期间 (corpus 172): the year of a full date the date rules did not take
      // (a start or a scope), not a year the work is due by.
      if (y?.toward && /^\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?\s?(?:以后|之后|后|起|以来)/.test(s.slice(y.length))) return null;
      return y?.toward ? by(`${y.year}-12-31`, y.length, this.id) : null;
    },
  },
  {
    id: 'deadline/year-end',
    example: '2023年底实现全覆盖',
    match(s, _ctx, before) {
      const y = readYear(s, before);
      // 2023年年底 without a cue reads as a date of the past (…2023年年底召开); 2023年底前 is due.
      if (!y || y.toward || !y.suffix || y.suffix === '年底' || y.suffix === '年末') return null;
      return by(`${y.year}-12-31`, y.length, this.id);
    },
  },
  {
    id: 'deadline/year-target',
    example: '2022年实现村级综合服务设施全覆盖',
    match(s, ctx, before) {
      const y = readYear(s, before);
      if (!y || y.toward || y.suffix) return null;
      // A year opening a clause of targets; 2020年起 / 从2019年开始 mark a start.
      const opensClause = before === '' || P.CLAUSE_OPENING_BEFORE.test(before);
      const rest = s.slice(y.length);
      if (!opensClause || (ctx.docYear !== null && y.year < ctx.docYear) || P.AFTER_BARE_YEAR.test(rest)) return null;
      if (P.TARGET_CLAUSE_AFTER.test(rest)) return by(`${y.year}-12-31`, y.length, this.id);
      // 2024年，围绕“人工智能赋能高等教育教学改革”主题，…立项打造10个左右本科专业 (corpus 077, 086) /
      // 2020年，制定…；2021年，启动… (060): a clause opened by its year sets that year's work, unless it
      // tells what was done (…取得了 / 同比).
      // (index.ts reads the whole sentence for what was done: the window here is too short.)
      return /^\s?[，,]/.test(rest) ? by(`${y.year}-12-31`, y.length, 'deadline/year-opening') : null;
    },
  },
];

const noDigitBefore = (before: string): boolean => !/\d$/.test(before);

const THIS_YEAR_RULES: DeadlineRule[] = [
  {
    id: 'deadline/days-this-year',
    example: '于9月16日—23日举办全省高校人工智能教学案例展示活动',
    match(s, ctx, before) {
      // Only with a cue (于9月16日—23日举办): a bare 4月13日至15日 is the date of a visit or a meeting.
      const m = ctx.docYear !== null && P.TOWARD_BEFORE.test(before) ? P.DAYS_THIS_YEAR.exec(s) : null;
      if (m && P.HOLIDAY_AFTER.test(s.slice(m[0].length))) return null;
      const start = m ? isoDate(ctx.docYear!, Number(m[1]), Number(m[2])) : null;
      const end = m ? isoDate(ctx.docYear!, Number(m[1]), Number(m[3])) : null;
      return start && end && end >= start ? { kind: 'range', start, end, length: m![0].length, rule: this.id } : null;
    },
  },
  {
    // A report plans for its own year: 今年要以交通和车辆收费改革为突破口 / 力争今年农村贫困人口再减少1000万以上.
    id: 'deadline/this-year-plan',
    example: '今年要以交通和车辆收费改革为突破口',
    match(s, ctx, before) {
      if (ctx.docYear === null) return null;
      const cued = /(?:力争|确保|争取)$/.test(before);
      if (!(cued || before === '' || P.CLAUSE_OPENING_BEFORE.test(before))) return null;
      const m = cued ? P.THIS_YEAR_AFTER_CUE.exec(s) : P.THIS_YEAR_PLAN.exec(s);
      return m ? by(`${ctx.docYear}-12-31`, s.startsWith('本年度') ? 3 : 2, this.id) : null;
    },
  },
  {
    id: 'deadline/day-this-year',
    example: '请于4月28日前报送',
    match(s, ctx, before) {
      const m = ctx.docYear !== null && noDigitBefore(before) ? P.DAY_THIS_YEAR.exec(s) : null;
      return m ? by(isoDate(ctx.docYear!, Number(m[1]), Number(m[2])), m[0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/month-this-year',
    example: '请于当年10月底前报市民政局',
    match(s, ctx, before) {
      const m = ctx.docYear !== null && noDigitBefore(before) ? P.MONTH_THIS_YEAR.exec(s) : null;
      // 六月底前 (1981, corpus 127) as 6月底前.
      const mo = m ? (smallNumber(m[1]!) ?? 0) : 0;
      return m && mo >= 1 && mo <= 12 ? by(lastDayOfMonth(ctx.docYear!, mo), m[0].length, this.id) : null;
    },
  },
  {
    id: 'deadline/this-year-end',
    example: '到年末实现全省城市社区建设达标率达到92%',
    match(s, ctx, before) {
      if (ctx.docYear === null || /[\d年]$/.test(before)) return null;
      const m = P.YEAR_END_THIS_YEAR.exec(s);
      if (!m || !(P.TOWARD_BEFORE.test(before) || m[0].endsWith('前') || P.THIS_YEAR_OPENING.test(m[0]))) return null;
      return by(`${ctx.docYear}-12-31`, m[0].length, this.id);
    },
  },
];

const PERIOD_RULES: DeadlineRule[] = [
  {
    id: 'deadline/relative',
    example: '到2020年……再过5到10年，城乡社区治理体制更加成熟定型',
    match(s, ctx) {
      const m = P.RELATIVE_YEARS.exec(s);
      const span = m && ctx.baseYear !== null ? smallNumber(m[2] ?? m[1]!) : null;
      return span !== null ? by(`${ctx.baseYear! + span}-12-31`, m![0].length, this.id) : null;
    },
  },
  {
    // A period of work counted from the document itself: a time limit (SPEC `within`) with no
    // stated anchor, so no end date (GUIDE: 通过1～2年时间 → within P2Y, either figure of a range).
    id: 'deadline/within-years',
    example: '通过1～2年时间，城市公共交通服务品质明显提升',
    match(s) {
      const m = P.WITHIN_YEARS.exec(s);
      const span = m ? smallNumber(m[2] ?? m[1]!) : null;
      if (span === null || span < 1 || span > 50) return null;
      return { kind: 'within', start: null, end: null, duration: `P${span}Y`, workingDays: false, anchor: null, length: m![0].length, rule: this.id };
    },
  },
  {
    id: 'deadline/every',
    example: '原则上每年由县（市、区）组织综合考核',
    match(s) {
      const m = P.EVERY.exec(s);
      if (!m) return null;
      // 每月1309元 / 每年最高补贴5万元: a rate or a cap per period, not work that recurs (每季度一次 does).
      const rate = P.RATE_AFTER.test(s.slice(m[0].length)) ? 'a rate or a cap per period, not a recurring time' : undefined;
      return { kind: 'recurring', start: null, end: null, length: m[0].length, rule: this.id, toClauseEnd: true, ...(rate ? { silent: rate } : {}) };
    },
  },
  {
    // 定期研究 (not 不定期, 固定期限, 定期存款, nor 定期述职制度: a system, not a recurrence of work).
    id: 'deadline/regularly',
    example: '定期研究基层治理工作',
    match(s, _ctx, before) {
      if (!s.startsWith('定期') || P.NOT_REGULAR_BEFORE_RE.test(before) || P.NOT_REGULAR_AFTER_RE.test(s)) return null;
      if (P.SYSTEM_END.test(P.CLAUSE_TEXT.exec(s)![0]) || P.REGULAR_SYSTEM.test(s)) return null;
      return { kind: 'recurring', start: null, end: null, length: 2, rule: this.id, toClauseEnd: true };
    },
  },
];

/** The rules in the order they are tried (the first match wins). */
export const DEADLINE_RULES: readonly DeadlineRule[] = [...PLAN_RULES, ...DATE_RULES, ...YEAR_RULES, ...THIS_YEAR_RULES, ...PERIOD_RULES];

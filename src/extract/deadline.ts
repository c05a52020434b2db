/**
 * Deadlines: when work is due or over which period it runs, normalised to a
 * kind and ISO dates. One small parser per form (chrono's design), tried in
 * order at each position; the first that matches wins.
 *
 *   到2020年 / 2020年前 / 2020年底前  → by 2020-12-31
 *   于2017年11月14日前               → by 2017-11-14
 *   2019年12月底前 / 当年10月底前     → by the month's last day
 *   2022年上半年 / 第一季度           → by 06-30 / 03-31
 *   2022年-2025年                     → range 2022-01-01 … 2025-12-31
 *   “十三五”期间 / “十四五”末         → range / by the plan's end
 *   持续推进 / 长期坚持 (a time-limit cell) → ongoing
 *   每年 / 每季度 / 定期               → recurring
 *
 * Not deadlines: 截至… as-of dates, 比2012年底 baselines, dates inside 《titles》
 * and 文号, publication and signature dates (never scanned), 持续推进 as a verb.
 */
import type { Span } from '../types.js';
import { cleanText, compactKey } from '../normalize/clean.js';
import { parseChineseInt } from '../normalize/numerals.js';
import { lastDayOfMonth, planPeriod, type TimeContext } from './time.js';

export interface DeadlineDraft {
  kind: 'by' | 'range' | 'ongoing' | 'recurring';
  start: string | null;
  end: string | null;
  text: string;
  span: Span;
  rule: string;
}

interface Match {
  kind: DeadlineDraft['kind'];
  start: string | null;
  end: string | null;
  length: number;
  rule: string;
  /** For recurring expressions: extend the text to the end of the clause. */
  toClauseEnd?: boolean;
  /** A recognised time expression that is not a deadline (自…至…施行, a validity period): consumed, not emitted. */
  silent?: boolean;
}

type Parser = (s: string, ctx: TimeContext & { baseYear?: number | null }, before: string) => Match | null;

const Y = '((?:19|20)\\d{2})\\s?年?';
export const YEAR_RANGE = new RegExp(`^${Y}\\s{0,3}[-—–~～至到]\\s{0,3}${Y}(?:底|末)?`);
const QUARTER_END: Readonly<Record<number, string>> = { 1: '03-31', 2: '06-30', 3: '09-30', 4: '12-31' };

const ymd = (y: number, m: number, d: number): string => `${y}-${String(m).padStart(2, '0')}-${String(d).padStart(2, '0')}`;

/** 截至2016年底 / 截止… / 比2012年 / 自…起: not deadlines. */
function excludedBefore(before: string): boolean {
  return /(?:截至|截止|比|较|同比|自|从|于\d{4}年\d{1,2}月\d{1,2}日)$/.test(before) || /(?:截至|截止)(?:到)?\s?$/.test(before) || PAST_EVENT.test(before);
}

/** 国务院办公厅已于2017年印发通知: the date of a past event. */
const PAST_EVENT = /(?:已|曾|先后|业已)(?:于|在)?\s?$/;

const DATE_RANGE = /^((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?(?:起\s?)?[至到\-—–~～]\s?(?:((?:19|20)\d{2})\s?年\s?)?(\d{1,2})\s?月\s?(\d{1,2})\s?日(?:止)?/;

/**
 * 2022年3月1日至3月31日 / 2022年3月1日起至2022年6月30日止 → range; tried before the other
 * forms because it may open with 自/从. 本办法自2012年2月1日至2017年1月31日施行: a rule's
 * validity, not a period of work.
 */
function dateRangeAt(s: string): Match | null {
  const m = DATE_RANGE.exec(s);
  if (!m) return null;
  const y1 = Number(m[1]);
  const y2 = m[4] ? Number(m[4]) : y1;
  const [mo1, d1, mo2, d2] = [Number(m[2]), Number(m[3]), Number(m[5]), Number(m[6])];
  if ([mo1, mo2].some((mo) => mo < 1 || mo > 12) || [d1, d2].some((d) => d < 1 || d > 31)) return null;
  const start = ymd(y1, mo1, d1);
  const end = ymd(y2, mo2, d2);
  if (end < start) return null;
  const validity = /^\s?(?:施行|实施|执行|有效)/.test(s.slice(m[0].length));
  return { kind: 'range', start, end, length: m[0].length, rule: 'deadline/date-range', silent: validity };
}

const PARSERS: ReadonlyArray<[string, Parser]> = [
  // “十三五”期间 / “十四五”时期 → range; “十四五”末 → by its last year
  [
    'deadline/plan-period',
    (s) => {
      const m = /^[“"]?十([一二三四五六七八九])五[”"]?(期间|时期|末|期末|初期|以来)?/.exec(s);
      if (!m || !m[2] || m[2] === '以来') return null;
      const p = planPeriod(`十${m[1]}`);
      if (!p) return null;
      if (m[2] === '末' || m[2] === '期末') return { kind: 'by', start: null, end: `${p.last}-12-31`, length: m[0].length, rule: 'deadline/plan-end' };
      return { kind: 'range', start: `${p.first}-01-01`, end: `${p.last}-12-31`, length: m[0].length, rule: 'deadline/plan-period' };
    },
  ],
  // 2022年-2025年 / 2021—2023年 / 2022年 -2025年 (a cell broken over lines)
  [
    'deadline/year-range',
    (s, _ctx, before) => {
      const m = YEAR_RANGE.exec(s);
      if (!m) return null;
      // 行动计划（2021-2023年）: the period in a plan's name, not a time limit of its own.
      if (/(?:规划|计划|方案|纲要|行动|工程|意见|要点)\s?[（(]$/.test(before)) return null;
      const a = Number(m[1]);
      const b = Number(m[2]);
      if (b < a || b - a > 30) return null;
      return { kind: 'range', start: `${a}-01-01`, end: `${b}-12-31`, length: m[0].length, rule: 'deadline/year-range' };
    },
  ],
  // 于2017年11月14日前 / 2017年11月14日以前
  [
    'deadline/date',
    (s) => {
      const m = /^((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日\s?(?:前|以前|之前|止|为限)/.exec(s);
      if (!m) return null;
      const mo = Number(m[2]);
      const d = Number(m[3]);
      if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
      return { kind: 'by', start: null, end: ymd(Number(m[1]), mo, d), length: m[0].length, rule: 'deadline/date' };
    },
  ],
  // 2019年12月底前 / 2020年4月底 / 2022年6月前
  [
    'deadline/month',
    (s) => {
      const m = /^((?:19|20)\d{2})\s?年\s?(\d{1,2})\s?月\s?(底前|底|末|前|以前|之前)(?!\d)/.exec(s);
      if (!m) return null;
      const mo = Number(m[2]);
      if (mo < 1 || mo > 12) return null;
      return { kind: 'by', start: null, end: lastDayOfMonth(Number(m[1]), mo), length: m[0].length, rule: 'deadline/month' };
    },
  ],
  // 2022年上半年 / 2022年第一季度
  [
    'deadline/half-quarter',
    (s) => {
      const m = /^((?:19|20)\d{2})\s?年\s?(?:(上半年|下半年)|第?([一二三四1-4])季度)(?:前|末|底)?/.exec(s);
      if (!m) return null;
      const y = Number(m[1]);
      if (m[2]) return { kind: 'by', start: null, end: m[2] === '上半年' ? `${y}-06-30` : `${y}-12-31`, length: m[0].length, rule: 'deadline/half' };
      const q = /\d/.test(m[3]!) ? Number(m[3]) : parseChineseInt(m[3]!)!;
      return { kind: 'by', start: null, end: `${y}-${QUARTER_END[q]}`, length: m[0].length, rule: 'deadline/quarter' };
    },
  ],
  // 到2020年 / 到2020年底前 / 2020年前 / 2023年底 / 在2020年前
  [
    'deadline/year',
    (s, ctx, before) => {
      const m = /^((?:19|20)\d{2})\s?年\s?(底前|末前|年底前|底|末|年底|年末|前|以前|之前)?/.exec(s);
      if (!m) return null;
      // 于2022年4月15日起施行: when a rule takes effect, not a time limit.
      if (/^\d{4}\s?年\s?\d{1,2}\s?月(?:\s?\d{1,2}\s?日)?\s?起/.test(s)) return null;
      const toward = /(?:到|至|于|在|截止到)\s?$/.test(before);
      if (!m[2] && !toward) {
        // 2022年实现村级综合服务设施全覆盖 / 2025年,未保站覆盖率达到100%: a year opening a clause of targets.
        const opensClause = before === '' || /[，,。；;：:\s]$/.test(before);
        const year = Number(m[1]);
        const rest = s.slice(m[0].length);
        // 2020年起 / 从2019年开始 mark a start, not a time limit.
        if (!opensClause || (ctx.docYear !== null && year < ctx.docYear) || /^(?:\d|度|[第全省市县区国起]|开始|以来|以后)/.test(rest)) return null;
        if (!/^[，,]?[^，。；;]{0,30}?(?:实现|达到|完成|建成|覆盖|不低于|不少于|力争|基本|全面|重点|启动|形成|取得)/.test(rest)) return null;
        return { kind: 'by', start: null, end: `${year}-12-31`, length: m[0].length, rule: 'deadline/year-target' };
      }
      if (/^(?:年底|年末)$/.test(m[2] ?? '') && !toward && !/前$/.test(m[2]!)) return null;
      return { kind: 'by', start: null, end: `${m[1]}-12-31`, length: m[0].length, rule: toward ? 'deadline/by-year' : 'deadline/year-end' };
    },
  ],
  // 到年末 / 年底前 / 当年10月底前 / 5月底前
  [
    'deadline/this-year',
    (s, ctx, before) => {
      if (ctx.docYear === null) return null;
      // 4月28日前 / 4月28前 (a date of this year)
      const day = /^(?:当年|今年|本年)?\s?(\d{1,2})\s?月\s?(\d{1,2})\s?日?\s?(?:前|以前|之前)/.exec(s);
      if (day && !/\d$/.test(before)) {
        const mo = Number(day[1]);
        const d = Number(day[2]);
        if (mo < 1 || mo > 12 || d < 1 || d > 31) return null;
        return { kind: 'by', start: null, end: ymd(ctx.docYear, mo, d), length: day[0].length, rule: 'deadline/day-this-year' };
      }
      const month = /^(?:当年|今年|本年)?\s?(\d{1,2})\s?月\s?(底前|底|末|前|以前|之前|中旬前|上旬前|下旬前|份(?=[^\d])|(?=(?:取得|完成|实现|建成|上线|启动)))/.exec(s);
      if (month && !/\d$/.test(before)) {
        const mo = Number(month[1]);
        if (mo < 1 || mo > 12) return null;
        return { kind: 'by', start: null, end: lastDayOfMonth(ctx.docYear, mo), length: month[0].length, rule: 'deadline/month-this-year' };
      }
      const ye = /^(?:当年|今年|本年度?)?(?:年末|年底|年内)(?:前)?/.exec(s);
      if (ye && !/[\d年]$/.test(before) && (/(?:到|至|于|在)\s?$/.test(before) || /前$/.test(ye[0]) || /^(?:当年|今年|本年)/.test(ye[0]))) {
        return { kind: 'by', start: null, end: `${ctx.docYear}-12-31`, length: ye[0].length, rule: 'deadline/this-year-end' };
      }
      return null;
    },
  ],
  // 再过5到10年: relative to the last year stated before it (到2020年 … 再过5到10年 → by 2030)
  [
    'deadline/relative',
    (s, ctx) => {
      const m = /^(?:再过|经过)\s?(\d{1,2}|[一二三四五六七八九十]{1,2})\s?(?:[到至\-—–]\s?(\d{1,2}|[一二三四五六七八九十]{1,2}))?\s?年/.exec(s);
      if (!m || ctx.baseYear === undefined || ctx.baseYear === null) return null;
      const span = Number(/\d/.test(m[2] ?? m[1]!) ? (m[2] ?? m[1]) : parseChineseInt(m[2] ?? m[1]!));
      return { kind: 'by', start: null, end: `${ctx.baseYear + span}-12-31`, length: m[0].length, rule: 'deadline/relative' };
    },
  ],
  // 利用2-3年时间 / 用三年左右时间: years counted from the document's own (a 2021 plan's 利用3年时间 ends 2023).
  [
    'deadline/within-years',
    (s, ctx) => {
      const m = /^(?:利用|用)\s?(\d{1,2}|[一二两三四五六七八九十]{1,2})\s?(?:[到至\-—–~]\s?(\d{1,2}|[一二两三四五六七八九十]{1,2}))?\s?年(?:左右)?(?:的)?时间/.exec(s);
      if (!m || ctx.docYear === null) return null;
      const last = m[2] ?? m[1]!;
      const span = /\d/.test(last) ? Number(last) : parseChineseInt(last);
      if (span === null || span < 1) return null;
      return { kind: 'by', start: null, end: `${ctx.docYear + span - 1}-12-31`, length: m[0].length, rule: 'deadline/within-years' };
    },
  ],
  // 每年 / 每季度 / 每半年 / 定期 (not 不定期, not 定期述职制度)
  [
    'deadline/recurring',
    (s, _ctx, before) => {
      const every = /^(?:每(?:年度?|季度|半年|月|周|旬|[两三四五]年|\d{1,2}年|[两三四五六]个月|\d{1,2}个月)|按(?:季度?|年度?|月度?|半年))/.exec(s);
      if (every) return { kind: 'recurring', start: null, end: null, length: every[0].length, rule: 'deadline/every', toClauseEnd: true };
      // 定期 describing a system (定期述职制度, 定期调度、专报等机制) is not a recurrence of work.
      const clause = /^[^，,；;。！？!?：:\n]*/.exec(s)![0];
      // …nor 定期 inside 固定期限 / 不定期 / 定期存款.
      if (s.startsWith('定期') && !/[不固预]$/.test(before) && !/^定期(?:存款|储蓄|存单|及|限)/.test(s) && !/(?:制度|机制)$/.test(clause) && !/^定期[\u4e00-\u9fff]{0,4}(?:制度|机制)/.test(s)) {
        return { kind: 'recurring', start: null, end: null, length: 2, rule: 'deadline/regularly', toClauseEnd: true };
      }
      return null;
    },
  ],
];

/** Where a form can start; only these positions are tried. */
const CANDIDATE = /(?:19|20)\d{2}|[“"]?十[一二三四五六七八九]五|当年|今年|本年|年末|年底|年内|\d{1,2}\s?月|每[年季半月周旬两三四五六\d]|按[季年月半]|定期|再过|经过|利用|用(?=[\d一二两三四五六七八九十])/g;
const CLAUSE_END = /[，,；;。！？!?：:\n\r]/;
const RECURRING_TEXT_MAX = 40;

/** Deadlines in running text. */
export function findDeadlines(text: string, range: Span, ctx: TimeContext, reportDocument: boolean): DeadlineDraft[] {
  const [from, to] = range;
  const out: DeadlineDraft[] = [];
  /** The year of the last dated deadline, for relative forms (再过5到10年). */
  let baseYear: number | null = null;
  let consumed = from;
  CANDIDATE.lastIndex = 0;
  for (const m of text.slice(from, to).matchAll(CANDIDATE)) {
    const p = from + m.index;
    if (p < consumed || ctx.names.at(p)) continue;
    if (/\d/.test(text[p]!) && /\d/.test(text[p - 1] ?? '')) continue;
    const s = text.slice(p, Math.min(to, p + 40));
    const before = text.slice(Math.max(from, p - 6), p);
    // 自2022年3月1日至3月31日: a date range may open with 自/从; other forms may not.
    let hit = dateRangeAt(s);
    if (!hit && excludedBefore(before)) continue;
    for (const [, parse] of PARSERS) {
      if (hit) break;
      hit = parse(s, { ...ctx, baseYear }, before);
    }
    if (!hit) continue;
    consumed = p + hit.length;
    if (hit.silent) continue;
    let end = p + hit.length;
    if (hit.toClauseEnd) {
      while (end < to && end - p < RECURRING_TEXT_MAX && !CLAUSE_END.test(text[end]!)) end++;
      // 每年2月底前报送: the month inside a recurring phrase is not a deadline of its own.
      consumed = end;
    }
    // A review reports past periods: only recurring and explicit future forms count there.
    if (reportDocument && hit.kind !== 'recurring' && !/^(?:到|至|力争|确保)/.test(before.slice(-2))) continue;
    let start = p;
    // Keep the cue word with the phrase: 到2020年 / 于2017年11月14日前 / 力争“十四五”末.
    const lead = /(?:力争到|力争|到|至|于|在)$/.exec(text.slice(Math.max(from, p - 3), p));
    if (lead && hit.kind !== 'recurring') start = p - lead[0].length;
    out.push({ kind: hit.kind, start: hit.start, end: hit.end, text: cleanText(text.slice(start, end)), span: [start, end], rule: hit.rule });
    if (hit.end) baseYear = Number(hit.end.slice(0, 4));
  }
  CANDIDATE.lastIndex = 0;
  return out;
}

/**
 * A 完成时限 cell: the whole cell is the time limit (2022年 / 2022年-2025年 / 持续推进).
 * Falls back to the running-text forms for cells like 2022年6月底前完成.
 */
export function deadlineFromCell(text: string, span: Span, ctx: TimeContext): DeadlineDraft[] {
  const raw = text.slice(span[0], span[1]);
  const k = compactKey(raw).replace(/[。；;，,]$/, '');
  const whole = (kind: DeadlineDraft['kind'], start: string | null, end: string | null, rule: string): DeadlineDraft[] => [
    { kind, start, end, text: cleanText(raw), span, rule },
  ];
  if (/^(?:持续推进|长期坚持|长期推进|持续开展|长期|持续|常态化(?:推进|开展)?|逐年推进|长期执行)$/.test(k)) return whole('ongoing', null, null, 'deadline/ongoing-cell');
  if (/^(?:每年|每季度|每月|每半年|定期)/.test(k)) return whole('recurring', null, null, 'deadline/recurring-cell');
  const year = /^((?:19|20)\d{2})年?(?:底|末|前|底前|内)?(?:完成)?$/.exec(k);
  if (year) return whole('by', null, `${year[1]}-12-31`, 'deadline/year-cell');
  const found = findDeadlines(text, span, ctx, false);
  if (found.length > 0) return found;
  const range = /^((?:19|20)\d{2})年?[-—–~～至到]((?:19|20)\d{2})年?/.exec(k);
  if (range) return whole('range', `${range[1]}-01-01`, `${range[2]}-12-31`, 'deadline/year-range-cell');
  return [];
}

/** （持续推进） / （长期坚持）: a parenthetical time note in running text. */
export function ongoingNotes(text: string, [from, to]: Span): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  const slice = text.slice(from, to);
  for (const m of slice.matchAll(/[（(]((?:[^（）()，,]{0,20}并)?(?:持续推进|长期坚持|长期推进|常态化推进))[，,）)]/g)) {
    const inner = m[1]!;
    const at = from + m.index + 1 + inner.lastIndexOf(inner.match(/持续推进|长期坚持|长期推进|常态化推进/)![0]);
    const word = /持续推进|长期坚持|长期推进|常态化推进/.exec(inner)![0];
    out.push({ kind: 'ongoing', start: null, end: null, text: word, span: [at, at + word.length], rule: 'deadline/ongoing-note' });
  }
  return out;
}

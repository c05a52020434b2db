/**
 * Deadlines: when work is due or over which period it runs, normalised to a kind and ISO
 * dates. The rules (./rules.ts) are tried at each candidate position; guards drop what is a
 * date but no deadline, each with its reason (shown by --explain):
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
 * Not deadlines: 截至… as-of dates, 比2012年底 baselines, dates inside 《titles》 and 文号,
 * publication and signature dates (never scanned), 持续推进 as a verb.
 */
import type { Span, Trace } from '../../types.js';
import * as P from '../../patterns/deadlines.js';
import { cleanText, compactKey } from '../../text/clean.js';
import type { TimeContext } from '../time.js';
import { DATE_RANGE_RULE, DEADLINE_RULES, type DeadlineContext, type DeadlineKind, type DeadlineMatch } from './rules.js';

export type { DeadlineKind };

export interface DeadlineDraft {
  kind: DeadlineKind;
  start: string | null;
  end: string | null;
  duration?: string | null;
  workingDays?: boolean;
  anchor?: string | null;
  text: string;
  span: Span;
  rule: string;
}

const CLAUSE_END = /[，,；;。！？!?：:\n\r]/;
const RECURRING_TEXT_MAX = 40;
const WINDOW = 40;

/** Why a date is no deadline, from the words just before it; null when none applies. */
function guardBefore(before: string): string | null {
  if (P.AS_OF_BEFORE.test(before)) return 'as-of date of a statistic or a baseline';
  if (P.START_BEFORE.test(before)) return 'a start, not a time limit';
  if (P.PAST_EVENT_BEFORE.test(before)) return 'date of a past event';
  return null;
}

/** A report's time that plans work: 到/力争 before it, or 将/预计/可以 around it without a figure after (a forecast statistic). */
function plannedInReport(rest: string, before: string): boolean {
  if (/^(?:到|至|力争|确保)/.test(before.slice(-2))) return true;
  return (P.FUTURE_BEFORE.test(before) || P.FUTURE_AFTER.test(rest)) && !P.FIGURE_AFTER.test(rest);
}

function firstMatch(s: string, ctx: DeadlineContext, before: string): DeadlineMatch | null {
  for (const rule of DEADLINE_RULES) {
    const hit = rule.match(s, ctx, before);
    if (hit) return hit;
  }
  return null;
}

function valueOf(d: { kind: DeadlineKind; start: string | null; end: string | null; duration?: string | null }): string {
  if (d.kind === 'range') return `range ${d.start}..${d.end}`;
  if (d.kind === 'within') return `within ${d.duration}${d.end ? ` by ${d.end}` : ''}`;
  return d.end ? `${d.kind} ${d.end}` : d.kind;
}

/**
 * Why a hit read from the text is no due date, or null: a past date, a scope, a rule's own silence,
 * or a year opening what was done. `s` starts at the hit; `sentence` is the text after it.
 */
function notADueDate(hit: DeadlineMatch, s: string, sentence: string, time: TimeContext): string | null {
  // 在1949年 / 2016年-2020年 in a 2021 plan: a date before the document's own year is past, not due.
  if ((hit.kind === 'by' || hit.kind === 'range') && hit.end && time.docYear !== null && Number(hit.end.slice(0, 4)) < time.docYear) {
    return "before the document's own year: a past date";
  }
  // 1997年9月30日以前实施的犯罪行为: the date bounds what a provision is about.
  // 犯罪分子1997年9月30日以前犯罪: 以前 without work to finish after it bounds the acts a provision covers.
  const scope = /(?:以前|之前)$/.test(s.slice(0, hit.length)) && !P.WORK_AFTER.test(s.slice(hit.length, hit.length + 14));
  if (hit.kind === 'by' && ((/前$/.test(s.slice(0, hit.length)) && P.SCOPE_AFTER.test(s.slice(hit.length))) || scope)) {
    return 'a date bounding what the text is about (…以前实施的), not a time limit';
  }
  if (hit.silent) return hit.silent;
  if (hit.rule === 'deadline/year-opening' && P.PAST_SENTENCE.test(sentence)) return 'a year of what was done or is forecast (…提高了 / 可能)';
  return null;
}

export interface DeadlineOptions {
  /** A review reports past periods: only recurring and explicitly future forms count there. */
  reportDocument: boolean;
  trace?: Trace;
}

/** Deadlines in running text. */
export function findDeadlines(text: string, range: Span, time: TimeContext, opts: DeadlineOptions): DeadlineDraft[] {
  const [from, to] = range;
  const out: DeadlineDraft[] = [];
  const ctx: DeadlineContext = { ...time, baseYear: null };
  let consumed = from;
  for (const m of text.slice(from, to).matchAll(P.DEADLINE_CANDIDATE)) {
    const p = from + m.index;
    if (p < consumed || (/\d/.test(text[p]!) && /\d/.test(text[p - 1] ?? ''))) continue;
    const s = text.slice(p, Math.min(to, p + WINDOW));
    const before = text.slice(Math.max(from, p - 6), p);
    const hit = DATE_RANGE_RULE.match(s, ctx, before) ?? firstMatch(s, ctx, before);
    if (!hit) continue;
    const drop = (reason: string, end = p + hit.length): void => opts.trace?.({ entity: 'deadline', span: [p, end], rule: hit.rule, value: valueOf(hit), dropped: reason });
    if (ctx.names.at(p)) {
      drop('inside a name (《title》 or 文号)');
      continue;
    }
    const guard = hit.rule === DATE_RANGE_RULE.id ? null : guardBefore(before);
    if (guard) {
      drop(guard);
      continue;
    }
    consumed = p + hit.length;
    const notDue = notADueDate(hit, s, text.slice(p + hit.length, Math.min(to, p + hit.length + 220)), time);
    if (notDue) {
      drop(notDue);
      continue;
    }
    let end = p + hit.length;
    if (hit.toClauseEnd) {
      while (end < to && end - p < RECURRING_TEXT_MAX && !CLAUSE_END.test(text[end]!)) end++;
      // 每年2月底前报送: the month inside a recurring phrase is not a deadline of its own.
      consumed = end;
    }
    // A report reviews past periods; a time it plans for says so (到/力争 before, 将/预计/可以 around).
    // 在第一个五年计划期间 in the 1954 report (corpus 194): a period that ends after the report's year is still running.
    const runsOn = hit.end !== null && time.docYear !== null && Number(hit.end.slice(0, 4)) > time.docYear;
    if (opts.reportDocument && !runsOn && hit.kind !== 'recurring' && hit.rule !== 'deadline/this-year-plan' && !plannedInReport(s.slice(hit.length), before)) {
      drop('a period of past work in a report', end);
      continue;
    }
    // Keep the cue word with the phrase: 到2020年 / 于2017年11月14日前 / 力争“十四五”末.
    const lead = hit.kind !== 'recurring' ? P.LEAD_CUE.exec(text.slice(Math.max(from, p - 3), p)) : null;
    const start = lead ? p - lead[0].length : p;
    const limit = hit.kind === 'within' ? { duration: hit.duration ?? null, workingDays: hit.workingDays ?? false, anchor: hit.anchor ?? null } : {};
    const draft: DeadlineDraft = { kind: hit.kind, start: hit.start, end: hit.end, ...limit, text: cleanText(text.slice(start, end)), span: [start, end] as Span, rule: hit.rule };
    out.push(draft);
    opts.trace?.({ entity: 'deadline', span: draft.span, rule: hit.rule, value: valueOf(draft) });
    if (hit.end) ctx.baseYear = Number(hit.end.slice(0, 4));
  }
  return out;
}

/**
 * A 完成时限 cell: the whole cell is the time limit (2022年 / 2022年-2025年 / 持续推进).
 * Falls back to the running-text forms for cells like 2022年6月底前完成.
 */
export function deadlineFromCell(text: string, span: Span, time: TimeContext, trace?: Trace): DeadlineDraft[] {
  const raw = text.slice(span[0], span[1]);
  const k = compactKey(raw).replace(/[。；;，,]$/, '');
  const whole = (kind: DeadlineKind, start: string | null, end: string | null, rule: string): DeadlineDraft[] => {
    trace?.({ entity: 'deadline', span, rule, value: valueOf({ kind, start, end }) });
    return [{ kind, start, end, text: cleanText(raw), span, rule }];
  };
  if (P.ONGOING_CELL.test(k)) return whole('ongoing', null, null, 'deadline/ongoing-cell');
  if (P.RECURRING_CELL.test(k)) return whole('recurring', null, null, 'deadline/recurring-cell');
  const year = P.YEAR_CELL.exec(k);
  if (year) return whole('by', null, `${year[1]}-12-31`, 'deadline/year-cell');
  const found = findDeadlines(text, span, time, { reportDocument: false, trace });
  if (found.length > 0) return found;
  const range = P.YEAR_RANGE_CELL.exec(k);
  if (range) return whole('range', `${range[1]}-01-01`, `${range[2]}-12-31`, 'deadline/year-range-cell');
  return [];
}

/** （持续推进） / （长期坚持）: a parenthetical time note in running text. */
export function ongoingNotes(text: string, [from, to]: Span, trace?: Trace): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  for (const m of text.slice(from, to).matchAll(P.ONGOING_NOTE)) {
    const inner = m[1]!;
    const word = P.ONGOING_NOTE_WORD.exec(inner)![0];
    const at = from + m.index + 1 + inner.lastIndexOf(word);
    const draft: DeadlineDraft = { kind: 'ongoing', start: null, end: null, text: word, span: [at, at + word.length], rule: 'deadline/ongoing-note' };
    out.push(draft);
    trace?.({ entity: 'deadline', span: draft.span, rule: draft.rule, value: 'ongoing' });
  }
  return out;
}

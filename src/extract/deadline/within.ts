/**
 * Time limits counted from an event (SPEC kind `within`), as regulations and notices set them:
 *
 *   自受理申请之日起15个工作日内 → P15D, working days, anchor 受理申请
 *   收到材料后5日内 / 获批后三个月内 → P5D / P3M, anchor 收到材料 / 获批
 *   应当在3个工作日内予以登记       → P3D, no anchor
 *   最长不超过15个工作日 / 不得超过30天 → P15D / P30D (a cap on a period)
 *   本通知有效期1年 (自印发之日起施行) → P1Y from the signing date: end stated
 *
 * `end` only when the anchor is a date the document states (印发之日 → signed date + duration).
 * A window inside an eligibility condition (近12个月内未受过处罚) is no time limit.
 */
import { DURATION_UNITS, PUBLISHED_DATE_ANCHORS, SIGNED_DATE_ANCHORS } from '../../lexicon/time-words.js';
import * as P from '../../patterns/deadlines.js';
import { cleanText } from '../../text/clean.js';
import { addDuration, isoDate, previousDay } from '../../text/dates.js';
import { parseChineseInt } from '../../text/numerals.js';
import type { Span, Trace } from '../../types.js';
import type { TimeContext } from '../time.js';
import type { DeadlineDraft } from './index.js';

const CLAUSE_STOP = /[，,。；;：:！？!?\n\r（(]/;
const ANCHOR_LOOKBACK = 40;

const unitOf = (word: string): (typeof DURATION_UNITS)[number] => DURATION_UNITS.find((u) => u.word === word)!;

function durationOf(number: string, unit: string): { duration: string; workingDays: boolean } | null {
  // 半年内 → P6M, 半个月内 → P15D; half of any other unit is not a limit we write.
  if (number === '半') return unit === '年' ? { duration: 'P6M', workingDays: false } : unit === '个月' ? { duration: 'P15D', workingDays: false } : null;
  const n = /\d/.test(number) ? Number(number) : parseChineseInt(number);
  if (n === null || n < 1 || n > 9999) return null;
  const u = unitOf(unit);
  return { duration: u.iso === 'H' ? `PT${n}H` : `P${n}${u.iso}`, workingDays: u.workingDays === true };
}

/** Where the clause holding offset `at` starts (bounded). */
function clauseStart(text: string, at: number, from: number): number {
  let s = at;
  while (s > from && at - s < ANCHOR_LOOKBACK && !CLAUSE_STOP.test(text[s - 1]!)) s--;
  return s;
}

/**
 * The event a limit counts from, in the clause before the number: 自受理申请之日起 → 受理申请;
 * 收到材料后 → 收到材料; 应当在3个工作日内 → none. Returns the anchor and where the phrase starts.
 */
function anchorBefore(text: string, numberAt: number, from: number): { anchor: string | null; start: number } {
  const cs = clauseStart(text, numberAt, from);
  const before = text.slice(cs, numberAt);
  const end = P.ANCHOR_END.exec(before);
  const openers = [...before.matchAll(P.ANCHOR_OPENER)];
  const opener = openers[openers.length - 1];
  if (!end) return { anchor: null, start: opener ? cs + opener.index : numberAt };
  const startAt = opener && opener.index < end.index ? opener.index + opener[0].length : lastActorEnd(before.slice(0, end.index));
  const anchor = cleanText(before.slice(startAt, end.index)).replace(/^(?:之日|日)/, '');
  return { anchor: anchor.length >= 2 ? anchor : null, start: cs + (opener && opener.index < end.index ? opener.index : startAt) };
}

/** After the last 应当 / 须 / 并 … of a clause: 运营公司应当在 → where the event would start. */
function lastActorEnd(s: string): number {
  let at = 0;
  for (const m of s.matchAll(P.ACTOR_WORD)) at = m.index + m[0].length;
  return at;
}

/** The date an anchor names when the document states it: 印发 → signed date, 发布/公布 → published date. */
/**
 * The document's own act: 印发 / 本通知印发 / 本办法发布, not 营业执照签发 (corpus 178: a licence's issue is
 * an event of its own, its date unknown).
 */
const ownAct = (anchor: string, word: string): boolean => anchor === word || (anchor.endsWith(word) && /^本[\u4e00-\u9fff]{1,4}$/.test(anchor.slice(0, -word.length)));

function anchorDate(anchor: string | null, time: TimeContext): string | null {
  if (!anchor) return null;
  if (SIGNED_DATE_ANCHORS.some((w) => ownAct(anchor, w))) return time.signedDate ?? null;
  if (PUBLISHED_DATE_ANCHORS.some((w) => ownAct(anchor, w))) return time.publishedDate ?? time.signedDate ?? null;
  return null;
}

function draft(text: string, span: Span, d: { duration: string; workingDays: boolean }, anchor: string | null, end: string | null, rule: string): DeadlineDraft {
  return { kind: 'within', start: null, end: d.workingDays ? null : end, duration: d.duration, workingDays: d.workingDays, anchor, text: cleanText(text.slice(span[0], span[1])), span, rule };
}

/** 自受理申请之日起15个工作日内 / 收到材料后5日内 / 3个工作日内. */
function limitsWithin(text: string, [from, to]: Span, time: TimeContext, trace?: Trace): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  for (const m of text.slice(from, to).matchAll(P.DURATION_WITHIN)) {
    const at = from + m.index;
    const end = at + m[0].length;
    const d = durationOf(m[1]!, m[2]!);
    // 2023年3月内 (a date), 上半年内 / 下半年内 (halves of a year, not a half-year limit).
    if (!d || /\d$/.test(text[at - 1] ?? '') || text[at - 1] === '月' || (m[1] === '半' && /[上下前后年]/.test(text[at - 1] ?? ''))) continue;
    // 近12个月内未受过处罚: the window of a condition.
    if (P.WINDOW_BEFORE.test(text.slice(Math.max(from, at - 2), at))) {
      trace?.({ entity: 'deadline', span: [at, end], rule: 'deadline/within', dropped: 'the window of a condition (近…内), not a time limit' });
      continue;
    }
    // 3年内不得再申请 / 五年内免征企业所得税: a ban or an exemption lasting a period, not work due in it.
    if (P.BAN_AFTER.test(text.slice(end, end + 4))) {
      trace?.({ entity: 'deadline', span: [at, end], rule: 'deadline/within', dropped: 'a ban or an exemption for a period, not a time limit' });
      continue;
    }
    const { anchor, start } = anchorBefore(text, at, from);
    const base = anchorDate(anchor, time);
    out.push(draft(text, [start, end], d, anchor, base ? addDuration(base, d.duration) : null, 'deadline/within'));
  }
  return out;
}

/** 应在合同期满前3个月提出续租申请: a limit counted back from the end of a term (anchor 合同期满). */
function limitsBeforeExpiry(text: string, [from, to]: Span): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  for (const m of text.slice(from, to).matchAll(P.DURATION_BEFORE_EXPIRY)) {
    const d = durationOf(m[2]!, m[3]!);
    if (!d) continue;
    const at = from + m.index;
    // The phrase starts after a list marker too: （三）驾驶证审验、换发、机动车检验在期满前一个月.
    const clause = text.slice(clauseStart(text, at, from), at);
    const before = clause.slice(Math.max(clause.lastIndexOf('）'), clause.lastIndexOf(')')) + 1);
    const cs = at - before.length;
    // The term that ends: after the actor word and after the last 在/于 (机动车检验在期满 → 期满).
    const event = before.slice(lastActorEnd(before));
    const lastAt = Math.max(event.lastIndexOf('在'), event.lastIndexOf('于'));
    const anchor = cleanText((lastAt >= 0 ? event.slice(lastAt + 1) : event) + m[1]!);
    out.push(draft(text, [cs, at + m[0].length], d, anchor.length >= 2 ? anchor : null, null, 'deadline/before-expiry'));
  }
  return out;
}

/** 最长不超过15个工作日 / 不得超过30天 / 最长不得超过3年: a cap on a period. */
function limitsCapped(text: string, [from, to]: Span): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  for (const m of text.slice(from, to).matchAll(P.DURATION_LIMIT)) {
    const d = durationOf(m[2]!, m[3]!);
    const at = from + m.index;
    if (d && !/^[内]/.test(text[at + m[0].length] ?? '')) out.push(draft(text, [at, at + m[0].length], d, null, null, 'deadline/within-cap'));
  }
  return out;
}

/** 有效期1年, counted from the date the rule takes effect when the sentence states it (自印发之日起施行). */
function validityPeriods(text: string, [from, to]: Span, time: TimeContext): DeadlineDraft[] {
  const out: DeadlineDraft[] = [];
  for (const m of text.slice(from, to).matchAll(P.DURATION_VALIDITY)) {
    const d = durationOf(m[2]!, m[3]!);
    if (!d) continue;
    const at = from + m.index;
    let s = at;
    while (s > from && at - s < 80 && !/[。\n]/.test(text[s - 1]!)) s--;
    const eff = P.EFFECTIVE_FROM.exec(text.slice(s, at));
    const base = eff ? (eff[1] ? isoDate(Number(eff[1]), Number(eff[2]), Number(eff[3])) : anchorDate(eff[4]!, time)) : null;
    const anchor = eff ? (eff[4] ? `${eff[4]}之日` : cleanText(eff[0].slice(1, eff[0].indexOf('起')))) : null;
    // 有效期5年 from 2021-12-07 ends 2026-12-06: the day before the same date five years on.
    const endDate = base ? addDuration(base, d.duration) : null;
    out.push(draft(text, [at, at + m[0].length], d, anchor, endDate ? previousDay(endDate) : null, 'deadline/validity'));
  }
  return out;
}

/** Every time limit in a range, in text order. */
export function findTimeLimits(text: string, range: Span, time: TimeContext, trace?: Trace, reportDocument = false): DeadlineDraft[] {
  const all = [...limitsWithin(text, range, time, trace), ...limitsBeforeExpiry(text, range), ...limitsCapped(text, range), ...validityPeriods(text, range, time)].sort(
    (a, b) => a.span[0] - b.span[0] || b.span[1] - a.span[1],
  );
  // 届满前30日内: the limit counted back from the expiry holds the plain 30日内 inside it; the
  // outer one is kept (one sweep: a limit ending within an earlier one's span is inside it).
  const outer: DeadlineDraft[] = [];
  let reach = -1;
  for (const d of all) {
    if (d.span[1] <= reach) continue;
    outer.push(d);
    reach = d.span[1];
  }
  const found = reportDocument ? outer.filter((d) => d.anchor !== null) : outer;
  for (const d of found) trace?.({ entity: 'deadline', span: d.span, rule: d.rule, value: `within ${d.duration}${d.anchor ? ` from ${d.anchor}` : ''}${d.end ? ` by ${d.end}` : ''}` });
  return found;
}

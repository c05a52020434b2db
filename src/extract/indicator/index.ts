/**
 * Target indicators and reported figures: a figure (./figure.ts) with its comparator
 * (./comparator.ts), the subject it measures (./subject.ts), the year it is due or measured
 * in, and whether it is a target or an actual figure (./kind.ts). Guards drop what is a number
 * but no indicator, each with a reason (--explain): years, durations without a comparator,
 * denominators, counts of the text's own items, numbers inside names (96345平台, “十户一体”, 《…》).
 */
import type { Comparator } from '../../lexicon/comparators.js';
import { DURATION_MEASURES } from '../../lexicon/measures.js';
import { STANDARD_AFTER, STRUCTURE_NOUN } from '../../patterns/indicators.js';
import { cleanText } from '../../text/clean.js';
import { canStartNumber } from '../../text/numbers.js';
import type { SpanSet } from '../../text/span-set.js';
import type { Span, Trace } from '../../types.js';
import { type TimeContext, yearAfterInClause, yearBefore } from '../time.js';
import { comparatorAfter, comparatorBefore, type Cue } from './comparator.js';
import { type Figure, figureAt, isNumeralChar } from './figure.js';
import { type KindContext, kindOf } from './kind.js';
import { subjectOf } from './subject.js';

export { isReportDocument } from './kind.js';
export type { Comparator };

export interface IndicatorDraft {
  kind: 'target' | 'actual';
  subject: string;
  comparator: Comparator;
  value: number;
  valueMax: number | null;
  unit: string;
  year: number | null;
  text: string;
  span: Span;
  rule: string;
  /** Where scanning resumes: just after the figure (the phrase may run on past it). */
  next: number;
}

export interface IndicatorContext extends TimeContext, KindContext {
  /** Names and quoted names (《titles》, 文号, “十户一体”): figures there are not indicators. */
  guarded: SpanSet;
  trace?: Trace;
}

/** The previous figure of the same sentence, for figures that continue it (65%和55%). */
interface Previous {
  subject: string;
  comparator: Comparator | null;
  end: number;
}

const CLAUSE_END = /[，,；;。！？!?：:\n\r]/;
const OWN_ITEMS_AFTER = /^(?:重点任务|主要任务|任务|措施|举措|工程|行动|方面|内容)/;
const SENTENCE_END = /[。！？!?；;\n\r]/;
/** How far a clause and a sentence are looked for around a figure: bounded, so a page-long run is linear. */
const CLAUSE_MAX = 120;
const SENTENCE_MAX = 300;
const DURATIONS = new Set(DURATION_MEASURES);

/** Find indicators in `range` of `text`. */
export function findIndicators(text: string, range: Span, ctx: IndicatorContext): IndicatorDraft[] {
  const out: IndicatorDraft[] = [];
  const [from, to] = range;
  let p = from;
  while (p < to) {
    // 千兆光网 names a network (千 starts no number), but 千分之五 is per mille.
    if (!canStartNumber(text.charCodeAt(p)) && !text.startsWith('百分之', p) && !text.startsWith('千分之', p)) {
      p++;
      continue;
    }
    const guard = ctx.guarded.at(p);
    if (guard) {
      p = guard[1];
      continue;
    }
    const last = out[out.length - 1];
    const sameSentence = last !== undefined && p - last.next < 200 && !/[。！？!?；;\n]/.test(text.slice(last.next, p));
    const previous: Previous | null = sameSentence ? { subject: last.subject, comparator: last.comparator === 'range' ? null : last.comparator, end: last.next } : null;
    const figure = figureAt(text, p, from);
    const found = figure ? read(text, figure, range, ctx, previous) : null;
    if (found) {
      out.push(found);
      p = found.next;
      continue;
    }
    // Skip the rest of this numeral run (二〇一七, 2017).
    p++;
    while (p < to && isNumeralChar(text[p])) p++;
  }
  return out;
}

interface Around {
  clauseStart: number;
  clauseEnd: number;
  sentenceStart: number;
}

function around(text: string, f: Figure, [from, to]: Span): Around {
  let clauseStart = f.at;
  while (clauseStart > from && f.at - clauseStart < CLAUSE_MAX && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
  let clauseEnd = f.end;
  while (clauseEnd < to && clauseEnd - f.end < CLAUSE_MAX && !CLAUSE_END.test(text[clauseEnd]!)) clauseEnd++;
  let sentenceStart = f.at;
  while (sentenceStart > from && f.at - sentenceStart < SENTENCE_MAX && !SENTENCE_END.test(text[sentenceStart - 1]!)) sentenceStart--;
  return { clauseStart, clauseEnd, sentenceStart };
}

interface Compared {
  comparator: Comparator;
  prefix: Cue | null;
  suffix: boolean;
  /** End of the phrase: the unit, and a suffix cue after it (以上). */
  end: number;
  coordinated: boolean;
}

function compare(text: string, f: Figure, a: Around, previous: Previous | null): Compared {
  const suffix = comparatorAfter(text, f.end);
  const moreThan = f.number.more === true || /^[多余]/.test(text[f.end] ?? '') || /^[多余]/.test(text[f.at + f.number.length] ?? '');
  let prefix = comparatorBefore(text, f.at, a.clauseStart);
  // 分别达到65%和55%: the second figure shares the first one's comparator and subject.
  // 不宜少于5项、不宜超过20项: the second figure may bring its own comparator.
  const coordinated = previous !== null && /^[和及与、]$/.test(text.slice(previous.end, prefix ? prefix.start : f.at));
  if (!prefix && coordinated && previous.comparator) prefix = { comparator: previous.comparator, start: f.at };
  let comparator: Comparator = f.valueMax !== null ? 'range' : (prefix?.comparator ?? suffix?.comparator ?? (moreThan ? '>' : '='));
  if (f.valueMax === null && suffix && (!prefix || prefix.comparator === '=')) comparator = suffix.comparator;
  return { comparator, prefix, suffix: suffix !== null, end: suffix ? f.end + suffix.length : f.end, coordinated };
}

/** Why a figure is no indicator, or null (the guards, in the order they are tried). */
function notAnIndicator(text: string, f: Figure, c: Compared, a: Around, from: number): string | null {
  const n = f.number;
  if (f.unit === '年' && !n.chinese && n.value >= 1000) return 'a year';
  // 点评处方数/处方总数×100% (an indicator table's definition, corpus 181): a formula, not a figure.
  if ((f.unit === '%' || f.unit === '') && /[×*xX÷]\s?$/.test(text.slice(Math.max(from, f.at - 2), f.at))) return 'part of a formula (…×100%)';
  // 近3个纳税年度累计纳税 (corpus 211): the window a record is counted over, not a quantity.
  if (/(?:最近|近)$/.test(text.slice(Math.max(from, f.at - 2), f.at)) && /^[\u4e00-\u9fff]{0,3}?(?:年度|季度|月|年)/.test(text.slice(f.end, f.end + 6))) return 'a window of time (近3个纳税年度)';
  // 1万—3万元（含1万元，不含3万元） / 18—40周岁（含40周岁） (corpus 211): a bound of the range before, restated.
  if (/[（(，,]不?含(?:不满)?$/.test(text.slice(Math.max(from, f.at - 4), f.at))) return 'a restated bound (含1万元，不含3万元)';
  // 3年内 is a time horizon, not a figure; 每认定1家 counts per one.
  if (f.unit === '年' && text[f.end] === '内') return 'a time horizon';
  if (n.value === 1 && /每(?!隔)[\u4e00-\u9fff]{0,3}$/.test(text.slice(Math.max(from, f.at - 4), f.at))) return 'a denominator (每…1)';
  // 不超过本市3个月最低生活保障标准: months of a standard are an amount (corpus 209), whatever the comparator.
  const ofStandard = DURATIONS.has(f.unit) && STANDARD_AFTER.test(text.slice(f.end, f.end + 12));
  // 15个工作日内 / 不超过30天: a time limit, which is a deadline (kind within), never an indicator.
  if (!ofStandard && DURATIONS.has(f.unit) && (c.comparator === '<=' || c.comparator === '<')) return 'a time limit (a deadline of kind within)';
  // Durations count only as thresholds with a comparator word (一年以上), not as horizons (再过5到10年),
  // or stated outright: 顶岗实习时间一般为6个月 (not 为期三年, the span of a programme).
  // 每隔约1分钟发放雾号响声 (corpus 146): an interval between repeats is stated outright too.
  const statedAs = /[^期]为$/.test(text.slice(Math.max(a.clauseStart, f.at - 2), f.at)) || /隔约?$/.test(text.slice(Math.max(a.clauseStart, f.at - 2), f.at));
  if (!ofStandard && DURATIONS.has(f.unit) && (c.comparator === 'range' || (c.comparator === '=' && !(statedAs && f.unit !== '批')))) return 'a duration without a comparator';
  // 二十多年来 / 10余天: an approximate span of time, told not set.
  if (!ofStandard && DURATIONS.has(f.unit) && c.comparator === '>' && !c.prefix && !c.suffix) return 'an approximate duration (二十多年来)';
  // Chinese numerals below ten name things more often than they count them (一张网, 二次开发, 三张清单):
  // they count only with a comparator word, or as the number of places just listed.
  // 两 is how counts are written (每年召开两次会议), 二 how terms are (二次开发).
  // A range of them counts (委员三至九人, 一倍以上三倍以下罚款).
  if (n.chinese && n.value < 10 && f.valueMax === null && !c.prefix && !c.suffix && text[f.at] !== '两' && f.rule !== 'indicator/place-count' && f.rule !== 'indicator/share' && f.unit !== '‰') return 'a small Chinese numeral naming, not counting';
  if (STRUCTURE_NOUN.test(text.slice(f.end, f.end + 3))) return "a count of the text's own parts (5个方面)";
  // 知识产权保护方面5项 / （共23项） / 上述两个表格: counts of the text's own items, or a reference back.
  const lead = text.slice(Math.max(from, f.at - 4), f.at);
  if (/^[项条]$/.test(f.unit) && (/(?:方面|部分|领域|类)$/.test(lead) || /[（(]共$/.test(lead))) return "a count of the text's own items";
  // 强化数字产业化引领，共4项任务 / 提出了8条措施: the text counting its own tasks.
  if (/^[项条个]$/.test(f.unit) && /(?:共|包括|提出了?|部署了?|明确了?)$/.test(lead) && OWN_ITEMS_AFTER.test(text.slice(f.end, f.end + 4))) return "a count of the text's own items";
  if (/(?:上述|以上|下列|前述|上面)$/.test(lead)) return 'a reference back (上述两个)';
  // 依照前两项 / 前款 / 前三条: provisions of the text itself.
  if (text[f.at - 1] === '前' && /^[项款条]$/.test(f.unit)) return 'a reference to provisions of the text (前两项)';
  // 突破一批原创性成果: 一批 is "some", not a count.
  if (n.chinese && n.value === 1 && f.unit === '批') return 'a vague amount (一批)';
  // 超10亿元的6户 / 500万元以上的12家: a threshold qualifies what the next figure counts.
  const threshold = text[f.at - 1] === '超' || c.suffix || c.prefix !== null;
  if (threshold && /^的[0-9０-９]/.test(text.slice(c.end, c.end + 2))) return 'a threshold qualifying the next figure';
  return null;
}

function valueOf(d: { comparator: Comparator; value: number; valueMax: number | null; unit: string; kind: string }): string {
  return `${d.comparator} ${d.value}${d.valueMax !== null ? `..${d.valueMax}` : ''} ${d.unit} (${d.kind})`;
}

function read(text: string, f: Figure, range: Span, ctx: IndicatorContext, previous: Previous | null): IndicatorDraft | null {
  const [from] = range;
  const a = around(text, f, range);
  const c = compare(text, f, a, previous);
  const reason = notAnIndicator(text, f, c, a, from);
  if (reason) {
    ctx.trace?.({ entity: 'indicator', span: [f.at, c.end], rule: f.rule, dropped: reason });
    return null;
  }
  let prevClause = '';
  if (a.clauseStart > from) {
    let s = a.clauseStart - 1;
    while (s > from && a.clauseStart - s < CLAUSE_MAX && !CLAUSE_END.test(text[s - 1]!)) s--;
    prevClause = text.slice(s, a.clauseStart - 1);
  }
  const { subject, before } = subjectOf({
    before: text.slice(a.clauseStart, c.prefix ? c.prefix.start : f.at),
    after: text.slice(c.end, a.clauseEnd),
    previousClause: prevClause,
    previousSubject: previous?.subject ?? null,
    coordinated: c.coordinated,
  });
  if (subject === '') {
    ctx.trace?.({ entity: 'indicator', span: [f.at, c.end], rule: f.rule, dropped: 'nothing named that it measures' });
    return null;
  }
  const spanStart = before.length >= 4 ? a.clauseStart : f.at;
  const spanEnd = before.length >= 4 ? c.end : a.clauseEnd;
  const bound = c.comparator !== '=' && c.comparator !== 'range' && (c.prefix !== null || c.suffix);
  const kind = kindOf(text.slice(a.sentenceStart, a.clauseEnd), text.slice(a.sentenceStart, c.end), f.at, ctx, bound);
  const year = yearBefore(text, a.sentenceStart, f.at, ctx) ?? yearAfterInClause(text, c.end, a.clauseEnd, ctx);
  const draft: IndicatorDraft = {
    kind,
    subject,
    comparator: c.comparator,
    value: f.number.value,
    valueMax: f.valueMax,
    unit: f.unit,
    year,
    text: cleanText(text.slice(spanStart, spanEnd)),
    span: trimSpan(text, [spanStart, spanEnd]),
    rule: f.rule,
    next: c.end,
  };
  ctx.trace?.({ entity: 'indicator', span: draft.span, rule: draft.rule, value: valueOf(draft) });
  return draft;
}

function trimSpan(text: string, [s, e]: Span): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

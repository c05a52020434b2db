/**
 * Target indicators and reported figures: a number with a unit, its comparator
 * (达到/不低于/以上 → ">=", 不超过/以内 → "<=", ranges → "range" …), the subject
 * it measures, the year it is due or measured in, and whether it is a target or
 * an actual figure. Not indicators: years, dates, ordinals (第十届), document
 * numbers, denominators (每万/每百户), and numbers inside names (96345平台, 5G,
 * “十户一体”, 《…》).
 */
import { charClass } from '../normalize/chars.js';
import type { Span } from '../types.js';
import { cleanText } from '../normalize/clean.js';
import { canStartNumber, numberAt, type ParsedNumber } from './number.js';
import { type SpanSet, type TimeContext, yearAfterInClause, yearBefore } from './time.js';

export type Comparator = '>=' | '>' | '<=' | '<' | '=' | 'range';

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

// Units, longest first; the counted noun goes into the subject.
const UNITS = [
  '个百分点', '百分点', '平方公里', '平方千米', '平方米', '立方米', '千瓦时', '万千瓦', '千瓦', '兆瓦', '千公顷', '公顷', '人次', '万亩',
  '微克/立方米', 'μg/m³', '个工作日', '工作日', '个月', '个小时', '小时', '分钟', '周岁', '平米', '公里', '千米', '毫米', '厘米', '公斤', '千克', '美元', '亿元', '万元',
  '%', '％', '‰', '㎡', '亩', '吨', '米', '元', '倍', '人', '名', '户', '个', '家', '所', '项', '条', '件', '座', '台', '套', '辆',
  '张', '床', '间', '栋', '次', '岁', '年', '天', '日', '周', '批', '场', '类', '种', '支', '款', '例',
  '头', '羽', '只', '册', '部(?![门委分级属])', '斤',
  'EFLOPS', 'PFLOPS', 'TFLOPS', 'EFlops', 'PFlops', 'TFlops', 'EB', 'PB', 'TB', 'Gbps', 'Mbps', 'M', '万兆', '千兆', '百兆', '兆',
];
export const UNIT_RE = new RegExp(`^[ \\u3000\\u00a0\\u2002-\\u2009]?(${UNITS.map((u) => u.replace(/[%‰]/g, (c) => c)).join('|')})`);
/** Durations are thresholds only with a comparator (一年以上社区工作经历; not 三年行动计划, 再过5到10年). */
const NEEDS_COMPARATOR = new Set(['年', '个月', '天', '日', '周', '小时', '个小时', '分钟', '批', '个工作日', '工作日']);
const UNIT_NORMAL: Readonly<Record<string, string>> = { '％': '%', 平米: '平方米', '㎡': '平方米', 百分点: '个百分点', 周岁: '岁', 个工作日: '工作日', 个小时: '小时' };
/** 5个方面 / 三个阶段: counts of the text's own structure. */
const STRUCTURE_NOUN = /^(?:方面|部分|阶段|步骤|环节|层次|原则|要点|板块|类别|大类|领域)/;

const PREFIX_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['力争达到', '>='], ['年满', '>='], ['不得低于', '>='], ['不得少于', '>='], ['不低于', '>='], ['不少于', '>='], ['不小于', '>='], ['至少', '>='], ['最少', '>='], ['最低', '>='], ['达到', '>='], ['达', '>='],
  ['不得超过', '<='], ['不超过', '<='], ['不高于', '<='], ['不大于', '<='], ['控制在', '<='], ['最高', '<='], ['最多', '<='],
  ['超过', '>'], ['突破', '>'], ['超', '>'], ['高于', '>'], ['大于', '>'], ['多于', '>'],
  ['低于', '<'], ['少于', '<'], ['小于', '<'], ['不足', '<'], ['不到', '<'],
  ['增加到', '='], ['提高到', '='], ['提升到', '='], ['增长到', '='], ['下降到', '='], ['降低到', '='], ['减少到', '='],
];
const SUFFIX_COMPARATORS: ReadonlyArray<[RegExp, Comparator]> = [
  [/^[ \u3000]?(?:及以上|以上)/, '>='],
  [/^[ \u3000]?(?:及以下|以下|以内|之内|内)/, '<='],
  [/^[ \u3000]?左右/, '='],
];

// 比上年 / 同比 compare with a past year: a reported figure in a review, a planned change in a plan.
const COMPARISON_CUE = /同比|比上年|较上年|比(?:19|20)\d\d年/;
const ACTUAL_CUE = /截至|截止|已经|已(?:有|建|实现|完成|达|成立|覆盖|累计|形成|出台|建立|制定|印发)|共有|累计(?:争取|完成|实现|建成|投入)|落实了|为基数|增长了|下降了|提高了|增加了|减少了|达到了|建立了|制定了|实现了|完成了|成立了|出台了|印发了|进行了|开展了|均已|先后|五年来|过去一年|去年/;
const PLAN_CUE = /拟(?:按|安排|发行|新增|下达|投入|设立)/;
const TARGET_CUE = /到(?:19|20)\d\d年|(?:19|20)\d\d年(?:底|末)?(?:前|以前)|力争|确保|争取|不低于|不少于|不超过|不高于|至少|应当|必须|目标|预期|[^重主需只]要(?!求)/;

/** A review, report or bulletin: its figures are actual unless a sentence says otherwise. */
export function isReportDocument(title: string | null, text: string): boolean {
  if (title && /(?:报告|公报|总结|回顾|综述|情况通报)$/.test(title)) return true;
  if (title && /(?:通知|意见|方案|计划|规划|办法|规定|条例|要点|措施|纲要|指南)》?(?:[（(].{1,10}[)）])?$/.test(title)) return false;
  const actual = text.match(/截至|截止|已经|增长了|下降了|建立了|出台了|印发了|实现了|完成了|开展了|取得了|五年来|过去一年/g)?.length ?? 0;
  const target = text.match(/到(?:19|20)\d\d年|力争|确保|应当|必须|[^重主需只]要(?!求)/g)?.length ?? 0;
  return actual > target;
}

/** Clause and sentence boundaries. */
const CLAUSE_END = /[，,；;。！？!?：:\n\r]/;
const SENTENCE_END = /[。！？!?；;\n\r]/;

function isNumeralChar(c: string | undefined): boolean {
  return c !== undefined && /[0-9０-９.．零〇○一二两三四五六七八九十百千万亿]/.test(c);
}

function comparatorBefore(text: string, at: number, floor: number): { comparator: Comparator; start: number } | null {
  // A few function words may stand between the word and the number: 要在 / 有 / 为.
  let end = at;
  const gap = /(?:要有|要在|在|为|有|要)$/.exec(text.slice(Math.max(floor, at - 3), at));
  if (gap) end = at - gap[0].length;
  const window = text.slice(Math.max(floor, end - 6), end);
  for (const [word, cmp] of PREFIX_COMPARATORS) {
    if (!window.endsWith(word)) continue;
    // 不宜少于5项 / 不应超过20项: a negated strict bound is the opposite inclusive one.
    const negated = cmp !== '=' && !word.startsWith('不') ? /不[宜应得能可]?$/.exec(text.slice(Math.max(floor, end - word.length - 2), end - word.length)) : null;
    if (negated) return { comparator: cmp === '<' ? '>=' : cmp === '>' ? '<=' : cmp, start: end - word.length - negated[0].length };
    return { comparator: cmp, start: end - word.length };
  }
  // 至少建设一所 / 最多设立三个: a bound word a verb away from the number (最低/最高 are
  // left out: 最低标准再提高20元 names the subject, it bounds nothing).
  const near = /(至少|最少|最多|不少于|不超过|不低于|不高于)[\u4e00-\u9fff]{1,6}$/.exec(text.slice(Math.max(floor, at - 9), at));
  // 不低于绩效工资总量的70%: the bound word, the base, 的, the share.
  const share = near ? null : /(不少于|不超过|不低于|不高于)[\u4e00-\u9fff]{1,12}的$/.exec(text.slice(Math.max(floor, at - 16), at));
  const bound = near ?? share;
  if (bound) {
    const cmp = PREFIX_COMPARATORS.find(([w]) => w === bound[1])![1];
    return { comparator: cmp, start: at - bound[0].length };
  }
  return null;
}

function unitAfter(text: string, at: number): { unit: string; length: number } | null {
  const m = UNIT_RE.exec(text.slice(at, at + 8));
  return m ? { unit: m[1]!, length: m[0].length } : null;
}

export interface IndicatorContext extends TimeContext {
  /** Names and quoted names (《titles》, 文号, “十户一体”): figures there are not indicators. */
  guarded: SpanSet;
  /** The document reports figures (a review, a bulletin) rather than sets targets. */
  reportDocument: boolean;
  /** Subject of the previous figure in the same sentence (set while scanning). */
  previousSubject?: string | null;
  /** Comparator and end of the previous figure in the same sentence. */
  previousComparator?: Comparator | null;
  previousEnd?: number;
  /** Parts of the text that review past work (一、2024年工作回顾): figures there are actual by default. */
  reviewRanges?: readonly Span[];
  /** Parts of a report that set out the coming work (三、2025年政府工作任务): figures there are targets by default. */
  planRanges?: readonly Span[];
}

/** Section titles of a review of past work: 工作回顾, 主要成效, 发展基础, 基本情况. */
/** Section titles of the coming work in a report: 政府工作任务, 总体要求, 主要目标, 形势与展望. */
export const PLAN_TITLE = /工作任务|重点任务|主要任务|总体要求|主要目标|目标任务|重点工作|工作安排|工作部署|展望/;

export const REVIEW_TITLE = /回顾|成效|成绩|进展情况|工作总结|主要做法|基本情况|发展基础|发展现状|现状|取得的|过去一年|五年来/;

/** Find indicators in `range` of `text`. */
export function findIndicators(text: string, range: Span, context: IndicatorContext): IndicatorDraft[] {
  const ctx: IndicatorContext = { ...context };
  const out: IndicatorDraft[] = [];
  const [from, to] = range;
  let p = from;
  while (p < to) {
    if (!canStartNumber(text.charCodeAt(p)) && !(text.charCodeAt(p) === 0x767e && text.startsWith('百分之', p))) {
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
    // The previous figure of the sentence, for figures that continue it (最少不低于350平方米, 65%和55%).
    ctx.previousSubject = sameSentence ? last.subject : null;
    ctx.previousComparator = sameSentence && last.comparator !== 'range' ? last.comparator : null;
    ctx.previousEnd = sameSentence ? last.next : undefined;
    const found = indicatorAt(text, p, from, to, ctx);
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

/** Characters that can follow a number inside an indicator (a unit, a magnitude, a range dash, 以上 …). */
const AFTER_NUMBER = charClass('个人名户次家所项条件座台套辆张床间栋岁年天日周小分平立千公亩吨米元倍美%％‰㎡万亿省市县区州以及左多余-—–~～至到.．,百之毫厘批场类种支款例兆头羽只册部斤微μEPTGM');

const NUMERAL_CODES = charClass('0123456789０１２３４５６７８９零〇○一二两三四五六七八九十百千');

/** Cheap test before parsing: a numeral run followed by something an indicator can continue with. */
function mayBeQuantity(text: string, p: number): boolean {
  let q = p;
  while (q < p + 12 && NUMERAL_CODES(text.charCodeAt(q))) q++;
  if (q === p) return text.startsWith('百分之', p);
  for (let c = text.charCodeAt(q); c === 32 || c === 0x3000 || c === 0xa0 || (c >= 0x2002 && c <= 0x2009); c = text.charCodeAt(++q));
  return AFTER_NUMBER(text.charCodeAt(q));
}

// 第1至4项 (item numbers), 附件1所列 (annex numbers), 每认定1家 (a denominator).
const NOT_A_FIGURE_BEFORE = /(?:第\d{1,3}[至到\-—–~]|附件|附表|附录|(?<![一-龥])表|图)$/;

function indicatorAt(text: string, p: number, from: number, to: number, ctx: IndicatorContext): IndicatorDraft | null {
  if (!mayBeQuantity(text, p)) return null;
  if (NOT_A_FIGURE_BEFORE.test(text.slice(Math.max(from, p - 6), p))) return null;
  const prev = text[p - 1];
  // Part of a longer token (IPv6, 3A, 二〇一七), an ordinal (第十届), or a denominator (每万, 每百户).
  if (p > from && (isNumeralChar(prev) || prev === '第' || prev === '每' || /[A-Za-zＡ-Ｚａ-ｚ]/.test(prev ?? ''))) return null;
  const n = numberAt(text, p);
  if (!n) return null;
  let end = p + n.length;
  // Part of a longer number (2017 read from 二〇一七); 千瓦 after 10亿 is a unit.
  if (!n.percentWord && (n.chinese ? isNumeralChar(text[end]) : /[0-9０-９]/.test(text[end] ?? ''))) return null;
  let unit: string | null = n.percentWord ? '%' : null;
  // 湖南、广东、广西等5省(区) / 凯里、黄平、镇远三县(市): a count of the places just listed.
  const place = /^(省|市|县|区|州)(?:[(（][省市县区旗州、]{1,5}[)）])?/.exec(text.slice(end, end + 8));
  // …but not a name that goes on (四省藏区).
  const placeEnds = place && (place[0].length > 1 || /^(?:的|[，,。；;、）)]|$)/.test(text.slice(end + place[0].length, end + place[0].length + 1)));
  if (!unit && place && placeEnds && (prev === '等' || /、[^，。；]{1,12}$/.test(text.slice(Math.max(from, p - 14), p)))) {
    return finish(text, p, end + place[0].length, n, null, place[0], from, to, ctx, 'indicator/place-count');
  }
  if (!unit) {
    const u = unitAfter(text, end);
    if (!u) return rangeIndicator(text, p, n, from, to, ctx);
    unit = u.unit;
    end += u.length;
  }
  if (/^[A-Za-z]/.test(unit) ? /^[A-Za-z0-9]/.test(text[end] ?? '') : /^[A-Za-z0-9]/.test(text[end] ?? '')) return null; // 5G, 3A
  return finish(text, p, end, n, null, unit, from, to, ctx, 'indicator/quantity');
}

/** 1.2-1.4倍 / 1500户至3000户 / 5到10年 / 10%-15%: the unit may follow either number. */
function rangeIndicator(text: string, p: number, n: ParsedNumber, from: number, to: number, ctx: IndicatorContext): IndicatorDraft | null {
  const after = p + n.length;
  const m = /^[ \u3000]?[-—–~～至到][ \u3000]?/.exec(text.slice(after, after + 4));
  if (!m) return null;
  const second = numberAt(text, after + m[0].length);
  if (!second || second.chinese !== n.chinese) return null;
  let end = after + m[0].length + second.length;
  const u = unitAfter(text, end);
  if (!u) return null;
  end += u.length;
  return finish(text, p, end, n, second.value, u.unit, from, to, ctx, 'indicator/range');
}

function finish(
  text: string,
  p: number,
  end: number,
  n: ParsedNumber,
  valueMax: number | null,
  rawUnit: string,
  from: number,
  to: number,
  ctx: IndicatorContext,
  rule: string,
): IndicatorDraft | null {
  let max = valueMax;
  let unitEnd = end;
  // 1500户至3000户: a range written with the unit twice.
  if (max === null) {
    const m = /^[ \u3000]?[-—–~～至到][ \u3000]?/.exec(text.slice(end, end + 4));
    if (m) {
      const second = numberAt(text, end + m[0].length);
      if (second && second.chinese === n.chinese) {
        const u = unitAfter(text, end + m[0].length + second.length);
        if (u && u.unit === rawUnit) {
          max = second.value;
          unitEnd = end + m[0].length + second.length + u.length;
        }
      }
    }
  }
  const unit = UNIT_NORMAL[rawUnit] ?? rawUnit;
  if (unit === '年' && !n.chinese && n.value >= 1000) return null; // a year
  // 3年内 is a time horizon, not a figure; 每认定1家 counts per one.
  if (unit === '年' && /^内/.test(text.slice(unitEnd, unitEnd + 1))) return null;
  if (n.value === 1 && /每[\u4e00-\u9fff]{0,3}$/.test(text.slice(Math.max(from, p - 4), p))) return null;
  // Clause and sentence around the figure.
  let clauseStart = p;
  while (clauseStart > from && !CLAUSE_END.test(text[clauseStart - 1]!)) clauseStart--;
  let clauseEnd = unitEnd;
  while (clauseEnd < to && !CLAUSE_END.test(text[clauseEnd]!)) clauseEnd++;
  let sentenceStart = p;
  while (sentenceStart > from && !SENTENCE_END.test(text[sentenceStart - 1]!)) sentenceStart--;

  const suffix = SUFFIX_COMPARATORS.map(([re, cmp]) => ({ m: re.exec(text.slice(unitEnd, unitEnd + 4)), cmp })).find((x) => x.m);
  const moreThan = /^[多余]/.test(text.slice(unitEnd, unitEnd + 1)) || /^[多余]/.test(text.slice(p + n.length, p + n.length + 1));
  let prefix = comparatorBefore(text, p, clauseStart);
  // 分别达到65%和55%: the second figure shares the first one's comparator and subject.
  // 不宜少于5项、不宜超过20项: the second figure may bring its own comparator.
  const coordinated = ctx.previousEnd !== undefined && /^[和及与、]$/.test(text.slice(ctx.previousEnd, prefix ? prefix.start : p));
  if (!prefix && coordinated && ctx.previousComparator) prefix = { comparator: ctx.previousComparator, start: p };
  let comparator: Comparator = max !== null ? 'range' : (prefix?.comparator ?? suffix?.cmp ?? (moreThan ? '>' : '='));
  if (max === null && suffix && (!prefix || prefix.comparator === '=')) comparator = suffix.cmp;
  // Durations count only as thresholds with a comparator word (一年以上), not as horizons (再过5到10年).
  // …or stated outright: 顶岗实习时间一般为6个月 (not 为期三年, the span of a programme).
  const statedAs = /[^期]为$/.test(text.slice(Math.max(clauseStart, p - 2), p));
  if (NEEDS_COMPARATOR.has(unit) && (comparator === 'range' || (comparator === '=' && !(statedAs && unit !== '批')))) return null;
  // Chinese numerals below ten name things more often than they count them (一张网, 二次开发, 三张清单):
  // they count only with a comparator word (一年以上), or as the number of places just listed.
  // 两 is how counts are written (每年召开两次会议), 二 how terms are (二次开发).
  const liang = text[p] === '两';
  if (n.chinese && n.value < 10 && !prefix && !suffix && !liang && !/^(?:省|市|县|区|州)/.test(rawUnit)) return null;
  if (STRUCTURE_NOUN.test(text.slice(unitEnd, unitEnd + 3))) return null;
  // 知识产权保护方面5项 / （共23项） / 上述两个表格: counts of the text's own items, or a reference back.
  const lead = text.slice(Math.max(from, p - 4), p);
  if (/^[项条]$/.test(unit) && (/(?:方面|部分|领域|类)$/.test(lead) || /[（(]共$/.test(lead))) return null;
  if (/(?:上述|以上|下列|前述|上面)$/.test(lead)) return null;
  // 突破一批原创性成果: 一批 is "some", not a count.
  if (n.chinese && n.value === 1 && unit === '批') return null;
  const fullEnd = suffix?.m ? unitEnd + suffix.m[0].length : unitEnd;
  // 超10亿元的6户 / 500万元以上的12家: a threshold qualifies what the next figure counts
  // (not 等5省(区)的4000名, where both count).
  const threshold = text[p - 1] === '超' || suffix !== undefined || prefix !== null;
  if (threshold && /^的[0-9０-９]/.test(text.slice(fullEnd, fullEnd + 2))) return null;

  // Subject: the clause before the figure, or the words after it when the figure comes first (85%的村建立…).
  let before = stripLead(
    cleanText(text.slice(clauseStart, prefix ? prefix.start : p)).replace(/(?:一般应有|应有|要有|要在|在|为|有|要|约|近|共|共有|约有|达|实现|其中|一般应|应|拟按|按照|按)$/, ''),
  );
  // 上报有关情况（最迟不超过4个小时）: the figure qualifies what precedes its bracket.
  const openBracket = /[（(][^（）()]{0,8}$/.exec(before);
  if (openBracket && openBracket.index >= 4) before = before.slice(0, openBracket.index);
  const afterText = cleanText(text.slice(fullEnd, clauseEnd)).replace(/^的/, '');
  // The counted noun may follow the figure: 至少要有2名以上本社区居民 → 社区居民委员会成员中本社区居民.
  const nounAfter = afterText.length > 0 && afterText.length <= 12 && /^[\u4e00-\u9fff]/.test(afterText) && !/[0-9０-９%]/.test(afterText);
  let subject = before.length >= 4 ? (nounAfter ? `${before}${afterText}` : before) : `${before}${afterText}`;
  // 最少不低于350平方米: a clause continuing the previous figure's subject; 2000万元、5000万元: a list of figures.
  if (coordinated && ctx.previousSubject) subject = ctx.previousSubject;
  else if (subject.length < 4 && ctx.previousSubject) subject = `${ctx.previousSubject}${subject}`;
  // 对…平台省级给予奖补，最高3000万元: the figure's clause names nothing; the clause before does.
  if (subject === '' && clauseStart > from) {
    let prevStart = clauseStart - 1;
    while (prevStart > from && !CLAUSE_END.test(text[prevStart - 1]!)) prevStart--;
    subject = stripLead(cleanText(text.slice(prevStart, clauseStart - 1))).slice(-30);
  }
  subject = subject.slice(0, 80);
  if (subject === '') return null;

  const spanStart = before.length >= 4 ? clauseStart : p;
  const spanEnd = before.length >= 4 ? fullEnd : clauseEnd;
  const sentence = text.slice(sentenceStart, clauseEnd);
  const inReview = ctx.reviewRanges?.some(([s, e]) => s <= p && p < e) ?? false;
  // 今年赤字率拟按4%左右安排、比上年提高1个百分点: 拟 plans, whatever the comparison says.
  const planned = PLAN_CUE.test(text.slice(sentenceStart, fullEnd));
  const inPlan = ctx.planRanges?.some(([s, e]) => s <= p && p < e) ?? false;
  const reporting = (ctx.reportDocument && !inPlan) || inReview;
  const kind = planned
    ? 'target'
    : ACTUAL_CUE.test(sentence) || (reporting && COMPARISON_CUE.test(sentence))
      ? 'actual'
      : TARGET_CUE.test(sentence)
        ? 'target'
        : reporting
          ? 'actual'
          : 'target';
  const year = yearBefore(text, sentenceStart, p, ctx) ?? yearAfterInClause(text, fullEnd, clauseEnd, ctx);
  return {
    kind,
    subject,
    comparator,
    value: n.value,
    valueMax: max,
    unit,
    year,
    text: cleanText(text.slice(spanStart, spanEnd)),
    span: trimSpan(text, [spanStart, spanEnd]),
    rule,
    next: fullEnd,
  };
}

// Words that open a clause without naming what is measured: markers, time phrases, adverbs, 全省.
const LEAD_WORDS = /^(?:\d{1,3}[.．、]|[（(][一二三四五六七八九十\d]{1,3}[)）]|[一二三四五六七八九十]{1,3}、|(?:到|至)?(?:19|20)\d{2}年(?:底|末)?[，,]?|(?:到|至)?(?:年末|年底|当年)|[“"]?十[一二三四五六七八九]五[”"]?末|力争|确保|争取|实现|其中|全省|全市|全县|全国|并|且|和|及|同时|进一步|按照|在)/;

function stripLead(s: string): string {
  let out = s;
  for (let i = 0; i < 6; i++) {
    const next = out.replace(LEAD_WORDS, '');
    if (next === out) break;
    out = next;
  }
  return out;
}

function trimSpan(text: string, [s, e]: Span): Span {
  while (s < e && /\s/.test(text[s]!)) s++;
  while (e > s && /\s/.test(text[e - 1]!)) e--;
  return [s, e];
}

/**
 * Responsible units assigned inside a task's text, by six rules:
 *   unit/label         责任单位：各县(市、区)民政局 / （牵头单位：A；配合单位：B）
 *   unit/parenthetical （省民政厅牵头，各相关部门参与） / （XX、YY负责）
 *   unit/by            由X负责 / 由X牵头，Y配合
 *   unit/subject-lead  市人力资源社会保障部门应牵头会同… / X牵头，Y、Z配合 (a unit as the clause's subject)
 *   unit/line          a line of the task that is only a unit list (seed 003, task 12)
 *   unit/under-heading the unit after the first sentence of an item under （一）申请受理责任部门 (corpus 213)
 * and one refiner: one entry per unit and task (a unit named in several sub-items keeps its first mention).
 */
import { LABEL_HEADS, PRINCIPLE_VERBS, roleOf, type Role } from '../../lexicon/roles.js';
import { alternation } from '../../text/words.js';
import { ANY_ROLE, BY_ROLE, BY_SUPPORT, FIRST_LEADS_NOTE, LABEL_HEAD, NEXT_UNIT_LABEL, ROLE_THEN_WORK, UNIT_LABEL, UNITISH, VERB_IN_UNIT_NAME } from '../../patterns/units.js';
import { compactKey } from '../../text/clean.js';
import { isUnitCell } from '../../text/organisations.js';
import type { Span, Trace } from '../../types.js';
import { parseUnitList, type UnitDraft } from './list.js';
import { append } from '../../text/arrays.js';

export { parseUnitList, type ParseOptions, type UnitDraft } from './list.js';
export type { Role };

/** 列第一位者为牵头单位 / 排在第一位的为牵头单位: the document's convention for unlabelled lists. */
export function statesFirstLeads(text: string): boolean {
  return FIRST_LEADS_NOTE.test(text);
}

export interface UnitContext {
  firstLeads: boolean;
  trace?: Trace;
  /** The title of the section the task is in (（一）申请受理责任部门 names units for its items). */
  sectionTitle?: string | null;
}

interface Found {
  units: UnitDraft[];
  /** The text the rule read, so later rules do not read it again. */
  taken: Span;
}

function labelRole(label: string): Role {
  return roleOf(LABEL_HEAD.exec(label)?.[0] ?? '', LABEL_HEADS) ?? 'responsible';
}

/** End of a labelled value: a line end, a closing bracket, a sentence end, or the next label. */
function valueEnd(text: string, from: number, limit: number): number {
  let depth = 0;
  for (let i = from; i < limit; i++) {
    const c = text[i]!;
    if (c === '（' || c === '(') depth++;
    else if ((c === '）' || c === ')') && depth > 0) {
      depth--;
      continue;
    }
    if (c === '\n' || c === '\r' || c === '）' || c === ')' || c === '。') return i;
    // （负责部门：…；适用范围：…）: a list of units ends at ；, or at ， before the next label.
    if (c === '；' || c === ';') return i;
    if ((c === '，' || c === ',') && NEXT_UNIT_LABEL.test(text.slice(i + 1, i + 9))) return i;
  }
  return limit;
}

/** unit/label: 责任单位：各县(市、区)民政局，市局基政科. */
function byLabels(text: string, [from, to]: Span, ctx: UnitContext): Found[] {
  const out: Found[] = [];
  for (const m of text.slice(from, to).matchAll(UNIT_LABEL)) {
    const start = from + m.index + m[0].length;
    const end = valueEnd(text, start, to);
    if (end <= start) continue;
    out.push({ units: parseUnitList(text, [start, end], { defaultRole: labelRole(m[1]!), rule: 'unit/label', trace: ctx.trace }), taken: [from + m.index, end] });
  }
  return out;
}

/** A line that could hold unit names: one of the characters organisation names end in. */
const UNIT_CHAR = /[局厅委办科部室处校院学会司组]/;
/** A heading that names units: （一）试点单位。 / 牵头部门： / 责任单位. */
const UNITS_HEADING = /(?:单位|部门)[。：:]?$/;
/** A section whose title names the units in charge of its items: 申请受理责任部门 / 承办单位 / 经办机构. */
const UNITS_SECTION = /(?:责任|受理|承办|经办|牵头|负责)(?:单位|部门|机构)(?:及(?:联系方式|地址))?$/;
/** The work verb after a unit in such an item: 各重点企业联系服务部门具体受理. */
const UNIT_WORK_TAIL = /(?:具体|负责)?(?:受理|汇总|办理|审核)$/;
/** After a 由: the unit and its work verb (anchored, tried at each 由, so linear). */
const BY_WORK = /^([^，,；;。\n]{2,30}?)(?:具体|负责)?(?:受理|汇总|办理|审核)/;
/** Where a leading subject starts: a clause or sentence boundary, the space after an article number (not a line break: 中国信息通信研\n究院 is one name, corpus 083). */
const SUBJECT_STOP = /[。；;，,：:！？!? \t\u3000（()）“”]/;
const SUBJECT_MAX = 30;
const VERB_LED = new RegExp(`^${alternation(PRINCIPLE_VERBS)}`);
/** 人民政府要建立省级政府办公厅牵头: a modal or a verb inside makes the subject a clause (应急 is a name). */
const CLAUSE_INSIDE = /要|建立|应(?!急)|可以|必须|对/;
/** 市人社部门应牵头 / 要牵头 / 负责牵头: words between the subject and 牵头. */
const SUBJECT_MODAL = /(?:应当|应|要|须|必须|负责|具体)$/;
/**
 * 牵头单位 / 牵头部门 / 牵头的: 牵头 as part of a noun, not the subject's role; 行政监管部门要牵头抓总
 * (corpus 086): a general charge of a kind of department, no task assigned to a unit.
 */
const LEAD_NOUN_AFTER = /^(?:单位|部门|处室|的|人|抓总)/;

const PARENTHETICAL = /[（(]([^（）()]{2,200})[）)]/g;
const CLAUSE_SPLIT = /(?<=[，,；;。])/;

/** The run of clauses at the start of a parenthetical that are unit lists (a note after it ends it). */
function listedPart(inner: string): string {
  let length = 0;
  for (const clause of inner.split(CLAUSE_SPLIT)) {
    const k = compactKey(clause).replace(/[，,；;。]$/, '').replace(/(?:组织实施|负责落实)$/, '');
    if (k === '' || !isUnitCell(k)) break;
    length += clause.length;
  }
  let end = length;
  while (end > 0 && /[，,；;。\s]/.test(inner[end - 1]!)) end--;
  return inner.slice(0, end);
}

/**
 * unit/parenthetical: （省民政厅牵头，各相关部门参与） / （XX、YY负责）. The list is the run of
 * clauses that are unit lists (…负责，排在第一位的部门为牵头部门，下同). Without a role word, only
 * where the document says the first name leads, and only closing its clause: 建立健全民办学校理事会
 * （董事会）、监事会制度 glosses a word.
 */
function byParentheticals(text: string, [from, to]: Span, ctx: UnitContext, overlaps: (s: Span) => boolean): Found[] {
  const out: Found[] = [];
  for (const m of text.slice(from, to).matchAll(PARENTHETICAL)) {
    if (!UNITISH.test(m[1]!)) continue;
    const listed = listedPart(m[1]!);
    if (listed === '') continue;
    const s: Span = [from + m.index + 1, from + m.index + 1 + listed.length];
    if (overlaps(s)) continue;
    const roleStated = ANY_ROLE.test(listed);
    if (!roleStated && !ctx.firstLeads) continue;
    const after = text[from + m.index + m[0].length];
    if (!roleStated && after !== undefined && !/[。；;，,：:\s）)]/.test(after)) continue;
    out.push({ units: parseUnitList(text, s, { defaultRole: 'responsible', firstLeads: ctx.firstLeads, rule: 'unit/parenthetical', trace: ctx.trace }), taken: s });
  }
  return out;
}

/**
 * 由X负责 / 由X具体负责 / 由X牵头: X runs to the role word within 40 characters and holds no
 * clause punctuation. Found by scanning for 由, so the cost stays linear in the text.
 */
function byPhrases(slice: string): Array<{ name: string; nameStart: number; role: Role; end: number }> {
  const out: Array<{ name: string; nameStart: number; role: Role; end: number }> = [];
  for (let at = slice.indexOf('由'); at >= 0; at = slice.indexOf('由', at + 1)) {
    const window = slice.slice(at + 1, at + 47);
    const stop = window.search(/[，。；,;：:]/);
    const scope = stop >= 0 ? window.slice(0, stop) : window;
    const role = BY_ROLE.exec(scope);
    if (!role || role.index < 2 || role.index > 40) continue;
    out.push({ name: scope.slice(0, role.index), nameStart: at + 1, role: roleOf(role[1]!) ?? 'responsible', end: at + 1 + role.index + role[0].length });
  }
  return out;
}

/**
 * …牵头，Y、Z配合: the supporting units right after a lead's role word (ending at `roleEnd`), and
 * where their role word ends; null when none follow. `cellsOnly`: every name must be a unit.
 */
function supportAfter(text: string, roleEnd: number, to: number, rule: string, ctx: UnitContext, cellsOnly: boolean): { units: UnitDraft[]; end: number } | null {
  const m = BY_SUPPORT.exec(text.slice(roleEnd, Math.min(to, roleEnd + 60)));
  if (!m || (cellsOnly && !isUnitCell(m[1]!))) return null;
  const s = roleEnd + 1;
  return { units: parseUnitList(text, [s, s + m[1]!.length], { defaultRole: 'support', rule, trace: ctx.trace }), end: roleEnd + m[0].length };
}

/** unit/by: 由X负责 / 由X牵头，Y配合 (not 由X组成: 建立由民政部牵头，…组成的联席会议制度 names members). */
function byBy(text: string, [from, to]: Span, ctx: UnitContext, overlaps: (s: Span) => boolean): Found[] {
  const out: Found[] = [];
  const slice = text.slice(from, to);
  for (const m of byPhrases(slice)) {
    const s: Span = [from + m.nameStart, from + m.nameStart + m.name.length];
    if (overlaps(s)) continue;
    const after = slice.slice(m.end, m.end + 60);
    if (/^[^。；]{0,50}组成/.test(after)) {
      ctx.trace?.({ entity: 'unit', span: s, rule: 'unit/by', dropped: 'members of a body (由…组成)' });
      continue;
    }
    if (VERB_IN_UNIT_NAME.test(m.name)) {
      ctx.trace?.({ entity: 'unit', span: s, rule: 'unit/by', dropped: 'a verb inside: not a list of units (由…成立运营公司负责)' });
      continue;
    }
    const units = parseUnitList(text, s, { defaultRole: m.role, rule: 'unit/by', trace: ctx.trace });
    if (units.length === 0) continue;
    // …牵头，Y和有关部门配合
    const support = m.role === 'lead' ? supportAfter(text, from + m.end, to, 'unit/by', ctx, false) : null;
    if (support) append(units, support.units);
    out.push({ units, taken: [s[0], from + m.end] });
  }
  return out;
}

/**
 * unit/line: a line of the task that is only a unit list, after a finished sentence (seed 003,
 * task 12); a line that continues a wrapped sentence (…应在5个工作日 / 内上报工业和信息化部) is not one.
 */
function byLines(text: string, [from, to]: Span, ctx: UnitContext, overlaps: (s: Span) => boolean): Found[] {
  const out: Found[] = [];
  let previousLine = '';
  let lineStart = from;
  while (lineStart <= to) {
    let nl = text.indexOf('\n', lineStart);
    if (nl < 0 || nl > to) nl = to;
    const lineEnd = nl > lineStart && text.charCodeAt(nl - 1) === 13 ? nl - 1 : nl;
    const raw = text.slice(lineStart, lineEnd);
    const line = raw.length <= 200 ? raw.trim() : '';
    const afterSentence = /[。；;！？”）)]$/.test(previousLine);
    // A line closed by 。 is a unit list only when it states a role (交通运输部运输服务司牵头，科技司、
    // 人事教育司配合。) or stands under a heading that names units (（一）试点单位。 / 北京工业大学。), corpus 090.
    const closed = line.endsWith('。');
    const listed = closed ? line.slice(0, -1) : line;
    // 监察机构、监察专员对派驻或者派出它的监察委员会负责。 (a statute's clause, not a unit list): no prepositions.
    const closedOk = !closed || ((ANY_ROLE.test(listed) || UNITS_HEADING.test(previousLine)) && !/[对向把被它其]/.test(listed));
    // 区县主管部门负责审核辖区服务资源使用单位 (corpus 063): a sentence that goes on past its role word.
    const listLike = !ROLE_THEN_WORK.test(listed);
    if (lineStart > from && afterSentence && listed !== '' && UNIT_CHAR.test(listed) && closedOk && listLike && isUnitCell(listed)) {
      const lead = raw.length - raw.trimStart().length;
      const s: Span = [lineStart + lead, lineStart + lead + listed.length];
      if (!overlaps([lineStart, lineEnd])) out.push({ units: parseUnitList(text, s, { defaultRole: 'responsible', rule: 'unit/line', trace: ctx.trace }), taken: s });
    }
    if (raw.trim() !== '') previousLine = raw.trim();
    lineStart = nl + 1;
  }
  return out;
}

/**
 * unit/subject-lead: a clause whose subject is a unit that leads: 市人力资源社会保障部门应牵头会同相关部门
 * 制定实施细则 (corpus 211) / 交通运输部运输服务司牵头，科技司、人事教育司配合 (corpus 090), with the
 * supporting units of a following …配合 clause. The subject runs back from 牵头 to the clause start.
 */
function bySubjectLead(text: string, [from, to]: Span, ctx: UnitContext, overlaps: (s: Span) => boolean): Found[] {
  const out: Found[] = [];
  const slice = text.slice(from, to);
  for (let at = slice.indexOf('牵头'); at >= 0; at = slice.indexOf('牵头', at + 2)) {
    if (LEAD_NOUN_AFTER.test(slice.slice(at + 2, at + 4))) continue;
    let start = at;
    while (start > 0 && at - start < SUBJECT_MAX && !SUBJECT_STOP.test(slice[start - 1]!)) start--;
    // No boundary within reach: the name would be cut (…研究院 of 中国信息通信研究院).
    const cut = start > 0 && !SUBJECT_STOP.test(slice[start - 1]!);
    const subject = slice.slice(start, at).replace(SUBJECT_MODAL, '');
    if (cut || subject.length < 2 || VERB_LED.test(subject) || CLAUSE_INSIDE.test(subject) || !isUnitCell(subject) || ANY_ROLE.test(subject)) {
      if (subject.length >= 2) ctx.trace?.({ entity: 'unit', span: [from + start, from + at + 2], rule: 'unit/subject-lead', dropped: 'the subject is no unit list' });
      continue;
    }
    const s: Span = [from + start, from + start + subject.length];
    if (overlaps([s[0], from + at + 2])) continue;
    const units = parseUnitList(text, s, { defaultRole: 'lead', rule: 'unit/subject-lead', trace: ctx.trace });
    if (units.length === 0) continue;
    const support = supportAfter(text, from + at + 2, to, 'unit/subject-lead', ctx, true);
    if (support) append(units, support.units);
    const end = support ? support.end : from + at + 2;
    out.push({ units, taken: [s[0], end] });
  }
  return out;
}

/** Units assigned inside a task's text, in text order, one per unit name. */
export function unitsInText(text: string, span: Span, ctx: UnitContext): UnitDraft[] {
  const taken: Span[] = [];
  const overlaps = (s: Span): boolean => taken.some((t) => s[0] < t[1] && t[0] < s[1]);
  const found: UnitDraft[] = [];
  const take = (list: Found[]): void => {
    for (const f of list) {
      append(found, f.units);
      taken.push(f.taken);
    }
  };
  take(byLabels(text, span, ctx));
  take(byParentheticals(text, span, ctx, overlaps));
  take(byBy(text, span, ctx, overlaps));
  take(bySubjectLead(text, span, ctx, overlaps));
  take(byLines(text, span, ctx, overlaps));
  if (found.length === 0) take(underUnitsHeading(text, span, ctx));
  return firstMentions(found, ctx.trace);
}

/**
 * unit/under-heading: items of a section that names units (（一）申请受理责任部门, corpus 213), each the
 * kind of case, then the unit in charge: 1.高层次人才…人才。天河区委组织部人才工作科，天河区天府路1号… The
 * unit is the clause after the item's first sentence, when it is one (its work verb left out:
 * 各重点企业联系服务部门具体受理).
 */
function underUnitsHeading(text: string, [from, to]: Span, ctx: UnitContext): Found[] {
  if (!ctx.sectionTitle || !UNITS_SECTION.test(ctx.sectionTitle)) return [];
  const stop = text.slice(from, to).indexOf('。');
  if (stop < 0 || from + stop + 1 >= to) return [];
  const start = from + stop + 1;
  const clause = /^[^，,；;。\n]{2,40}/.exec(text.slice(start, to))?.[0] ?? '';
  const name = clause.replace(UNIT_WORK_TAIL, '');
  if (name === '' || !isUnitCell(name)) return [];
  const units = parseUnitList(text, [start, start + name.length], { defaultRole: 'responsible', rule: 'unit/under-heading', trace: ctx.trace });
  if (units.length === 0) return [];
  // …具体受理，由天河中央商务区管委会企业服务处汇总: a second unit doing the same work.
  const rel = text.slice(start + clause.length, to).indexOf('由');
  const at = rel < 0 ? -1 : start + clause.length + rel;
  const by = at >= 0 ? BY_WORK.exec(text.slice(at + 1, Math.min(to, at + 40))) : null;
  if (by && isUnitCell(by[1]!)) append(units, parseUnitList(text, [at + 1, at + 1 + by[1]!.length], { defaultRole: 'responsible', rule: 'unit/under-heading', trace: ctx.trace }));
  return [{ units, taken: [start, start + clause.length] }];
}

/** refine/unit-once-per-task: a unit named in several sub-items of one task keeps its first mention. */
function firstMentions(units: UnitDraft[], trace?: Trace): UnitDraft[] {
  const seen = new Set<string>();
  return [...units]
    .sort((a, b) => a.span[0] - b.span[0])
    .filter((u) => {
      const key = compactKey(u.name);
      if (!seen.has(key)) return seen.add(key), true;
      trace?.({ entity: 'unit', span: u.span, rule: 'refine/unit-once-per-task', dropped: 'named again in the same task' });
      return false;
    });
}

/**
 * Responsible units: 责任单位：/ 牵头单位：/ 配合单位：labels, parentheticals such
 * as （省民政厅牵头，各相关部门参与）, 由X负责 / 由X牵头, a line that is only a unit
 * list, and the unit columns of task tables. Lists are split at 、，,；; outside
 * parentheses (各县(市、区)民政局 is one unit); a role word applies to the run of
 * names before it (省民政厅、省质监局牵头 → both lead).
 */
import type { Span } from '../types.js';
import { cleanText, compactKey } from '../normalize/clean.js';
import { ELLIPTICAL_PLACE, isGenericUnit, isUnitCell, LOCAL_GOVERNMENTS, splitOutsideParens } from '../segment/cells.js';
import { ORG_SUFFIX } from '../patterns.js';

export type Role = 'lead' | 'support' | 'responsible';

export interface UnitDraft {
  name: string;
  role: Role;
  /** The name as written in the source. */
  text: string;
  span: Span;
  rule: string;
}

const LEAD_WORDS = /(?:牵头(?:负责)?|主责|主办)$/;
const SUPPORT_WORDS = /(?:配合|参与|协办|协助|协同)$/;
const RESPONSIBLE_WORDS = /(?:负责(?:组织实施|落实|实施)?|按职责分工负责|分工负责|按职责负责|共同负责|落实|实施|指导)$/;
/** 省经信委等其他有关部门 → 省经信委; 省体育局等部门 → 省体育局. */
const ETC_TAIL = /等(?:其他|其它)?(?:有关|相关)?(?:部门|单位|机构)?$/;
const DIVIDERS = '，,；;';
/** A parenthetical that may hold units: an organisation ending or a role word. */
const UNITISH = /[局厅委办部署司会室处科组协关府心位门社联院]|牵头|负责|配合|参与|指导/;

function roleOfWord(word: string): Role | null {
  if (LEAD_WORDS.test(word)) return 'lead';
  if (SUPPORT_WORDS.test(word)) return 'support';
  if (RESPONSIBLE_WORDS.test(word)) return 'responsible';
  return null;
}

/** Strip a trailing role word, returning the name and the role the word gives. */
function splitRole(member: string): { name: string; role: Role | null } {
  let name = member.trim();
  let role: Role | null = null;
  for (const [re, r] of [
    [LEAD_WORDS, 'lead'],
    [SUPPORT_WORDS, 'support'],
    [RESPONSIBLE_WORDS, 'responsible'],
  ] as const) {
    const m = re.exec(name);
    if (m) {
      name = name.slice(0, m.index);
      role = r;
      break;
    }
  }
  // 国家发展改革委会同有关部门 → 国家发展改革委; 技工院校内由人力资源社会保障行政部门 → 人力资源社会保障行政部门;
  // 省贸促会按职责分工配合 → 省贸促会
  const with_ = name.indexOf('会同');
  if (with_ > 0) name = name.slice(0, with_);
  name = name.replace(/(?:按职责分工|按职责|分工|分别|共同|具体)$/, '').replace(ETC_TAIL, '').replace(/^.*由/, '').replace(/^(?:请|会同|联合)/, '').trim();
  return { name, role };
}

/** A short member written without its parent's prefix: 市局基政科、社管科 → 市局社管科. */
function expandElliptical(name: string, previous: string | null): string {
  // Only offices inside one body (科/处/室/股): 农业农村部、商务部 names two ministries, not 农业商务部.
  if (!previous || name.length > 4 || !/[科处室股]$/.test(name) || name.startsWith('各')) return name;
  const last = name[name.length - 1];
  if (last !== previous[previous.length - 1]) return name;
  const prefixLength = previous.length - name.length;
  if (prefixLength < 1 || prefixLength > 4) return name;
  return previous.slice(0, prefixLength) + name;
}

export interface ParseOptions {
  /** Role for names without a role word (a 牵头单位 column or label gives lead). */
  defaultRole: Role;
  /** The document says 列第一位者为牵头单位: the first name of a list leads, the others support. */
  firstLeads?: boolean;
  rule: string;
}

/**
 * Parse a unit list at `span` of the text into units. Generic names (有关部门) are
 * dropped; elliptical members are expanded from the previous name.
 */
export function parseUnitList(text: string, span: Span, opts: ParseOptions): UnitDraft[] {
  const raw = text.slice(span[0], span[1]);
  const out: UnitDraft[] = [];
  let previous: string | null = null;
  let index = 0;
  for (const segment of splitOutsideParens(raw, DIVIDERS)) {
    const members = splitAnd(splitOutsideParens(segment.text, '、'));
    const parsed = members.map((m) => ({ ...m, ...splitRole(m.text) }));
    // A role word covers the names back to the previous role word: 省民政厅、省质监局牵头 → both lead.
    let pendingFrom = 0;
    for (let k = 0; k < parsed.length; k++) {
      const role = parsed[k]!.role;
      if (role) {
        for (let j = pendingFrom; j < k; j++) parsed[j]!.role ??= role;
        pendingFrom = k + 1;
      }
    }
    // 济南、青岛、烟台市政府: bare place names that share the last member's 市政府 are
    // elliptical members, kept as written.
    const lastIsUnit = parsed.length > 1 && looksLikeUnitName(cleanText(parsed[parsed.length - 1]!.name));
    for (const p of parsed) {
      const name = cleanText(p.name);
      if (name === '' || isGenericUnit(name)) continue;
      if (!looksLikeUnitName(name) && !(lastIsUnit && ELLIPTICAL_PLACE.test(name))) continue;
      const expanded = expandElliptical(name, previous);
      previous = expanded;
      let role: Role = p.role ?? opts.defaultRole;
      // 列第一位者为牵头单位: in a list that only says 负责, the first name leads; the others stay responsible.
      if (opts.firstLeads && role === 'responsible' && index === 0) role = 'lead';
      index++;
      const lead = p.text.length - p.text.trimStart().length;
      const nameAt = raw.indexOf(p.name.trim(), segment.start + p.start + lead);
      const start = span[0] + (nameAt >= 0 ? nameAt : segment.start + p.start);
      const written = p.name.trim();
      out.push({ name: expanded, role, text: cleanText(written), span: [start, start + written.length], rule: opts.rule });
    }
  }
  return out;
}

/**
 * Split 街道(乡镇)和有关部门 / 市工业和信息化局及专班成员单位 at a 和/及/与 where both sides are
 * organisations — not inside 省人力资源和社会保障厅 or 工业和信息化局.
 */
function splitAnd(members: Array<{ text: string; start: number }>): Array<{ text: string; start: number }> {
  const out: Array<{ text: string; start: number }> = [];
  for (const m of members) {
    let split = false;
    for (let at = m.text.search(/[和及与]/); at > 0; at = m.text.slice(at + 1).search(/[和及与]/) + at + 1) {
      const left = m.text.slice(0, at).trim();
      const right = splitRole(m.text.slice(at + 1)).name;
      if (ORG_SUFFIX.test(compactKey(left)) && (ORG_SUFFIX.test(compactKey(right)) || isGenericUnit(right) || LOCAL_GOVERNMENTS.test(right))) {
        out.push({ text: m.text.slice(0, at), start: m.start });
        out.push({ text: m.text.slice(at + 1), start: m.start + at + 1 });
        split = true;
        break;
      }
      if (m.text.slice(at + 1).search(/[和及与]/) < 0) break;
    }
    if (!split) out.push(m);
  }
  return out;
}

function looksLikeUnitName(name: string): boolean {
  const k = compactKey(name);
  return (
    k.length >= 2 && k.length <= 40 && !/[。：:《》]/.test(k) &&
    (ORG_SUFFIX.test(k) || /(?:省|市|县|区|州|盟|旗)$/.test(k) || /科室$/.test(k) || LOCAL_GOVERNMENTS.test(k))
  );
}

// ---------------------------------------------------------------- in running text

// 责任单位： / 牵头单位： / 牵头考核单位： / 配合部门： …
// 参加单位 (Shandong plans: （牵头单位：省卫生健康委，参加单位：省大数据局）) is a support role.
const LABEL = /((?:牵头|主责|责任|负责|主办|实施|配合|协办|参与|参加|协同)[\u4e00-\u9fff]{0,3}?(?:单位|部门))[ \u3000]{0,4}[：:][ \u3000]{0,4}/g;
const NEXT_LABEL = /^[ \u3000]{0,2}(?:牵头|配合|责任|负责|协办|参与|参加|主责|协同)(?:单位|部门)/;
function labelRole(label: string): Role {
  if (/^(?:牵头|主责)/.test(label)) return 'lead';
  if (/^(?:配合|协办|参与|参加|协同)/.test(label)) return 'support';
  return 'responsible';
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
    if ((c === '，' || c === ',') && NEXT_LABEL.test(text.slice(i + 1, i + 9))) return i;
  }
  return limit;
}

/** 列第一位者为牵头单位 / 排在第一位的为牵头单位: the document's convention for unlabelled lists. */
export function statesFirstLeads(text: string): boolean {
  return FIRST_LEADS_NOTE.test(text);
}

/**
 * 由X负责 / 由X具体负责 / 由X牵头: X runs to the role word within 40 characters and holds no
 * clause punctuation. Found by scanning for 由, so the cost stays linear in the text.
 */
function byUnitPhrases(slice: string): Array<{ name: string; nameStart: number; role: string; end: number }> {
  const out: Array<{ name: string; nameStart: number; role: string; end: number }> = [];
  for (let at = slice.indexOf('由'); at >= 0; at = slice.indexOf('由', at + 1)) {
    const window = slice.slice(at + 1, at + 47);
    const stop = window.search(/[，。；,;：:]/);
    const scope = stop >= 0 ? window.slice(0, stop) : window;
    const role = /(?:具体|统一|共同|分别)?(牵头|负责)/.exec(scope);
    if (!role || role.index < 2 || role.index > 40) continue;
    out.push({ name: scope.slice(0, role.index), nameStart: at + 1, role: role[1]!, end: at + 1 + role.index + role[0].length });
  }
  return out;
}

/** 列第一位者为牵头单位 / 排在第一位的部门为牵头部门 / 下同 */
const FIRST_LEADS_NOTE = /(?:列|排)(?:在)?(?:第一|首)位(?:的|者)?(?:部门|单位)?(?:为|是)牵头/;

/**
 * Units assigned inside a task's text: labels, role parentheticals, 由X负责/牵头,
 * and lines that are only a unit list.
 */
export function unitsInText(text: string, span: Span, firstLeads: boolean): UnitDraft[] {
  const [from, to] = span;
  const out: UnitDraft[] = [];
  const taken: Span[] = [];
  const overlaps = (s: Span): boolean => taken.some((t) => s[0] < t[1] && t[0] < s[1]);
  const slice = text.slice(from, to);

  // 1. Labels: 责任单位：各县(市、区)民政局，市局基政科 / （牵头单位：A；配合单位：B）
  LABEL.lastIndex = 0;
  for (const m of slice.matchAll(LABEL)) {
    const start = from + m.index + m[0].length;
    const end = valueEnd(text, start, to);
    if (end <= start) continue;
    const role = labelRole(m[1]!);
    out.push(...parseUnitList(text, [start, end], { defaultRole: role, rule: 'unit/label' }));
    taken.push([from + m.index, end]);
  }

  // 2. Parentheticals of unit lists with role words: （省民政厅牵头，各相关部门参与） / （XX、YY负责）.
  // The list is the run of clauses that are unit lists; a note after it ends it
  // (…负责，排在第一位的部门为牵头部门，下同 / …等负责。列第一位者为牵头单位).
  for (const m of slice.matchAll(/[（(]([^（）()]{2,200})[）)]/g)) {
    const inner = m[1]!;
    // Cheap filter first: a unit list ends its names in 局/厅/委/部/办/… or says who leads.
    if (!UNITISH.test(inner)) continue;
    let length = 0;
    for (const clause of inner.split(/(?<=[，,；;。])/)) {
      const k = compactKey(clause).replace(/[，,；;。]$/, '').replace(/(?:组织实施|负责落实)$/, '');
      if (k === '' || !isUnitCell(k)) break;
      length += clause.length;
    }
    let listedEnd = length;
    while (listedEnd > 0 && /[，,；;。\s]/.test(inner[listedEnd - 1]!)) listedEnd--;
    const listed = inner.slice(0, listedEnd);
    if (listed === '') continue;
    const s: Span = [from + m.index + 1, from + m.index + 1 + listed.length];
    if (overlaps(s)) continue;
    const roleStated = /(?:牵头|配合|参与|负责|协办|指导|落实)/.test(listed);
    if (!roleStated && !firstLeads) continue;
    // 建立健全民办学校理事会（董事会）、监事会制度: a bracket mid-sentence glosses a word; a unit list ends its clause.
    const after = text[from + m.index + m[0].length];
    if (!roleStated && after !== undefined && !/[。；;，,：:\s）)]/.test(after)) continue;
    out.push(...parseUnitList(text, s, { defaultRole: 'responsible', firstLeads, rule: 'unit/parenthetical' }));
    taken.push(s);
  }

  // 3. 由X负责 / 由X牵头, Y配合 (not 由X组成 …: 建立由民政部牵头，…组成的联席会议制度 names members).
  for (const m of byUnitPhrases(slice)) {
    const s: Span = [from + m.nameStart, from + m.nameStart + m.name.length];
    if (overlaps(s)) continue;
    const after = slice.slice(m.end, m.end + 60);
    if (/^[^。；]{0,50}组成/.test(after)) continue;
    const names = parseUnitList(text, s, { defaultRole: m.role === '牵头' ? 'lead' : 'responsible', rule: 'unit/by' });
    if (names.length === 0) continue;
    out.push(...names);
    taken.push([s[0], from + m.end]);
    // …牵头，Y和有关部门配合
    const support = /^[，,]([^，。；,;]{2,40}?)(配合|参与|协助)/.exec(after);
    if (m.role === '牵头' && support) {
      const ss = from + m.end + 1;
      out.push(...parseUnitList(text, [ss, ss + support[1]!.length], { defaultRole: 'support', rule: 'unit/by' }));
    }
  }

  // 4. A line of the task that is only a unit list, after a finished sentence (seed 003, task 12);
  // a line that continues a wrapped sentence (…应在5个工作日 / 内上报工业和信息化部) is not one.
  let lineStart = from;
  let previousLine = '';
  for (let i = from; i <= to; i++) {
    if (i < to) {
      // Jump to the next line end.
      const nl = text.indexOf('\n', i);
      i = nl < 0 || nl > to ? to : nl;
      if (i > lineStart && text.charCodeAt(i - 1) === 13) i--;
    }
    if (i === to || text[i] === '\n' || text[i] === '\r') {
      const s: Span = [lineStart, i];
      const line = i - lineStart <= 200 ? text.slice(lineStart, i).trim() : '';
      const afterSentence = /[。；;！？”）)]$/.test(previousLine);
      if (line !== '' && i - lineStart > 0) previousLine = text.slice(lineStart, i).trim();
      if (lineStart > from && afterSentence && line.length > 0 && line.length <= 200 && /[局厅委办科部室处]/.test(line) && !/。$/.test(line) && !overlaps(s) && isUnitCell(line)) {
        const lead = text.slice(lineStart, i).length - text.slice(lineStart, i).trimStart().length;
        out.push(...parseUnitList(text, [lineStart + lead, lineStart + lead + line.length], { defaultRole: 'responsible', rule: 'unit/line' }));
      }
      lineStart = i + 1;
    }
  }
  // One entry per unit and task: a unit named in several sub-items keeps its first mention.
  const seen = new Set<string>();
  return out
    .sort((a, b) => a.span[0] - b.span[0])
    .filter((u) => {
      const key = compactKey(u.name);
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
}

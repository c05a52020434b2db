/**
 * A list of units as documents write it: split at 、，,；; outside brackets (各县(市、区)民政局
 * is one unit), role words cut off into the role (省民政厅牵头 → lead), a role word covering
 * the names back to the previous one (省民政厅、省质监局牵头 → both lead), elliptical members
 * expanded (市局基政科、社管科 → 市局社管科), generic collectives dropped (有关部门).
 */
import { roleOf, type Role } from '../../lexicon/roles.js';
import { ETC_TAIL, QUALIFIER_AT_END, ROLE_AT_END } from '../../patterns/units.js';
import { cleanText, compactKey } from '../../text/clean.js';
import { splitOutsideParens } from '../../text/lists.js';
import { ELLIPTICAL_PLACE, hasOrgSuffix, isGenericUnit, isLocalGovernments, looksLikeUnitName } from '../../text/organisations.js';
import type { Span, Trace } from '../../types.js';

export type { Role };

export interface UnitDraft {
  name: string;
  role: Role;
  /** The name as written in the source. */
  text: string;
  span: Span;
  rule: string;
}

export interface ParseOptions {
  /** Role for names without a role word (a 牵头单位 column or label gives lead). */
  defaultRole: Role;
  /** The document says 列第一位者为牵头单位: the first name of a list leads. */
  firstLeads?: boolean;
  rule: string;
  trace?: Trace;
}

const DIVIDERS = '，,；;';

/** Strip a trailing role word, returning the name and the role the word gives. */
export function splitRole(member: string): { name: string; role: Role | null } {
  let name = member.trim();
  let role: Role | null = null;
  const m = ROLE_AT_END.exec(name);
  if (m) {
    name = name.slice(0, m.index);
    role = roleOf(m[0]);
  }
  // 国家发展改革委会同有关部门 → 国家发展改革委; 技工院校内由人力资源社会保障行政部门 → 人力资源社会保障行政部门;
  // 省贸促会按职责分工配合 → 省贸促会
  const with_ = name.indexOf('会同');
  if (with_ > 0) name = name.slice(0, with_);
  name = name.replace(QUALIFIER_AT_END, '').replace(ETC_TAIL, '').replace(/^.*由/, '').replace(/^(?:请|会同|联合)/, '').trim();
  return { name, role };
}

/** A short member written without its parent's prefix: 市局基政科、社管科 → 市局社管科. */
function expandElliptical(name: string, previous: string | null): string {
  // Only offices inside one body (科/处/室/股): 农业农村部、商务部 names two ministries, not 农业商务部.
  if (!previous || name.length > 4 || !/[科处室股]$/.test(name) || name.startsWith('各')) return name;
  if (name[name.length - 1] !== previous[previous.length - 1]) return name;
  const prefixLength = previous.length - name.length;
  if (prefixLength < 1 || prefixLength > 4) return name;
  return previous.slice(0, prefixLength) + name;
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
      if (hasOrgSuffix(compactKey(left)) && (hasOrgSuffix(compactKey(right)) || isGenericUnit(right) || isLocalGovernments(right))) {
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

interface Member {
  text: string;
  start: number;
  name: string;
  role: Role | null;
}

/** The members of one clause of a list, with the role words spread back over the names they cover. */
function membersOf(segment: { text: string }): Member[] {
  const parsed = splitAnd(splitOutsideParens(segment.text, '、')).map((m) => ({ ...m, ...splitRole(m.text) }));
  let pendingFrom = 0;
  for (let k = 0; k < parsed.length; k++) {
    const role = parsed[k]!.role;
    if (!role) continue;
    for (let j = pendingFrom; j < k; j++) parsed[j]!.role ??= role;
    pendingFrom = k + 1;
  }
  return parsed;
}

/** Parse a unit list at `span` of the text into units. */
export function parseUnitList(text: string, span: Span, opts: ParseOptions): UnitDraft[] {
  const raw = text.slice(span[0], span[1]);
  const out: UnitDraft[] = [];
  let previous: string | null = null;
  for (const segment of splitOutsideParens(raw, DIVIDERS)) {
    const members = membersOf(segment);
    // 济南、青岛、烟台市政府: bare place names that share the last member's 市政府 are elliptical members, kept as written.
    const lastIsUnit = members.length > 1 && looksLikeUnitName(cleanText(members[members.length - 1]!.name));
    for (const p of members) {
      const name = cleanText(p.name);
      const written = p.name.trim();
      const nameAt = raw.indexOf(written, segment.start + p.start + (p.text.length - p.text.trimStart().length));
      const start = span[0] + (nameAt >= 0 ? nameAt : segment.start + p.start);
      const where: Span = [start, start + written.length];
      if (name === '') continue;
      if (isGenericUnit(name) || (!looksLikeUnitName(name) && !(lastIsUnit && ELLIPTICAL_PLACE.test(name)))) {
        opts.trace?.({ entity: 'unit', span: where, rule: opts.rule, dropped: isGenericUnit(name) ? 'generic collective' : 'not the name of an organisation' });
        continue;
      }
      const expanded = expandElliptical(name, previous);
      previous = expanded;
      let role: Role = p.role ?? opts.defaultRole;
      // 列第一位者为牵头单位: in a list that only says 负责, the first name leads; the others stay responsible.
      if (opts.firstLeads && role === 'responsible' && out.length === 0) role = 'lead';
      out.push({ name: expanded, role, text: cleanText(written), span: where, rule: opts.rule });
      opts.trace?.({ entity: 'unit', span: where, rule: opts.rule, value: `${expanded} (${role})` });
    }
  }
  return out;
}

/**
 * The analyst's view at a terminal (--format summary): the title and numbers of
 * the document, its section tree, and a table of tasks with their units,
 * deadlines and indicators. Colours come from a chalk instance the caller sets
 * up (level 0 for NO_COLOR or a non-terminal), so the text is the same either way.
 */
import type { ChalkInstance } from 'chalk';
import type { Deadline, Indicator, PolicyDocument } from '../types.js';
import { groupByTask } from './csv.js';

/** Columns a character takes in a terminal: CJK and full-width forms take two. */
export function charWidth(code: number): number {
  if (code < 0x1100) return 1;
  if (
    (code >= 0x1100 && code <= 0x115f) || (code >= 0x2e80 && code <= 0x303e) || (code >= 0x3041 && code <= 0x33ff) ||
    (code >= 0x3400 && code <= 0x4dbf) || (code >= 0x4e00 && code <= 0x9fff) || (code >= 0xa000 && code <= 0xa4cf) ||
    (code >= 0xac00 && code <= 0xd7a3) || (code >= 0xf900 && code <= 0xfaff) || (code >= 0xfe30 && code <= 0xfe4f) ||
    (code >= 0xff00 && code <= 0xff60) || (code >= 0xffe0 && code <= 0xffe6) || (code >= 0x20000 && code <= 0x3fffd)
  ) return 2;
  return 1;
}

export function displayWidth(s: string): number {
  let w = 0;
  for (const ch of s) w += charWidth(ch.codePointAt(0)!);
  return w;
}

/** Cut to `width` columns (an ellipsis marks the cut) and pad to exactly `width`. */
export function fit(s: string, width: number): string {
  let w = 0;
  let out = '';
  const chars = [...s];
  const total = displayWidth(s);
  for (const ch of chars) {
    const cw = charWidth(ch.codePointAt(0)!);
    if (total > width && w + cw > width - 1) {
      out += '…';
      w += 1;
      break;
    }
    out += ch;
    w += cw;
  }
  return out + ' '.repeat(Math.max(0, width - w));
}

const ROLE = { lead: '牵头', support: '配合', responsible: '' } as const;
const CMP = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '', range: '' } as const;

/** Whole years read as years: 2022-01-01…2025-12-31 → 2022–2025, ≤2025-12-31 → ≤2025. */
function day(iso: string | null, edge: 'start' | 'end'): string {
  if (!iso) return '?';
  return iso.endsWith(edge === 'start' ? '-01-01' : '-12-31') ? iso.slice(0, 4) : iso;
}

function deadlineLabel(d: Deadline): string {
  if (d.kind === 'range') return `${day(d.start, 'start')}–${day(d.end, 'end')}`;
  if (d.kind === 'by') return `≤${day(d.end, 'end')}`;
  return d.kind === 'ongoing' ? '持续' : '定期';
}

function indicatorLabel(i: Indicator): string {
  const value = i.valueMax !== null ? `${i.value}-${i.valueMax}` : String(i.value);
  return `${CMP[i.comparator]}${value}${i.unit}`;
}

export interface SummaryOptions {
  chalk: ChalkInstance;
  /** Terminal width in columns. */
  width?: number;
}

export function toSummary(doc: PolicyDocument, opts: SummaryOptions): string {
  const c = opts.chalk;
  const width = Math.max(60, Math.min(opts.width ?? 100, 200));
  const lines: string[] = [];
  const m = doc.meta;
  lines.push(c.bold(m.title ?? doc.source.path ?? '(untitled)'));
  const facts = [m.docNumber, m.issuers.join('、') || null, m.signedDate && `成文 ${m.signedDate}`, m.publishedDate && `发布 ${m.publishedDate}`].filter(Boolean);
  if (facts.length) lines.push(c.dim(facts.join(' · ')));
  if (m.enclosedTitle && m.enclosedTitle !== m.title) lines.push(c.dim(`印发/转发: 《${m.enclosedTitle}》`));
  lines.push(c.dim(`${doc.sections.length} sections · ${doc.tasks.length} tasks · ${doc.indicators.length} indicators · ${doc.deadlines.length} deadlines · ${doc.responsibleUnits.length} units · ${doc.references.length} references`));

  if (doc.sections.length) {
    lines.push('', c.bold('Sections'));
    for (const s of doc.sections) lines.push(`${'  '.repeat(s.level)}${c.cyan(s.marker ?? '·')} ${fit(s.title, width - 4 - 2 * s.level).trimEnd()}`);
  }

  if (doc.tasks.length) {
    const idW = Math.max(3, ...doc.tasks.map((t) => t.id.length));
    const rest = width - idW - 4;
    const taskW = Math.max(16, Math.floor(rest * 0.4));
    const unitW = Math.max(10, Math.floor(rest * 0.22));
    const timeW = Math.max(10, Math.floor(rest * 0.18));
    const indW = Math.max(8, rest - taskW - unitW - timeW);
    lines.push('', c.bold('Tasks'));
    lines.push(c.dim(`${fit('id', idW)} ${fit('task', taskW)} ${fit('units', unitW)} ${fit('deadline', timeW)} ${fit('indicators', indW)}`));
    const unitsOf = groupByTask(doc.responsibleUnits);
    const deadlinesOf = groupByTask(doc.deadlines);
    const indicatorsOf = groupByTask(doc.indicators);
    for (const t of doc.tasks) {
      const units = (unitsOf.get(t.id) ?? []).map((u) => (ROLE[u.role] ? `${u.name}(${ROLE[u.role]})` : u.name));
      const deadlines = (deadlinesOf.get(t.id) ?? []).map(deadlineLabel);
      const indicators = (indicatorsOf.get(t.id) ?? []).map(indicatorLabel);
      const label = `${t.marker ?? (t.row ? `#${t.row}` : '')} ${t.title ?? t.text}`.trim();
      lines.push(
        `${c.cyan(fit(t.id, idW))} ${fit(label, taskW)} ${c.green(fit(units.join('、') || '—', unitW))} ${c.yellow(fit([...new Set(deadlines)].join(' ') || '—', timeW))} ${c.magenta(fit(indicators.join(' ') || '—', indW).trimEnd())}`,
      );
    }
  }

  if (doc.warnings.length) {
    lines.push('', c.bold('Warnings'));
    for (const w of doc.warnings) lines.push(c.yellow(`! ${w}`));
  }
  return `${lines.join('\n')}\n`;
}

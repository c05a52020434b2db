/**
 * The review page (--format html): one self-contained HTML file per document, to check every
 * value against the text it came from. Left, the decoded source text with every item marked
 * at its span, coloured by kind, page furniture and repeated copies greyed; right, the
 * metadata, the section tree and tables of tasks, indicators, deadlines, units and references.
 * A row click scrolls to its span and flashes it; a click on a mark selects its row. The page
 * needs `source.text` (the CLI includes it for this format) and loads nothing: the style sheet
 * and script are inline, fonts are the system's, and a Content-Security-Policy forbids fetches.
 */
import type { Deadline, Indicator, PolicyDocument, Section, Task, Unit } from '../types.js';
import { groupByTask } from './csv.js';
import { PAGE_CSS, PAGE_SCRIPT } from './html-assets.js';
import { escapeAttr, escapeText, type Mark, MARK_KINDS, type MarkKind, renderSourceText } from './html-text.js';

export { toHtmlIndex, pageDigest, type PageDigest } from './html-index.js';

/** No fetch of any kind; inline style and script only. */
export const PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'; script-src 'unsafe-inline'; img-src data:; base-uri 'none'; form-action 'none'";

const KIND_LABEL: Record<MarkKind, string> = { section: 'Sections', task: 'Tasks', unit: 'Units', indicator: 'Indicators', deadline: 'Deadlines', reference: 'References' };
const CMP = { '>=': '≥', '>': '>', '<=': '≤', '<': '<', '=': '=', range: '' } as const;
const ROLE = { lead: 'lead 牵头', support: 'support 配合', responsible: 'responsible 负责' } as const;

/** Fields items will carry without the schema requiring them: a rule id; a `within` deadline's duration. */
interface Extras {
  rule?: string | null;
  duration?: string | null;
  workingDays?: boolean | null;
  anchor?: string | null;
}
const extras = (x: object): Extras => x as Extras;
const ruleNote = (x: object): string => (extras(x).rule ? `\nrule: ${extras(x).rule}` : '');
/** For PDF and OFD input: the page an item starts on, as a reader cites it ("page 3"). */
const pageOf = (x: object): number | undefined => (x as { page?: number }).page;
const pageNote = (x: object): string => (pageOf(x) ? ` · page ${pageOf(x)}` : '');

const h = escapeText;
const a = escapeAttr;

export function indicatorValue(i: Indicator): string {
  const value = i.valueMax !== null ? `${i.value}–${i.valueMax}` : String(i.value);
  return `${CMP[i.comparator]} ${value} ${i.unit}`.trim();
}

/** What a deadline says: ≤ 2020-12-31, 2022-01-01 – 2025-12-31, within P15D (working days) from 受理申请之日. */
export function deadlineValue(d: Deadline): string {
  const x = extras(d);
  if (x.duration) {
    const from = x.anchor ? ` from ${x.anchor}` : '';
    return `within ${x.duration}${x.workingDays ? ' working days' : ''}${from}${d.end ? ` (≤ ${d.end})` : ''}`;
  }
  if (d.kind === 'range') return `${d.start ?? '?'} – ${d.end ?? '?'}`;
  if (d.kind === 'by') return `≤ ${d.end ?? '?'}`;
  return d.kind;
}

/** Every item with its span and hover text. */
export function marksOf(doc: PolicyDocument): Mark[] {
  const marks: Mark[] = [];
  const add = (kind: MarkKind, x: { id: string; span: [number, number] }, title: string): void => {
    marks.push({ id: x.id, kind, span: x.span, title: `${x.id} · ${title}${pageNote(x)}${ruleNote(x)}` });
  };
  for (const s of doc.sections) add('section', s, `section, level ${s.level}${s.marker ? ` · ${s.marker}` : ''}`);
  for (const t of doc.tasks) add('task', t, `task (${t.origin}${t.row ? `, row ${t.row}` : ''})`);
  for (const u of doc.responsibleUnits) add('unit', u, `unit · ${u.name} · ${ROLE[u.role]}`);
  for (const i of doc.indicators) add('indicator', i, `indicator · ${i.subject} ${indicatorValue(i)} · ${i.kind}${i.year ? ` · ${i.year}` : ''}`);
  for (const d of doc.deadlines) add('deadline', d, `deadline · ${d.kind} · ${deadlineValue(d)}`);
  for (const r of doc.references) add('reference', r, `reference · 《${r.title}》${r.docNumber ? ` ${r.docNumber}` : ''}`);
  return marks;
}

const countOf = (doc: PolicyDocument, kind: MarkKind): number =>
  ({ section: doc.sections, task: doc.tasks, unit: doc.responsibleUnits, indicator: doc.indicators, deadline: doc.deadlines, reference: doc.references })[kind].length;

function header(doc: PolicyDocument): string {
  const m = doc.meta;
  const facts = [m.docNumber, m.issuers.join('、') || null, m.signedDate && `成文 ${m.signedDate}`, m.publishedDate && `发布 ${m.publishedDate}`, doc.source.path]
    .filter((x): x is string => Boolean(x))
    .map(h)
    .join(' · ');
  const filters = MARK_KINDS.map(
    (k) => `<label><input type="checkbox" data-kind="${k}" checked><span class="swatch k-${k}"></span>${KIND_LABEL[k]} <span class="count">${countOf(doc, k)}</span></label>`,
  ).join('');
  return `<header class="top"><h1>${h(m.title ?? doc.source.path ?? '(untitled)')}</h1><div class="facts">${facts}</div>
<div class="toolbar">${filters}<label><span class="swatch fu-chrome"></span>furniture, copies</label>
<input type="search" id="search" placeholder="Search text and rows (/)" aria-label="Search the text and the rows"><span id="hits" aria-live="polite"></span></div></header>`;
}

function block(title: string, count: number | null, body: string, kind?: MarkKind): string {
  const attr = kind ? ` data-kind-block="${kind}"` : '';
  const n = count === null ? '' : ` <span class="count">${count}</span>`;
  return `<details open${attr}><summary><h2>${title}</h2>${n}</summary>${body}</details>`;
}

function metaBlock(doc: PolicyDocument): string {
  const m = doc.meta;
  const rows: Array<[string, string | null]> = [
    ['title 标题', m.title],
    ['enclosed 印发/转发', m.enclosedTitle],
    ['文号', m.docNumber],
    ['issuers 发文机关', m.issuers.join('、') || null],
    ['recipients 主送', m.recipients.join('、') || null],
    ['signed 成文日期', m.signedDate],
    ['published 发布日期', m.publishedDate],
    ['year', m.year === null ? null : String(m.year)],
    ['source URL', m.sourceUrl],
    ['keywords', m.keywords.join('、') || null],
    ['file', `${doc.source.path ?? '<stdin>'} · ${doc.source.format} · ${doc.source.encoding} · ${doc.source.bytes} bytes`],
  ];
  const dl = rows.map(([k, v]) => `<dt>${h(k)}</dt><dd>${v === null ? '<span class="none">—</span>' : h(v)}</dd>`).join('');
  return block('Metadata', null, `<dl class="meta">${dl}</dl>`);
}

function sectionTree(sections: readonly Section[]): string {
  const children = new Map<string | null, Section[]>();
  for (const s of sections) children.set(s.parentId, [...(children.get(s.parentId) ?? []), s]);
  const list = (parent: string | null): string => {
    const items = children.get(parent);
    if (!items) return '';
    return `<ul${parent === null ? ' class="tree"' : ''}>${items
      .map((s) => `<li data-row="${a(s.id)}"><a href="#m-${a(s.id)}" data-target="${a(s.id)}" title="${a(`${s.id}${pageNote(s)}${ruleNote(s)}`)}">${h(`${s.marker ?? '·'} ${s.title}`)}</a>${list(s.id)}</li>`)
      .join('')}</ul>`;
  };
  return block(KIND_LABEL.section, sections.length, list(null) || '<p class="none">none</p>', 'section');
}

/** A table whose rows link to their items; `cells` gives a row's cells, already escaped. */
function itemTable<T extends { id: string }>(items: readonly T[], columns: readonly string[], cells: (x: T) => string[]): string {
  if (items.length === 0) return '<p class="none">none</p>';
  const head = columns.map((c) => `<th>${h(c)}</th>`).join('');
  const body = items
    .map((x) => {
      const tip = ruleNote(x).trim();
      return `<tr data-row="${a(x.id)}" data-target="${a(x.id)}" tabindex="0"${tip ? ` title="${a(tip)}"` : ''}><td class="id"><a href="#m-${a(x.id)}">${h(x.id)}</a></td>${cells(x).map((c) => `<td>${c}</td>`).join('')}</tr>`;
    })
    .join('');
  return `<div class="scroll"><table><thead><tr><th>id</th>${head}</tr></thead><tbody>${body}</tbody></table></div>`;
}

const chip = (kind: MarkKind, id: string, label: string): string => `<a class="chip k-${kind}" href="#m-${a(id)}" data-target="${a(id)}">${h(label)}</a>`;
const taskRef = (id: string | null): string => (id === null ? '<span class="none">—</span>' : h(id));

function taskTable(doc: PolicyDocument): string {
  const units = groupByTask(doc.responsibleUnits);
  const deadlines = groupByTask(doc.deadlines);
  const indicators = groupByTask(doc.indicators);
  const where = (t: Task): string => h(`${t.origin === 'table' ? `row ${t.row ?? '?'}` : (t.marker ?? '·')}${pageOf(t) ? ` p. ${pageOf(t)}` : ''}`);
  // The task's own values under its text, as chips that lead to their spans.
  const chips = (t: Task): string =>
    [
      ...(units.get(t.id) ?? []).map((u: Unit) => chip('unit', u.id, u.role === 'responsible' ? u.name : `${u.name}(${ROLE[u.role].split(' ')[1]})`)),
      ...(deadlines.get(t.id) ?? []).map((d) => chip('deadline', d.id, deadlineValue(d))),
      ...(indicators.get(t.id) ?? []).map((i) => chip('indicator', i.id, `${i.subject} ${indicatorValue(i)}`)),
    ].join('');
  const body = itemTable(doc.tasks, ['', 'task, its units, deadlines and indicators'], (t) => {
    const values = chips(t);
    return [`<span class="nowrap">${where(t)}</span>`, `<div class="clamp">${h(t.text)}</div>${values ? `<div class="chips">${values}</div>` : ''}`];
  });
  return block(KIND_LABEL.task, doc.tasks.length, body, 'task');
}

function indicatorTable(doc: PolicyDocument): string {
  const body = itemTable(doc.indicators, ['subject', 'value', 'year', 'kind', 'task'], (i) => [
    h(i.subject),
    `<span class="num">${h(indicatorValue(i))}</span>`,
    i.year === null ? '' : String(i.year),
    i.kind,
    taskRef(i.taskId),
  ]);
  return block(KIND_LABEL.indicator, doc.indicators.length, body, 'indicator');
}

function deadlineTable(doc: PolicyDocument): string {
  const body = itemTable(doc.deadlines, ['text', 'kind', 'start', 'end', 'duration', 'task'], (d) => {
    const x = extras(d);
    const duration = x.duration ? `${x.duration}${x.workingDays ? ' 工作日' : ''}${x.anchor ? ` · ${x.anchor}` : ''}` : '';
    return [h(d.text), d.kind, h(d.start ?? ''), h(d.end ?? ''), h(duration), taskRef(d.taskId)];
  });
  return block(KIND_LABEL.deadline, doc.deadlines.length, body, 'deadline');
}

function unitTable(doc: PolicyDocument): string {
  const body = itemTable(doc.responsibleUnits, ['name', 'role', 'task'], (u) => [h(u.name), ROLE[u.role], taskRef(u.taskId)]);
  return block(KIND_LABEL.unit, doc.responsibleUnits.length, body, 'unit');
}

function referenceTable(doc: PolicyDocument): string {
  const body = itemTable(doc.references, ['title', '文号'], (r) => [h(`《${r.title}》`), h(r.docNumber ?? '')]);
  return block(KIND_LABEL.reference, doc.references.length, body, 'reference');
}

function warningsBlock(doc: PolicyDocument): string {
  const body = doc.warnings.length ? `<ul class="warnings">${doc.warnings.map((w) => `<li>${h(w)}</li>`).join('')}</ul>` : '<p class="none">none</p>';
  return block('Warnings', doc.warnings.length, body);
}

function textPane(doc: PolicyDocument): string {
  const text = doc.source.text;
  if (text === undefined) return '<p class="none">The source text is not in this output (it is added with --include-text).</p>';
  return `<div class="layers">${renderSourceText(text, marksOf(doc), doc.source.furniture ?? [])}</div>`;
}

/** The whole page for one document. Pure: the same document gives the same bytes. */
export function toHtml(doc: PolicyDocument): string {
  const title = doc.meta.title ?? doc.source.path ?? 'policy-extract review';
  const panel = [metaBlock(doc), warningsBlock(doc), sectionTree(doc.sections), taskTable(doc), indicatorTable(doc), deadlineTable(doc), unitTable(doc), referenceTable(doc)].join('\n');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="${PAGE_CSP}">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="generator" content="policy-extract">
<title>${h(title)}</title>
<style>${PAGE_CSS}</style>
</head>
<body>
${header(doc)}
<main>
<section class="pane text-pane" aria-label="Source text">${textPane(doc)}</section>
<aside class="pane panel" aria-label="Extracted structure">
${panel}
</aside>
</main>
<script>${PAGE_SCRIPT}</script>
</body>
</html>
`;
}

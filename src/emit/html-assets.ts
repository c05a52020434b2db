/**
 * The style sheet and script of the review page, inlined into every page so that it opens
 * from disk with nothing else (no network, no font files: system CJK fonts only).
 */

/** System CJK faces first (macOS, Windows, then Linux), so Chinese never falls back to a Latin face. */
const SANS = '"PingFang SC", "Hiragino Sans GB", "Microsoft YaHei", "Noto Sans CJK SC", "Source Han Sans SC", "WenQuanYi Micro Hei", system-ui, sans-serif';
const SERIF = '"Songti SC", "STSong", "SimSun", "Noto Serif CJK SC", "Source Han Serif SC", serif';

// Marks change colour only (background, inset shadow, outline): a border or padding would move
// the text of one layer against the others.
export const PAGE_CSS = `
:root { --section: rgba(37,99,235,.20); --task: rgba(234,179,8,.16); --unit: rgba(22,163,74,.30);
  --indicator: rgba(219,39,119,.28); --deadline: rgba(234,88,12,.30); --reference: rgba(124,58,237,.24);
  --section-line: #2563eb; --task-line: #ca8a04; --unit-line: #16a34a; --indicator-line: #db2777;
  --deadline-line: #ea580c; --reference-line: #7c3aed; --grey: #8b9097; --rule: #e3e5e8; }
* { box-sizing: border-box; }
html, body { margin: 0; }
body { font: 14px/1.6 ${SANS}; color: #1f2328; background: #fff; display: grid; grid-template-rows: auto minmax(0, 1fr); height: 100vh; }
header.top { padding: 10px 16px; border-bottom: 1px solid var(--rule); background: #f8f9fa; }
header.top h1 { font-size: 17px; line-height: 1.4; margin: 0 0 4px; font-weight: 600; }
.facts { color: #555; font-size: 13px; }
.toolbar { display: flex; flex-wrap: wrap; gap: 6px 14px; align-items: center; margin-top: 8px; }
.toolbar label { display: inline-flex; gap: 4px; align-items: center; cursor: pointer; white-space: nowrap; }
.toolbar input[type=search] { font: inherit; padding: 3px 8px; width: 16em; max-width: 100%; border: 1px solid #c9ccd1; border-radius: 4px; }
.swatch { display: inline-block; width: 12px; height: 12px; border-radius: 2px; }
.count { color: #666; font-variant-numeric: tabular-nums; }
#hits { color: #666; min-width: 12em; }
main { display: grid; grid-template-columns: minmax(0, 1.1fr) minmax(0, 1fr); min-height: 0; }
.pane { overflow: auto; min-height: 0; }
.text-pane { border-right: 1px solid var(--rule); padding: 16px 20px 40vh; }
.panel { padding: 8px 16px 40vh; }
.layers { position: relative; max-width: 46em; }
.layer { margin: 0; font: 16px/1.9 ${SERIF}; white-space: pre-wrap; overflow-wrap: anywhere; tab-size: 4; }
.layer.over { position: absolute; inset: 0; color: transparent; pointer-events: none; user-select: none; }
.layer.over mark { pointer-events: auto; }
mark { color: inherit; background: transparent; cursor: pointer; border-radius: 2px; }
mark.k-section { background: var(--section); box-shadow: inset 0 -2px 0 var(--section-line); }
mark.k-task { background: var(--task); }
mark.k-unit { background: var(--unit); }
mark.k-indicator { background: var(--indicator); box-shadow: inset 0 -2px 0 var(--indicator-line); }
mark.k-deadline { background: var(--deadline); }
mark.k-reference { background: var(--reference); }
${['section', 'task', 'unit', 'indicator', 'deadline', 'reference'].map((k) => `.hide-${k} mark.k-${k} { background: transparent; box-shadow: none; cursor: text; }
.hide-${k} [data-kind-block="${k}"] { display: none; }`).join('\n')}
mark.current { outline: 2px solid #111; outline-offset: 1px; }
mark.flash { animation: flash 1.4s ease-out; }
@keyframes flash { 0%, 45% { background: rgba(250,204,21,.95); outline: 3px solid #f59e0b; } 100% { outline-color: transparent; } }
.fu { color: var(--grey); }
.fu-repeat { color: #a5aab1; }
::highlight(search) { background: #fde047; color: #000; }
h2 { font-size: 14px; margin: 0; font-weight: 600; }
details { border-bottom: 1px solid var(--rule); padding: 6px 0; }
summary { cursor: pointer; padding: 2px 0; }
summary h2 { display: inline; }
dl.meta { display: grid; grid-template-columns: max-content minmax(0, 1fr); gap: 2px 12px; margin: 6px 0; }
dl.meta dt { color: #666; }
dl.meta dd { margin: 0; overflow-wrap: anywhere; }
ul.tree, ul.tree ul { list-style: none; margin: 0; padding-left: 1.2em; }
ul.tree { padding-left: 0; margin: 4px 0; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; margin: 6px 0; font-size: 13px; }
th, td { text-align: left; vertical-align: top; padding: 3px 6px; border-bottom: 1px solid #eef0f2; }
th { color: #555; font-weight: 600; background: #fafbfc; position: sticky; top: 0; }
tr[data-row] { cursor: pointer; }
tr[data-row]:hover, li[data-row] > a:hover { background: #f1f5f9; }
.selected, tr.selected td { background: #dbeafe !important; }
td.id, td.num { white-space: nowrap; font-variant-numeric: tabular-nums; }
td .clamp { display: -webkit-box; -webkit-line-clamp: 3; -webkit-box-orient: vertical; overflow: hidden; }
td .chips { margin-top: 2px; }
.nowrap { white-space: nowrap; }
a { color: inherit; text-decoration: none; }
a.chip { display: inline-block; padding: 0 4px; margin: 1px 2px 1px 0; border-radius: 3px; font-size: 12px; line-height: 1.6; }
a.chip.k-unit { background: var(--unit); } a.chip.k-indicator { background: var(--indicator); } a.chip.k-deadline { background: var(--deadline); }
.warnings li { color: #8a4b00; }
.none { color: #888; }
.swatch.k-section { background: var(--section-line); } .swatch.k-task { background: var(--task-line); } .swatch.k-unit { background: var(--unit-line); }
.swatch.k-indicator { background: var(--indicator-line); } .swatch.k-deadline { background: var(--deadline-line); } .swatch.k-reference { background: var(--reference-line); }
.swatch.fu-chrome { background: var(--grey); }
@media (max-width: 860px) {
  body { display: block; height: auto; }
  main { display: block; }
  .pane { overflow: visible; }
  .text-pane { border-right: 0; border-bottom: 1px solid var(--rule); padding: 12px 12px 24px; }
  .panel { padding: 8px 12px 40px; }
  .layer { font-size: 15px; }
  th { position: static; }
}
@media print {
  header.top .toolbar { display: none; }
  body { display: block; height: auto; }
  main { display: block; }
  .pane { overflow: visible; padding-bottom: 0; }
  .text-pane { border: 0; }
  mark, .swatch, a.chip { -webkit-print-color-adjust: exact; print-color-adjust: exact; }
  mark.flash { animation: none; }
  th { position: static; }
  details { break-inside: auto; }
}
@media (prefers-reduced-motion: reduce) { mark.flash { animation-duration: 0.01s; } }
`;

// The script only reads the page it is in: rows and highlights are rendered in HTML, linked by
// data-target / data-row (the item's id) and mark#m-<id>.
export const PAGE_SCRIPT = `
(() => {
  'use strict';
  const root = document.documentElement;
  let current = null;
  function mark(id) { return document.getElementById('m-' + id); }
  function reveal(id) {
    const m = mark(id);
    if (!m) return;
    m.scrollIntoView({ block: 'center', inline: 'nearest', behavior: 'instant' });
    m.classList.remove('flash');
    void m.offsetWidth;
    m.classList.add('flash');
  }
  function select(id, scrollRow) {
    for (const el of document.querySelectorAll('.selected')) { el.classList.remove('selected'); el.removeAttribute('aria-selected'); }
    if (current) current.classList.remove('current');
    current = mark(id);
    if (current) current.classList.add('current');
    const row = document.querySelector('[data-row="' + CSS.escape(id) + '"]');
    if (!row) return;
    row.classList.add('selected');
    row.setAttribute('aria-selected', 'true');
    const box = row.closest('details');
    if (box && !box.open) box.open = true;
    if (scrollRow) row.scrollIntoView({ block: 'nearest', inline: 'nearest', behavior: 'instant' });
  }
  document.addEventListener('click', (e) => {
    const link = e.target.closest('[data-target]');
    if (link) {
      e.preventDefault();
      reveal(link.dataset.target);
      select(link.dataset.target, false);
      return;
    }
    // The innermost highlight of a kind that is shown: a unit inside a task selects the unit.
    let m = e.target.closest('mark[data-id]');
    while (m && root.classList.contains('hide-' + m.classList[0].slice(2))) m = m.parentElement.closest('mark[data-id]');
    if (m) select(m.dataset.id, true);
  });
  document.addEventListener('keydown', (e) => {
    const row = e.target.closest && e.target.closest('tr[data-target]');
    if (row && (e.key === 'Enter' || e.key === ' ')) { e.preventDefault(); row.click(); }
    if (e.key === '/' && e.target === document.body) { e.preventDefault(); search.focus(); }
  });
  for (const box of document.querySelectorAll('input[data-kind]')) {
    box.addEventListener('change', () => root.classList.toggle('hide-' + box.dataset.kind, !box.checked));
  }
  // Search: rows whose text holds the query stay; its places in the source text are highlighted.
  const search = document.getElementById('search');
  const hits = document.getElementById('hits');
  const base = document.getElementById('source');
  const rows = [...document.querySelectorAll('[data-row]')];
  const squash = (s) => s.replace(/\\s+/g, '').toLowerCase();
  const rowText = new Map(rows.map((r) => [r, squash(r.textContent)]));
  let nodes = null;
  let places = [];
  let at = -1;
  function textNodes() {
    if (nodes) return nodes;
    nodes = [];
    let offset = 0;
    const walk = document.createTreeWalker(base, NodeFilter.SHOW_TEXT);
    for (let n = walk.nextNode(); n; n = walk.nextNode()) { nodes.push([offset, n]); offset += n.data.length; }
    return nodes;
  }
  function point(offset) {
    const list = textNodes();
    let lo = 0, hi = list.length - 1;
    while (lo < hi) { const mid = (lo + hi + 1) >> 1; if (list[mid][0] <= offset) lo = mid; else hi = mid - 1; }
    return [list[lo][1], offset - list[lo][0]];
  }
  function rangeAt(start, end) {
    const r = document.createRange();
    r.setStart(...point(start));
    r.setEnd(...point(end));
    return r;
  }
  function find(q) {
    const text = base.textContent;
    const hay = text.toLowerCase().length === text.length ? text.toLowerCase() : text;
    const needle = hay === text ? q : q.toLowerCase();
    const found = [];
    for (let i = hay.indexOf(needle); i >= 0 && found.length < 2000; i = hay.indexOf(needle, i + needle.length)) found.push([i, i + needle.length]);
    return found;
  }
  function run() {
    const q = search.value.trim();
    const key = squash(q);
    let shown = 0;
    for (const r of rows) { const keep = key === '' || rowText.get(r).includes(key); r.hidden = !keep; if (keep) shown++; }
    places = q === '' ? [] : find(q);
    at = -1;
    if (typeof Highlight === 'function' && CSS.highlights) {
      if (places.length) CSS.highlights.set('search', new Highlight(...places.map(([s, e]) => rangeAt(s, e))));
      else CSS.highlights.delete('search');
    }
    hits.textContent = q === '' ? '' : shown + ' rows · ' + places.length + ' in the text';
  }
  function next() {
    if (!places.length) return;
    at = (at + 1) % places.length;
    const node = point(places[at][0])[0].parentElement;
    const rect = rangeAt(...places[at]).getBoundingClientRect();
    const pane = base.closest('.pane');
    if (pane.scrollHeight > pane.clientHeight && getComputedStyle(pane).overflowY !== 'visible') {
      pane.scrollTop += rect.top - pane.getBoundingClientRect().top - pane.clientHeight / 2;
    } else if (node) {
      window.scrollBy(0, rect.top - innerHeight / 2);
    }
  }
  search.addEventListener('input', run);
  search.addEventListener('keydown', (e) => { if (e.key === 'Enter') { e.preventDefault(); next(); } });
})();
`;

export const INDEX_CSS = `
* { box-sizing: border-box; }
body { margin: 0; padding: 16px 20px; font: 14px/1.6 ${SANS}; color: #1f2328; }
h1 { font-size: 18px; margin: 0 0 10px; }
.scroll { overflow-x: auto; }
table { border-collapse: collapse; width: 100%; }
th, td { text-align: left; vertical-align: top; padding: 4px 8px; border-bottom: 1px solid #eef0f2; }
th { background: #fafbfc; color: #555; }
td.num, th.num { text-align: right; font-variant-numeric: tabular-nums; }
a { color: #1d4ed8; }
.failed td { color: #b42318; }
.warn { color: #8a4b00; }
details summary { cursor: pointer; }
`;

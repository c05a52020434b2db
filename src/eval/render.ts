/** The eval report as a reader sees it (a table per document, then per field) or as JSON. */
import { type DocumentScore, FIELDS, LIST_FIELDS, type Summary } from './report.js';

const SHORT: Record<(typeof FIELDS)[number], string> = { meta: 'meta', sections: 'sect', tasks: 'tasks', units: 'units', indicators: 'indic', deadlines: 'deadl', references: 'refs' };
const NAME_WIDTH = 34;

const fixed = (v: number | null | undefined, digits = 2): string => (v === null || v === undefined ? '-' : v.toFixed(digits));
const cell = (s: string, w = 6): string => s.padStart(w);

function verboseLines(d: DocumentScore): string[] {
  const out: string[] = [];
  if (d.meta.misses.length) out.push(`   meta: ${d.meta.ok}/${d.meta.total} right; wrong: ${d.meta.misses.join('; ')}`);
  for (const f of ['sections', 'tasks', 'indicators', 'deadlines', 'references'] as const) {
    const s = d[f];
    out.push(`   ${f}: P ${fixed(s.precision)} R ${fixed(s.recall)} (tp ${s.tp} fp ${s.fp} fn ${s.fn})`);
    for (const m of s.missed) out.push(`      missed: ${m}`);
    for (const x of s.extra) out.push(`      extra:  ${x}`);
  }
  const u = d.units;
  out.push(`   units: P ${fixed(u.precision)} R ${fixed(u.recall)} (tp ${u.tp} fp ${u.fp} fn ${u.fn}), role right ${fixed(u.roleAccuracy)}`);
  const origins = Object.entries(d.tasks.byOrigin).map(([o, v]) => `${o} ${v.matched}/${v.gold} matched, ${v.pred} predicted`);
  if (origins.length) out.push(`   tasks by origin: ${origins.join('; ')}`);
  out.push(
    `   attributes right: section level ${fixed(d.sections.levelAccuracy)}, task origin ${fixed(d.tasks.originAccuracy)}, indicator comparator ${fixed(d.indicators.comparatorAccuracy)} kind ${fixed(d.indicators.kindAccuracy)} year ${fixed(d.indicators.yearAccuracy)}, deadline start ${fixed(d.deadlines.startAccuracy)}, reference 文号 ${fixed(d.references.docNumberAccuracy)}`,
  );
  return out;
}

/** The text report: per document, then per field, then the headline. */
export function renderReport(docs: readonly DocumentScore[], summary: Summary, verbose: boolean): string {
  const lines: string[] = [];
  lines.push(`${'document'.padEnd(NAME_WIDTH)}${FIELDS.map((f) => cell(SHORT[f])).join('')}${cell('mean')}${cell('ground', 7)}`);
  for (const d of docs) {
    const name = d.doc.length > NAME_WIDTH - 1 ? `${d.doc.slice(0, NAME_WIDTH - 2)}…` : d.doc;
    lines.push(`${name.padEnd(NAME_WIDTH)}${FIELDS.map((f) => cell(fixed(d.scores[f]))).join('')}${cell(fixed(d.overall))}${cell(fixed(d.grounding), 7)}${d.error ? `  (${d.error})` : ''}`);
    if (verbose) lines.push(...verboseLines(d));
  }
  lines.push('', `${'field'.padEnd(12)}${cell('P', 7)}${cell('R', 7)}${cell('F1', 7)}${cell('tp')}${cell('fp')}${cell('fn')}`);
  const m = summary.meta;
  lines.push(`${'meta'.padEnd(12)}${cell('', 14)}${cell(fixed(m.accuracy, 3), 7)}  accuracy, ${m.ok} of ${m.total} fields right`);
  for (const f of LIST_FIELDS) {
    const s = summary.fields[f];
    if (s.tp + s.fp + s.fn === 0) {
      lines.push(`${f.padEnd(12)}${cell('-', 21)}  nothing in the gold files, nothing predicted`);
      continue;
    }
    lines.push(`${f.padEnd(12)}${cell(fixed(s.precision, 3), 7)}${cell(fixed(s.recall, 3), 7)}${cell(fixed(s.f1, 3), 7)}${cell(String(s.tp))}${cell(String(s.fp))}${cell(String(s.fn))}`);
  }
  lines.push('', `fields F1 ${fixed(summary.fieldsF1, 3)}  (the mean of the figures above, each pooled over the ${docs.length} document${docs.length === 1 ? '' : 's'})`);
  lines.push(`overall F1 ${fixed(summary.overallF1, 3)}  (the mean over the documents of each one's mean)`);
  return `${lines.join('\n')}\n`;
}

/** The JSON report: the summary first, then every document's scores with its misses and extras. */
export function renderJson(docs: readonly DocumentScore[], summary: Summary): string {
  return `${JSON.stringify({ ...summary, documents: docs }, null, 2)}\n`;
}

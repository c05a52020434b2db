/**
 * index.html of a review batch (--format html --out-dir DIR): every document with its counts
 * and warnings, linked to its page; inputs that failed are listed with the reason.
 */
import type { PolicyDocument } from '../types.js';
import { INDEX_CSS } from './html-assets.js';
import { escapeAttr, escapeText } from './html-text.js';

/** What the index shows of one document (small enough to pass back from a worker thread). */
export interface PageDigest {
  title: string | null;
  counts: { sections: number; tasks: number; indicators: number; deadlines: number; units: number; references: number };
  warnings: string[];
}

export function pageDigest(doc: PolicyDocument): PageDigest {
  return {
    title: doc.meta.title,
    counts: {
      sections: doc.sections.length,
      tasks: doc.tasks.length,
      indicators: doc.indicators.length,
      deadlines: doc.deadlines.length,
      units: doc.responsibleUnits.length,
      references: doc.references.length,
    },
    warnings: doc.warnings,
  };
}

export interface IndexEntry {
  /** The input as given. */
  label: string;
  /** The page, relative to index.html, as a URL path (percent-encoded); null when the input failed. */
  href: string | null;
  digest: PageDigest | null;
  error: string | null;
}

const COLUMNS = ['sections', 'tasks', 'indicators', 'deadlines', 'units', 'references'] as const;

function row(e: IndexEntry): string {
  const name = e.href ? `<a href="${escapeAttr(e.href)}">${escapeText(e.label)}</a>` : escapeText(e.label);
  if (!e.digest) return `<tr class="failed"><td>${name}</td><td colspan="${COLUMNS.length + 2}">${escapeText(e.error ?? 'failed')}</td></tr>`;
  const d = e.digest;
  const counts = COLUMNS.map((c) => `<td class="num">${d.counts[c]}</td>`).join('');
  const warnings = d.warnings.length
    ? `<details><summary class="warn">${d.warnings.length}</summary><ul>${d.warnings.map((w) => `<li>${escapeText(w)}</li>`).join('')}</ul></details>`
    : '0';
  return `<tr><td>${name}</td><td>${escapeText(d.title ?? '')}</td>${counts}<td>${warnings}</td></tr>`;
}

/** The index page. Pure; entries in input order. */
export function toHtmlIndex(entries: readonly IndexEntry[]): string {
  const failed = entries.filter((e) => !e.digest).length;
  const head = ['document', 'title', ...COLUMNS, 'warnings'].map((c) => `<th${(COLUMNS as readonly string[]).includes(c) ? ' class="num"' : ''}>${c}</th>`).join('');
  return `<!DOCTYPE html>
<html lang="zh-CN">
<head>
<meta charset="utf-8">
<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; base-uri 'none'">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>policy-extract review: ${entries.length} documents</title>
<style>${INDEX_CSS}</style>
</head>
<body>
<h1>${entries.length} documents${failed ? `, ${failed} failed` : ''}</h1>
<div class="scroll"><table><thead><tr>${head}</tr></thead><tbody>
${entries.map(row).join('\n')}
</tbody></table></div>
</body>
</html>
`;
}

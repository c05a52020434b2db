/**
 * Output text in the source's own script. A value read from the simplified view is written
 * back from the source at the same place: the view and the source are the same length,
 * character for character, so a value found at offset k of its item's span is the source's
 * characters at k (里程 stays 里程 where the source writes 里, 裏 where it writes 裏). A value
 * found nowhere as written (a subject joined from two clauses) is mapped character by character.
 */
import type { PolicyDocument, Span } from '../types.js';
import { cleanText } from '../text/clean.js';
import { restoreScript } from './view.js';

interface Texts {
  view: string;
  source: string;
  map: ReadonlyMap<string, string>;
}

/** `s` written as the source writes it at `span` (or anywhere, without a span). */
function restoreAt(s: string, span: Span | null, t: Texts): string {
  if (s === '') return s;
  if (span) {
    const v = cleanText(t.view.slice(span[0], span[1]));
    const o = cleanText(t.source.slice(span[0], span[1]));
    const k = v.indexOf(s);
    if (k >= 0 && v.length === o.length) return o.slice(k, k + s.length);
  }
  const raw = t.view.indexOf(s);
  if (raw >= 0) return t.source.slice(raw, raw + s.length);
  return restoreScript(s, t.map);
}

type Item = { span?: Span } & Record<string, unknown>;

function restoreItem<T extends Item>(item: T, t: Texts): T {
  const out: Record<string, unknown> = { ...item };
  for (const [key, value] of Object.entries(item)) {
    if (typeof value !== 'string' || key === 'id' || key === 'rule' || key.endsWith('Id')) continue;
    out[key] = restoreAt(value, item.span ?? null, t);
  }
  return out as T;
}

export function restoreDocumentScript(doc: PolicyDocument, view: string, source: string, map: ReadonlyMap<string, string> | null): PolicyDocument {
  if (!map || map.size === 0) return doc;
  const t: Texts = { view, source, map };
  const meta = { ...doc.meta } as Record<string, unknown>;
  for (const [key, value] of Object.entries(doc.meta)) {
    if (typeof value === 'string') meta[key] = restoreAt(value, null, t);
    else if (Array.isArray(value)) meta[key] = value.map((v) => (typeof v === 'string' ? restoreAt(v, null, t) : v));
  }
  return {
    ...doc,
    meta: meta as PolicyDocument['meta'],
    sections: doc.sections.map((x) => restoreItem(x, t)),
    tasks: doc.tasks.map((x) => restoreItem(x, t)),
    indicators: doc.indicators.map((x) => restoreItem(x, t)),
    deadlines: doc.deadlines.map((x) => restoreItem(x, t)),
    responsibleUnits: doc.responsibleUnits.map((x) => restoreItem(x, t)),
    references: doc.references.map((x) => restoreItem(x, t)),
    tables: doc.tables.map((x) => ({ ...x, header: x.header.map((h) => restoreScript(h, map)), rows: x.rows.map((r) => r.map((c) => restoreScript(c, map))) })),
    warnings: doc.warnings,
  };
}

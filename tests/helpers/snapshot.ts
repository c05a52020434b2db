/**
 * A compact, reviewable view of one document's output: what an analyst reads
 * first (metadata, the outline, each task's start with its units, each
 * indicator and deadline as phrase → value). One line per item, so a rule
 * change shows as a diff over the whole corpus (`npm run fixtures`).
 */
import type { PolicyDocument } from '../../src/types.js';

export interface Snapshot {
  meta: Record<string, unknown>;
  sections: string[];
  tasks: string[];
  indicators: string[];
  deadlines: string[];
  references: string[];
  warnings: string[];
}

const TASK_START = 20;

export function snapshotOf(doc: PolicyDocument): Snapshot {
  const m = doc.meta;
  const unitsByTask = new Map<string, string[]>();
  for (const u of doc.responsibleUnits) {
    const key = u.taskId ?? '-';
    unitsByTask.set(key, [...(unitsByTask.get(key) ?? []), `${u.name}(${u.role})`]);
  }
  return {
    meta: {
      title: m.title,
      enclosedTitle: m.enclosedTitle,
      docNumber: m.docNumber,
      issuers: m.issuers,
      recipients: m.recipients,
      signedDate: m.signedDate,
      publishedDate: m.publishedDate,
      year: m.year,
    },
    sections: doc.sections.map((s) => `${'  '.repeat(s.level - 1)}${s.level} ${s.marker ?? '·'} ${s.title}`),
    tasks: doc.tasks.map((t) => {
      const units = unitsByTask.get(t.id) ?? [];
      const where = t.origin === 'table' ? `[row ${t.row}] ` : `${t.marker ?? '·'} `;
      return `${where}${t.text.slice(0, TASK_START)}${units.length ? ` | ${units.join('、')}` : ''}`;
    }),
    indicators: doc.indicators.map(
      (i) => `${i.text} → ${i.comparator} ${i.value}${i.valueMax !== null ? `..${i.valueMax}` : ''} ${i.unit} (${i.kind}${i.year ? ` ${i.year}` : ''}) [${i.subject}]`,
    ),
    deadlines: doc.deadlines.map((d) => {
      const x = d as typeof d & { duration?: string | null; workingDays?: boolean; anchor?: string | null };
      const parts = [d.kind, d.start ? `${d.start}..${d.end}` : d.end, x.duration ? `${x.duration}${x.workingDays ? ' working' : ''}` : null, x.anchor ? `from ${x.anchor}` : null];
      return `${d.text} → ${parts.filter(Boolean).join(' ')}`;
    }),
    references: doc.references.map((r) => `${r.title}${r.docNumber ? ` (${r.docNumber})` : ''}`),
    warnings: doc.warnings,
  };
}

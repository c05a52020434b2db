/**
 * Scores of a set of documents, and their figures: per document, each field's score and their
 * mean; pooled over the documents ("micro"), each field's precision, recall and F1 (for the
 * metadata, the accuracy); the headline **fields F1**, the mean of the pooled figures; and
 * **overall F1**, the mean over the documents of each document's mean.
 */
import type { PolicyDocument } from '../types.js';
import type { Gold } from './gold.js';
import {
  type Counts,
  type DeadlineScore,
  grounding,
  type IndicatorScore,
  type MetaScore,
  type Prf,
  prf,
  type ReferenceScore,
  scoreDeadlines,
  scoreIndicators,
  scoreMeta,
  scoreReferences,
  scoreSections,
  scoreTasks,
  scoreUnits,
  type SectionScore,
  type TaskScore,
  type UnitScore,
} from './score.js';

export const LIST_FIELDS = ['sections', 'tasks', 'units', 'indicators', 'deadlines', 'references'] as const;
export type ListField = (typeof LIST_FIELDS)[number];
export const FIELDS = ['meta', ...LIST_FIELDS] as const;
export type Field = (typeof FIELDS)[number];

export interface DocumentScore {
  doc: string;
  /** Why there is no prediction (the input failed), else null. */
  error: string | null;
  meta: MetaScore;
  sections: SectionScore;
  tasks: TaskScore;
  units: UnitScore;
  indicators: IndicatorScore;
  deadlines: DeadlineScore;
  references: ReferenceScore;
  /** Per field: the metadata accuracy or the F1; null for a field with nothing in gold or prediction. */
  scores: Record<Field, number | null>;
  /** The mean of the scores that are not null (0 when all are). */
  overall: number;
  grounding: number | null;
}

/** One document's output (null when extraction failed) against its gold. */
export function scoreDocument(gold: Gold & { doc: string }, pred: Partial<PolicyDocument> | null, error: string | null = null): DocumentScore {
  const p = pred ?? {};
  const tasks = scoreTasks(gold.tasks ?? [], p.tasks ?? []);
  const parts = {
    meta: scoreMeta(gold.meta, p.meta),
    sections: scoreSections(gold.sections ?? [], p.sections ?? []),
    tasks: tasks.score,
    units: scoreUnits(gold.tasks ?? [], tasks.pairs, p.responsibleUnits ?? []),
    indicators: scoreIndicators(gold.indicators ?? [], p.indicators ?? []),
    deadlines: scoreDeadlines(gold.deadlines ?? [], p.deadlines ?? []),
    references: scoreReferences(gold.references ?? [], p.references ?? []),
  };
  const scores = { meta: parts.meta.accuracy } as Record<Field, number | null>;
  for (const f of LIST_FIELDS) {
    const c: Counts = parts[f];
    scores[f] = c.tp + c.fp + c.fn === 0 ? null : parts[f].f1;
  }
  const present = FIELDS.map((f) => scores[f]).filter((v): v is number => v !== null);
  return { doc: gold.doc, error, ...parts, scores, overall: mean(present) ?? 0, grounding: grounding(p) };
}

const mean = (xs: readonly number[]): number | null => (xs.length > 0 ? xs.reduce((a, b) => a + b, 0) / xs.length : null);

export interface Summary {
  /** The headline: the metadata accuracy and each list field's pooled F1, averaged. */
  fieldsF1: number;
  /** The mean over documents of each document's overall score. */
  overallF1: number;
  meta: { ok: number; total: number; accuracy: number | null };
  /** Pooled over the documents. */
  fields: Record<ListField, Prf>;
}

export function summarize(docs: readonly DocumentScore[]): Summary {
  const fields = {} as Record<ListField, Prf>;
  for (const f of LIST_FIELDS) {
    const sum = (k: keyof Counts): number => docs.reduce((a, d) => a + d[f][k], 0);
    fields[f] = prf({ tp: sum('tp'), fp: sum('fp'), fn: sum('fn') });
  }
  const ok = docs.reduce((a, d) => a + d.meta.ok, 0);
  const total = docs.reduce((a, d) => a + d.meta.total, 0);
  const accuracy = total > 0 ? ok / total : null;
  // A field with nothing in any gold file and nothing predicted has no figure.
  const figures = [accuracy, ...LIST_FIELDS.filter((f) => fields[f].tp + fields[f].fp + fields[f].fn > 0).map((f) => fields[f].f1)].filter((v): v is number => v !== null);
  return { fieldsF1: mean(figures) ?? 0, overallF1: mean(docs.map((d) => d.overall)) ?? 0, meta: { ok, total, accuracy }, fields };
}

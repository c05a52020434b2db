/**
 * Scoring one document's output against its gold file, field by field, as the annotation
 * guide defines the fields. Each list field is matched one to one (match.ts) and counted as
 * true positives (matched, required), false positives (predicted, unmatched) and false
 * negatives (required, unmatched); gold items marked optional count neither way.
 */
import type { Deadline, Indicator, PolicyDocument, Reference, Section, Task, Unit } from '../types.js';
import type { Gold, GoldDeadline, GoldIndicator, GoldReference, GoldSection, GoldTask, GoldUnit } from './gold.js';
import { matchOneToOne } from './match.js';
import { alternatives, dateOrNull, hasNumeral, similarity, textKey, unitKey, withoutMarker } from './text.js';

export interface Counts {
  tp: number;
  fp: number;
  fn: number;
}
export interface Prf extends Counts {
  precision: number;
  recall: number;
  f1: number;
}
/** Nothing to find and nothing found is perfect: precision and recall of 0/0 are 1. */
export function prf({ tp, fp, fn }: Counts): Prf {
  const precision = tp + fp > 0 ? tp / (tp + fp) : 1;
  const recall = tp + fn > 0 ? tp / (tp + fn) : 1;
  return { tp, fp, fn, precision, recall, f1: precision + recall > 0 ? (2 * precision * recall) / (precision + recall) : 0 };
}

/** The share of `pairs` that `ok` accepts, null without pairs. */
function share<T>(pairs: readonly T[], ok: (p: T) => boolean): number | null {
  return pairs.length > 0 ? pairs.filter(ok).length / pairs.length : null;
}

export interface ListScore extends Prf {
  /** Required gold items nobody predicted. */
  missed: string[];
  /** Predictions no gold item was matched with. */
  extra: string[];
}

/** Counts and the misses and extras of one matched list field. */
function listScore<G extends { optional?: boolean | undefined }, P>(gold: readonly G[], pred: readonly P[], pairs: ReadonlyArray<[G, P]>, showGold: (g: G) => string, showPred: (p: P) => string): ListScore {
  const matchedGold = new Set(pairs.map(([g]) => g));
  const matchedPred = new Set(pairs.map(([, p]) => p));
  const tp = pairs.filter(([g]) => !g.optional).length;
  const counts = { tp, fp: pred.length - pairs.length, fn: gold.filter((g) => !g.optional).length - tp };
  return {
    ...prf(counts),
    missed: gold.filter((g) => !g.optional && !matchedGold.has(g)).map(showGold),
    extra: pred.filter((p) => !matchedPred.has(p)).map(showPred),
  };
}

// ---- metadata

/** The metadata fields the guide asks for: one the gold leaves out is one the document does not state. */
const META_FIELDS = ['title', 'enclosedTitle', 'docNumber', 'issuers', 'recipients', 'signedDate', 'publishedDate'];
const NAME_LISTS = new Set(['issuers', 'recipients', 'keywords']);

export interface MetaScore {
  ok: number;
  total: number;
  accuracy: number | null;
  misses: string[];
}

/** Two organ names are one when equal or when one (of two characters or more) holds the other: 民政厅 / 黑龙江省民政厅. */
const sameName = (x: string, y: string): boolean => x === y || (Math.min(x.length, y.length) >= 2 && (x.includes(y) || y.includes(x)));

function predictedKeys(field: string, value: unknown): string[] {
  if (NAME_LISTS.has(field)) return (Array.isArray(value) ? value : []).map(textKey).filter((k) => k !== '');
  const k = textKey(dateOrNull(value));
  return k === '' ? [] : [k];
}

/** One metadata field: null when it does not count (not stated, nothing predicted), else right or wrong. */
function metaField(field: string, want: unknown, got: unknown): boolean | null {
  const predicted = predictedKeys(field, got);
  if (want === null || want === undefined) return META_FIELDS.includes(field) && predicted.length > 0 ? false : null;
  if (NAME_LISTS.has(field)) {
    // A list of names: every gold name among the predicted ones, and every predicted one among the gold.
    const wanted = (Array.isArray(want) ? want : [want]).map(textKey);
    return wanted.every((w) => predicted.some((p) => sameName(p, w))) && predicted.every((p) => wanted.some((w) => sameName(p, w)));
  }
  const key = textKey(dateOrNull(got));
  return alternatives(want).some((w) => textKey(w) === key);
}

export function scoreMeta(gold: Gold['meta'], pred: Partial<PolicyDocument['meta']> | undefined): MetaScore {
  const g = (gold ?? {}) as Record<string, unknown>;
  const p = (pred ?? {}) as Record<string, unknown>;
  let ok = 0;
  let total = 0;
  const misses: string[] = [];
  for (const field of new Set([...Object.keys(g), ...META_FIELDS])) {
    const right = metaField(field, g[field], p[field]);
    if (right === null) continue;
    total++;
    if (right) ok++;
    else misses.push(`${field}: want ${JSON.stringify(g[field] ?? null)}, got ${JSON.stringify(p[field] ?? null)}`);
  }
  return { ok, total, accuracy: total > 0 ? ok / total : null, misses };
}

// ---- sections

export interface SectionScore extends ListScore {
  levelAccuracy: number | null;
}

/** The same title scores 3; two titles of 6 characters or more of which one begins the other, 2. */
function sectionFit(g: GoldSection, p: Section): number {
  const got = textKey(p.title);
  let best = 0;
  for (const want of alternatives(g.title).map(textKey)) {
    if (want === '' || got === '') continue;
    if (want === got) best = Math.max(best, 3);
    else if (Math.min(want.length, got.length) >= 6 && (want.startsWith(got) || got.startsWith(want))) best = Math.max(best, 2);
  }
  return best;
}

export function scoreSections(gold: readonly GoldSection[], pred: readonly Section[]): SectionScore {
  const pairs = matchOneToOne(gold, pred, sectionFit);
  return {
    ...listScore(gold, pred, pairs, (g) => alternatives(g.title).join(' / '), (p) => p.title),
    levelAccuracy: share(pairs, ([g, p]) => g.level === undefined || g.level === p.level),
  };
}

// ---- tasks

export interface TaskScore extends ListScore {
  originAccuracy: number | null;
  /** Per origin: gold items (optional ones too), predictions, matches, recall. */
  byOrigin: Partial<Record<'body' | 'table', { gold: number; pred: number; matched: number; recall: number | null }>>;
}

/** A task's text key without its marker (1. / （三） / 一是). */
const taskKey = (p: Task): string => withoutMarker(textKey(p.text || p.title || ''));

/** The gold start begins the task's text (2); or its first 10 characters, of 10 or more, lie in the text's first 40 (1). */
function taskFit(g: GoldTask, p: Task): number {
  const key = taskKey(p);
  const full = textKey(p.text || '');
  let best = 0;
  for (const start of alternatives(g.start).map(textKey)) {
    if (start === '') continue;
    if (key.startsWith(start) || full.startsWith(start)) best = 2;
    else if (start.length >= 10 && key.slice(0, 40).includes(start.slice(0, 10))) best = Math.max(best, 1);
  }
  return best;
}

function byOrigin(gold: readonly GoldTask[], pred: readonly Task[], pairs: ReadonlyArray<[GoldTask, Task]>): TaskScore['byOrigin'] {
  const out: TaskScore['byOrigin'] = {};
  for (const origin of ['body', 'table'] as const) {
    const g = gold.filter((x) => (x.origin ?? 'body') === origin).length;
    const p = pred.filter((x) => (x.origin ?? 'body') === origin).length;
    const matched = pairs.filter(([x]) => (x.origin ?? 'body') === origin).length;
    if (g > 0 || p > 0) out[origin] = { gold: g, pred: p, matched, recall: g > 0 ? matched / g : null };
  }
  return out;
}

export function scoreTasks(gold: readonly GoldTask[], pred: readonly Task[]): { score: TaskScore; pairs: Array<[GoldTask, Task]> } {
  const pairs = matchOneToOne(gold, pred, taskFit);
  const score: TaskScore = {
    ...listScore(gold, pred, pairs, (g) => alternatives(g.start).join(' / '), (p) => taskKey(p).slice(0, 20)),
    originAccuracy: share(pairs, ([g, p]) => !g.origin || g.origin === p.origin),
    byOrigin: byOrigin(gold, pred, pairs),
  };
  return { score, pairs };
}

// ---- units

export interface UnitScore extends Prf {
  roleAccuracy: number | null;
}

/** 有关部门 / 相关单位 / 各部门 / 其他单位参与: the guide does not list generic units, so neither side counts them. */
const GENERIC_UNIT = /^(?:各|其他|其它)?(?:有关|相关)?(?:部门|单位)(?:参与|配合)?$/u;
const isGeneric = (name: unknown): boolean => GENERIC_UNIT.test(textKey(name));

/** Equal, or one (of two characters or more) ends the other: 民政局 / 各县(市、区)民政局. */
function sameUnit(x: string, y: string): boolean {
  const a = textKey(x);
  const b = textKey(y);
  return a === b || (Math.min(a.length, b.length) >= 2 && (a.endsWith(b) || b.endsWith(a)));
}

/**
 * Units are scored per matched task: the gold task's units against the units predicted for
 * its task. A gold task nobody matched misses all its units; units predicted for a task no
 * gold task matched (or for no task) are all extra.
 */
export function scoreUnits(gold: readonly GoldTask[], taskPairs: ReadonlyArray<[GoldTask, Task]>, predUnits: readonly Unit[]): UnitScore {
  const byTask = new Map<string | null, Unit[]>();
  for (const u of predUnits) {
    if (isGeneric(u.name)) continue;
    byTask.set(u.taskId ?? null, [...(byTask.get(u.taskId ?? null) ?? []), u]);
  }
  const counts = { tp: 0, fp: 0, fn: 0 };
  let roleOk = 0;
  const goldUnits = (t: GoldTask): GoldUnit[] => (t.units ?? []).filter((u) => !isGeneric(u.name));
  for (const [g, p] of taskPairs) {
    const want = goldUnits(g);
    const got = byTask.get(p.id) ?? [];
    const pairs = matchOneToOne(want, got, (a, b) => (sameUnit(a.name, b.name) ? 1 : 0));
    counts.tp += pairs.length;
    counts.fp += got.length - pairs.length;
    counts.fn += want.length - pairs.length;
    roleOk += pairs.filter(([a, b]) => !a.role || a.role === b.role).length;
  }
  const matchedGold = new Set(taskPairs.map(([g]) => g));
  const matchedPred = new Set(taskPairs.map(([, p]) => p.id));
  for (const g of gold) if (!matchedGold.has(g)) counts.fn += goldUnits(g).length;
  for (const [taskId, list] of byTask) if (taskId === null || !matchedPred.has(taskId)) counts.fp += list.length;
  return { ...prf(counts), roleAccuracy: counts.tp > 0 ? roleOk / counts.tp : null };
}

// ---- indicators

export interface IndicatorScore extends ListScore {
  comparatorAccuracy: number | null;
  kindAccuracy: number | null;
  yearAccuracy: number | null;
}

/** Same value (to 1e-9 relative) and unit are required; the closer the subject, the better the fit. */
function indicatorFit(g: GoldIndicator, p: Indicator): number {
  const value = Number(p.value);
  if (!alternatives(g.value).some((v) => Math.abs(Number(v) - value) <= 1e-9 * Math.max(1, Math.abs(Number(v))))) return 0;
  if (!alternatives(g.unit).map(unitKey).includes(unitKey(p.unit))) return 0;
  return 0.01 + similarity(g.subject ?? '', (p.subject ?? '') + (p.text ?? ''));
}

export function scoreIndicators(gold: readonly GoldIndicator[], predicted: readonly Indicator[]): IndicatorScore {
  // A "figure" without a numeral is no indicator the guide asks for.
  const pred = predicted.filter((p) => hasNumeral(p.text ?? String(p.value)));
  const pairs = matchOneToOne(gold, pred, indicatorFit);
  const show = (g: GoldIndicator): string => `${g.subject ?? ''} ${g.comparator ?? ''}${alternatives(g.value).join('|')}${alternatives(g.unit).join('|')}`;
  return {
    ...listScore(gold, pred, pairs, show, (p) => `${p.text} → ${p.comparator}${p.value}${p.unit}`),
    comparatorAccuracy: share(pairs, ([g, p]) => !g.comparator || alternatives(g.comparator).includes(p.comparator)),
    kindAccuracy: share(pairs, ([g, p]) => !g.kind || alternatives(g.kind).includes(p.kind)),
    yearAccuracy: share(pairs, ([g, p]) => g.year === undefined || alternatives(g.year).map(Number).includes(Number(p.year))),
  };
}

// ---- deadlines

export interface DeadlineScore extends ListScore {
  startAccuracy: number | null;
}

type DeadlineLike = { kind?: unknown; end?: unknown; duration?: unknown };

/**
 * What a deadline must agree on, as keys: its kind for ongoing and recurring ones, its duration
 * for a time limit counted from an event (within:P15D), its end date for by and range
 * (end:2020-12-31). A gold `kind: [within, by]` has both keys; a prediction is compared by its first.
 */
export function deadlineKeys(d: DeadlineLike): string[] {
  const kinds = alternatives(d.kind ?? 'by');
  const keys: string[] = kinds.filter((k) => k === 'ongoing' || k === 'recurring');
  if (kinds.includes('within')) keys.push(...alternatives(d.duration ?? '').map((x) => `within:${x}`));
  if (kinds.includes('by') || kinds.includes('range')) keys.push(...alternatives(d.end ?? '').map((x) => `end:${x}`));
  return keys;
}

const predKey = (p: Deadline): string | undefined => deadlineKeys({ ...(p as DeadlineLike), end: dateOrNull(p.end) })[0];

function deadlineFit(g: GoldDeadline, p: Deadline): number {
  const key = predKey(p);
  if (key === undefined || !deadlineKeys(g).includes(key)) return 0;
  const sim = similarity(g.text ?? '', p.text ?? '');
  // An ongoing or recurring deadline has no date to agree on: its phrase must be much like the gold's.
  if ((key === 'ongoing' || key === 'recurring') && g.text && sim < 0.2) return 0;
  return 0.01 + sim;
}

export function scoreDeadlines(gold: readonly GoldDeadline[], pred: readonly Deadline[]): DeadlineScore {
  const pairs = matchOneToOne(gold, pred, deadlineFit);
  return {
    ...listScore(gold, pred, pairs, (g) => `${g.text ?? ''}→${deadlineKeys(g).join('|')}`, (p) => `${p.text}→${predKey(p)}`),
    startAccuracy: share(
      pairs.filter(([g]) => g.kind === 'range'),
      ([g, p]) => alternatives(g.start).includes(dateOrNull(p.start) as string),
    ),
  };
}

// ---- references

export interface ReferenceScore extends ListScore {
  docNumberAccuracy: number | null;
}

export function scoreReferences(gold: readonly GoldReference[], predicted: readonly Reference[]): ReferenceScore {
  // Once per distinct title, as the guide lists them.
  const seen = new Set<string>();
  const pred = predicted.filter((p) => !seen.has(textKey(p.title)) && seen.add(textKey(p.title)));
  const pairs = matchOneToOne(gold, pred, (g, p) => (alternatives(g.title).map(textKey).includes(textKey(p.title)) ? 1 : 0));
  return {
    ...listScore(gold, pred, pairs, (g) => alternatives(g.title).join(' / '), (p) => p.title),
    docNumberAccuracy: share(pairs, ([g, p]) => !g.docNumber || alternatives(g.docNumber).map(textKey).includes(textKey(p.docNumber))),
  };
}

// ---- grounding

/** The share of spans whose text holds the item's (or lies in it); null without source.text. */
export function grounding(doc: Partial<PolicyDocument>): number | null {
  const text = doc.source?.text;
  if (typeof text !== 'string') return null;
  let ok = 0;
  let n = 0;
  const check = (span: [number, number] | undefined, value: string | undefined): void => {
    if (!span) return;
    n++;
    const slice = textKey(text.slice(span[0], span[1]));
    const want = textKey(value ?? '');
    if (slice !== '' && want !== '' && (slice.includes(want) || want.includes(slice))) ok++;
  };
  for (const s of doc.sections ?? []) check(s.span, s.title);
  for (const x of [...(doc.tasks ?? []), ...(doc.indicators ?? []), ...(doc.deadlines ?? []), ...(doc.responsibleUnits ?? [])]) check(x.span, x.text);
  return n > 0 ? ok / n : null;
}

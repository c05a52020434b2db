// `policy-extract eval`'s scorer (src/eval/) against the project's external reference scorer
// (tests/reference/score.mjs, a verbatim copy of ../shared/eval/score.mjs): the same figures on
// the seeds, and on predictions and gold files altered so that there are misses, extras,
// wrong values, optional items, alternatives and `within` deadlines, where a difference in
// matching or counting would show.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { extractDocument } from '../../src/index.js';
import { parseGold } from '../../src/eval/gold.js';
import { type DocumentScore, scoreDocument, summarize } from '../../src/eval/report.js';
import type { PolicyDocument } from '../../src/types.js';
import { FIXTURES, read, SEEDS } from '../helpers/fixtures.js';

const ROOT = new URL('../../', import.meta.url).pathname;
const REFERENCE = join(ROOT, 'tests/reference/score.mjs');
const GOLD = join(FIXTURES, 'gold');
const goldFiles = readdirSync(GOLD).filter((f) => f.endsWith('.gold.yaml')).sort();
const work = mkdtempSync(join(tmpdir(), 'policy-extract-eval-'));
afterAll(() => rmSync(work, { recursive: true, force: true }));

type Json = Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
type Doc = PolicyDocument & Json;

const seedOutputs = new Map<string, Doc>(
  goldFiles.map((f) => {
    const name = f.replace(/\.gold\.yaml$/, '');
    return [name, extractDocument(read(SEEDS, name), { path: name, includeText: true }) as Doc];
  }),
);

/** A small deterministic generator, so each variant is the same on every run. */
function random(seed: number): () => number {
  let s = seed >>> 0;
  return () => {
    s = (Math.imul(s, 1664525) + 1013904223) >>> 0;
    return s / 2 ** 32;
  };
}

/** Predictions with misses, extras and wrong values. */
function alterPrediction(doc: Doc, rnd: () => number): Doc {
  const d: Doc = structuredClone(doc);
  const keep = (p: number) => () => rnd() >= p;
  d.sections = d.sections.filter(keep(0.2));
  d.tasks = d.tasks.filter(keep(0.2));
  d.indicators = d.indicators.filter(keep(0.25)).map((i) => (rnd() < 0.2 ? { ...i, value: i.value + 1 } : rnd() < 0.2 ? { ...i, comparator: '=', kind: 'actual' } : i));
  d.deadlines = d.deadlines.filter(keep(0.25)).map((x) => (rnd() < 0.2 ? { ...x, end: '2099-12-31', kind: 'by' } : x));
  d.references = d.references.filter(keep(0.2));
  d.responsibleUnits = d.responsibleUnits.filter(keep(0.2)).map((u) => (rnd() < 0.15 ? { ...u, role: 'support' } : rnd() < 0.1 ? { ...u, taskId: null } : u));
  // extras: a heading, a task, a figure, a time limit and a reference that are not there
  d.sections.push({ id: 'sx', parentId: null, level: 1, marker: '九、', ordinal: 9, title: '不存在的标题', span: [0, 1], rule: 'section/has-items' });
  d.tasks.push({ id: 'tx', sectionId: null, origin: 'body', tableId: null, marker: '9.', ordinal: 9, title: null, text: '9.不存在的任务内容', span: [0, 1], rule: 'task/lowest-item' });
  d.responsibleUnits.push({ id: 'ux', taskId: 'tx', name: '有关部门', role: 'lead', text: '有关部门', span: [0, 1], rule: 'unit/label' }, { id: 'uy', taskId: 'tx', name: '省民政厅', role: 'lead', text: '省民政厅', span: [0, 1], rule: 'unit/label' });
  d.indicators.push({ id: 'ix', taskId: null, sectionId: null, kind: 'target', subject: '覆盖率', comparator: '>=', value: 99, valueMax: null, unit: '%', year: null, text: '覆盖率达到99%', span: [0, 1], rule: 'indicator/quantity' });
  d.indicators.push({ id: 'iy', taskId: null, sectionId: null, kind: 'target', subject: '名称', comparator: '=', value: 5, valueMax: null, unit: 'G', year: null, text: 'G网络', span: [0, 1], rule: 'indicator/quantity' });
  (d.deadlines as Json[]).push({ id: 'dx', taskId: null, sectionId: null, kind: 'within', start: null, end: null, duration: 'P15D', workingDays: true, anchor: '受理申请之日', text: '自受理申请之日起15个工作日内', span: [0, 1] });
  (d.deadlines as Json[]).push({ id: 'dy', taskId: null, sectionId: null, kind: 'ongoing', start: null, end: null, text: '长期坚持', span: [0, 1] });
  d.references.push({ id: 'rx', title: d.references[0]?.title ?? '重复的标题', docNumber: null, span: [0, 1] });
  if (rnd() < 0.5) d.meta = { ...d.meta, title: '另一个标题', recipients: [...d.meta.recipients, '各市民政局'] };
  else d.meta = { ...d.meta, sourceUrl: 'http://example.invalid/x', keywords: ['民政'] };
  return d;
}

/** Gold with optional items, alternatives and time limits (one with a stated anchor date). */
function alterGold(text: string, rnd: () => number): string {
  const g = parse(text) as Json;
  for (const list of [g.sections, g.tasks, g.indicators, g.deadlines, g.references]) for (const x of list ?? []) if (rnd() < 0.15) x.optional = true;
  for (const x of g.indicators ?? []) if (rnd() < 0.2) x.value = [x.value, x.value * 10];
  for (const x of g.references ?? []) if (rnd() < 0.2) x.title = [x.title, `${x.title}(试行)`];
  g.deadlines = [
    ...(g.deadlines ?? []),
    { kind: 'within', duration: 'P15D', text: '自受理申请之日起15个工作日内' },
    { kind: ['within', 'by'], duration: 'P3M', end: '2022-11-08', text: '印发之日起3个月内' },
    { kind: 'within', duration: 'P5D', text: '收到材料后5日内', optional: true },
  ];
  g.meta = { ...(g.meta ?? {}), keywords: rnd() < 0.5 ? ['民政'] : undefined };
  return stringify(g);
}

function reference(goldDir: string, predDir: string): Json {
  return JSON.parse(execFileSync('node', [REFERENCE, '--gold', goldDir, '--pred', predDir, '--json'], { cwd: ROOT, encoding: 'utf8' })) as Json;
}

/** Our scores, in the reference's terms. */
function ours(goldDir: string, preds: ReadonlyMap<string, Doc>): Json {
  const docs: DocumentScore[] = readdirSync(goldDir)
    .filter((f) => f.endsWith('.gold.yaml'))
    .sort()
    .map((f) => {
      const gold = parseGold(readFileSync(join(goldDir, f), 'utf8'), f);
      return scoreDocument(gold, preds.get(gold.doc) ?? null, preds.has(gold.doc) ? null : 'no prediction file');
    });
  const s = summarize(docs);
  const counts = (x: Json) => ({ tp: x.tp, fp: x.fp, fn: x.fn, p: x.precision, r: x.recall, f1: x.f1 });
  return {
    overall: s.overallF1,
    overallMicro: s.fieldsF1,
    metaAcc: s.meta.accuracy,
    micro: Object.fromEntries(Object.entries(s.fields).map(([k, v]) => [k, counts(v)])),
    documents: docs.map((d) => ({
      doc: d.doc,
      meta: { acc: d.meta.accuracy, ok: d.meta.ok, total: d.meta.total, misses: d.meta.misses.length, score: d.scores.meta },
      sections: { ...counts(d.sections), score: d.scores.sections, levelAcc: d.sections.levelAccuracy, missed: d.sections.missed.length, extra: d.sections.extra.length },
      tasks: { ...counts(d.tasks), score: d.scores.tasks, originAcc: d.tasks.originAccuracy, byOrigin: d.tasks.byOrigin, missed: d.tasks.missed.length, extra: d.tasks.extra.length },
      units: { ...counts(d.units), score: d.scores.units, roleAcc: d.units.roleAccuracy },
      indicators: {
        ...counts(d.indicators),
        score: d.scores.indicators,
        comparatorAcc: d.indicators.comparatorAccuracy,
        kindAcc: d.indicators.kindAccuracy,
        yearAcc: d.indicators.yearAccuracy,
        missed: d.indicators.missed.length,
        extra: d.indicators.extra.length,
      },
      deadlines: { ...counts(d.deadlines), score: d.scores.deadlines, startAcc: d.deadlines.startAccuracy, missed: d.deadlines.missed.length, extra: d.deadlines.extra.length },
      references: { ...counts(d.references), score: d.scores.references, docNumberAcc: d.references.docNumberAccuracy, missed: d.references.missed.length, extra: d.references.extra.length },
      overall: d.overall,
      grounding: d.grounding,
    })),
  };
}

/** The reference's report cut down to what ours is compared on (lists by their lengths). */
function referenceView(r: Json): Json {
  const lengths = (x: Json, keys: string[]) => ({ ...x, ...Object.fromEntries(keys.filter((k) => k in x).map((k) => [k, x[k].length])) });
  return {
    overall: r.overall,
    overallMicro: r.overallMicro,
    metaAcc: r.metaAcc,
    micro: r.micro,
    documents: r.documents.map((d: Json) => {
      const { misses, ...meta } = d.meta;
      return {
        doc: d.doc,
        meta: { ...meta, misses: misses.length },
        sections: lengths(d.sections, ['missed', 'extra']),
        tasks: lengths(d.tasks, ['missed', 'extra']),
        units: d.units,
        indicators: lengths(d.indicators, ['missed', 'extra']),
        deadlines: lengths(d.deadlines, ['missed', 'extra']),
        references: lengths(d.references, ['missed', 'extra']),
        overall: d.overall,
        grounding: d.grounding,
      };
    }),
  };
}

function writePredictions(dir: string, preds: ReadonlyMap<string, Doc>): void {
  mkdirSync(dir, { recursive: true });
  for (const [name, doc] of preds) writeFileSync(join(dir, `${name}.json`), JSON.stringify(doc));
}

describe('the eval scorer gives the reference scorer\'s figures', () => {
  it('on the seeds and their gold', () => {
    const predDir = join(work, 'seeds');
    writePredictions(predDir, seedOutputs);
    const theirs = reference(GOLD, predDir);
    expect(ours(GOLD, seedOutputs)).toEqual(referenceView(theirs));
    expect(theirs.overallMicro).toBeGreaterThan(0.9);
  });

  for (const seed of [1, 2, 3, 4]) {
    it(`on altered predictions and gold, variant ${seed}`, () => {
      const rnd = random(seed);
      const goldDir = join(work, `gold-${seed}`);
      mkdirSync(goldDir, { recursive: true });
      for (const f of goldFiles) writeFileSync(join(goldDir, f), alterGold(readFileSync(join(GOLD, f), 'utf8'), rnd));
      // One document has no prediction at all: every field of it is missed.
      const preds = new Map([...seedOutputs].filter(([name]) => seed !== 4 || !name.startsWith('002')).map(([name, doc]) => [name, alterPrediction(doc, rnd)]));
      const predDir = join(work, `pred-${seed}`);
      writePredictions(predDir, preds);
      const theirs = reference(goldDir, predDir);
      expect(ours(goldDir, preds)).toEqual(referenceView(theirs));
      // The alterations bite: the figures are far from perfect, with misses, extras and within deadlines matched.
      expect(theirs.overallMicro).toBeLessThan(0.95);
      expect(theirs.micro.deadlines.fp).toBeGreaterThan(0);
      expect(theirs.micro.units.fn).toBeGreaterThan(0);
      expect(theirs.documents.some((d: Json) => d.deadlines.tp > 0)).toBe(true);
    });
  }
});

#!/usr/bin/env node
// ─────────────────────────────────────────────────────────────────────────────────────────────
// VERBATIM COPY of ../shared/eval/score.mjs, the project's external reference scorer, kept here
// so that tests/eval/reference.test.ts can check on a clean clone (which has no ../shared) that
// `policy-extract eval` (src/eval/) gives the same figures. Do not edit below this header:
// refresh it from ../shared/eval/score.mjs (tests/docs.test.ts compares the two when it is there).
// ─────────────────────────────────────────────────────────────────────────────────────────────
// Accuracy scorer: compares extractor JSON (../SPEC.md) with hand-made gold YAML (../gold/GUIDE.md).
//
//   node score.mjs --gold DIR --pred DIR [--json] [--min F1] [--verbose]
//
// For every DIR/<doc>.gold.yaml it reads PRED/<doc>.json (or PRED/<doc minus extension>.json).
// Prints a per-document table, the pooled figure per field ("micro"), their mean ("fields F1"),
// and, last, "overall F1 <x>" (the mean over documents of each document's mean over its fields).
// Matching is one-to-one and of the largest size; --verbose lists what was missed and what was extra.
// The `yaml` package is resolved from the current directory's node_modules (run it from the
// project root) or from this script's folder.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join, resolve } from 'node:path';

function loadYaml() {
  for (const base of [join(process.cwd(), 'package.json'), import.meta.url]) {
    try { return createRequire(base)('yaml'); } catch { /* try next */ }
  }
  console.error('score.mjs: cannot find the `yaml` package; run from a folder whose node_modules has it');
  process.exit(2);
}
const YAML = loadYaml();

const args = process.argv.slice(2);
const opt = (name, dflt) => { const i = args.indexOf(name); return i >= 0 ? args[i + 1] : dflt; };
const goldDir = opt('--gold'); const predDir = opt('--pred');
const minF1 = opt('--min') ? Number(opt('--min')) : null;
const asJson = args.includes('--json'); const verbose = args.includes('--verbose');
if (!goldDir || !predDir) { console.error('usage: score.mjs --gold DIR --pred DIR [--json] [--min F1] [--verbose]'); process.exit(2); }

// ---------- normalisation ----------
const BRACKETS = { '〔': '[', '〕': ']', '［': '[', '］': ']', '【': '[', '】': ']', '﹝': '[', '﹞': ']', '[': '[', ']': ']' };
function norm(s) {
  if (s === null || s === undefined) return '';
  return String(s).normalize('NFKC').replace(/[\s\u3000\u00a0]+/g, '')
    .replace(/[〔〕［］【】﹝﹞]/g, (c) => BRACKETS[c])
    .replace(/[“”"'‘’「」『』]/g, '')
    .replace(/[。；;，,：:、.]+$/u, '').toLowerCase();
}
const MARKER = /^(第[一二三四五六七八九十百零〇\d]+[章节条部分篇]|[一二三四五六七八九十]+是|[(（][一二三四五六七八九十\d]+[)）]|[一二三四五六七八九十百]+[、.．]|\d+[.．、]?|[①-⑳])/u;
const stripMarker = (s) => s.replace(MARKER, '');
const alts = (v) => (Array.isArray(v) ? v : [v]).map((x) => (x instanceof Date ? x.toISOString().slice(0, 10) : String(x)));
const dateStr = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : v == null ? null : String(v));
const GENERIC_UNIT = /^(各|其他|其它)?(有关|相关)?(部门|单位)(参与|配合)?$|^(各)?(有关|相关)(部门|单位)$/u;
const UNIT_SYN = { '名': '人', '㎡': '平方米', '平米': '平方米', '％': '%', '百分点': '个百分点' };
const unitNorm = (u) => { const n = norm(u); return UNIT_SYN[n] ?? n; };
const hasNumber = (s) => /[0-9０-９一二三四五六七八九十百千万亿两]/u.test(String(s ?? ''));

function bigrams(s) { const a = []; for (let i = 0; i < s.length - 1; i++) a.push(s.slice(i, i + 2)); return a.length ? a : [s]; }
function dice(x, y) {
  const a = bigrams(norm(x)); const b = bigrams(norm(y)); if (!a.length || !b.length) return 0;
  const m = new Map(); for (const g of a) m.set(g, (m.get(g) ?? 0) + 1);
  let inter = 0; for (const g of b) { const c = m.get(g); if (c) { inter++; m.set(g, c - 1); } }
  return (2 * inter) / (a.length + b.length);
}
// Gold items marked `optional: true` (judgement calls) are allowed, not required: matched, they count
// neither way; unmatched, they are not misses.
const counts = (gold, pred, pairs) => {
  const req = pairs.filter(([g]) => !g.optional).length;
  return [req, pred.length - pairs.length, gold.filter((g) => !g.optional).length - req];
};
const prf = (tp, fp, fn) => {
  const p = tp + fp ? tp / (tp + fp) : 1; const r = tp + fn ? tp / (tp + fn) : 1;
  return { tp, fp, fn, p, r, f1: p + r ? (2 * p * r) / (p + r) : 0 };
};

// One-to-one matching of the largest size (augmenting paths, Kuhn); `score(g, p)` > 0 means
// compatible, and each gold item tries its higher-scoring candidates first.
function match(gold, pred, score) {
  const cands = gold.map((g) => pred.map((p, j) => [j, score(g, p)]).filter(([, s]) => s > 0).sort((a, b) => b[1] - a[1]).map(([j]) => j));
  const owner = new Array(pred.length).fill(-1);
  const augment = (i, seen) => {
    for (const j of cands[i]) {
      if (seen[j]) continue; seen[j] = true;
      if (owner[j] < 0 || augment(owner[j], seen)) { owner[j] = i; return true; }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) if (cands[i].length) augment(i, new Array(pred.length).fill(false));
  const pairs = [];
  owner.forEach((i, j) => { if (i >= 0) pairs.push([i, j]); });
  pairs.sort((a, b) => a[0] - b[0]);
  return pairs.map(([i, j]) => [gold[i], pred[j]]);
}
/** Predicted items that no gold item was matched with, for --verbose. */
const unmatched = (pred, pairs, show) => pred.filter((p) => !pairs.some(([, x]) => x === p)).map(show);

// ---------- components ----------
// The fields that the GUIDE asks for: a value the gold leaves out is one the document does not
// state, so a predicted value there is wrong too.
const META_FIELDS = ['title', 'enclosedTitle', 'docNumber', 'issuers', 'recipients', 'signedDate', 'publishedDate'];
const LIST_FIELDS = new Set(['issuers', 'recipients', 'keywords']);
const nameMatch = (h, n) => h === n || (Math.min(h.length, n.length) >= 2 && (h.includes(n) || n.includes(h)));
function scoreMeta(gm = {}, pm = {}) {
  let ok = 0; let total = 0; const misses = [];
  const keys = new Set([...Object.keys(gm ?? {}), ...META_FIELDS]);
  for (const k of keys) {
    const v = (gm ?? {})[k];
    const p = pm[k];
    const predicted = LIST_FIELDS.has(k) ? (p ?? []).map(norm).filter((x) => x !== '') : p == null || norm(dateStr(p)) === '' ? [] : [norm(dateStr(p))];
    if (v === null || v === undefined) {
      // not stated in the document: right only when nothing was predicted
      if (!META_FIELDS.includes(k) || predicted.length === 0) continue;
      total++; misses.push(`${k}: want none got ${JSON.stringify(p)}`); continue;
    }
    total++;
    let good;
    if (LIST_FIELDS.has(k)) {
      const want = (Array.isArray(v) ? v : [v]).map(norm);
      // every gold name is found in a predicted one (or contains one), and every predicted name in a gold one
      good = want.every((n) => predicted.some((h) => nameMatch(h, n))) && predicted.every((h) => want.some((n) => nameMatch(h, n)));
    } else {
      good = alts(v).some((a) => norm(a) === norm(dateStr(p)));
    }
    if (good) ok++; else misses.push(`${k}: want ${JSON.stringify(v)} got ${JSON.stringify(p ?? null)}`);
  }
  return { acc: total ? ok / total : null, ok, total, misses };
}

function scoreSections(gs = [], ps = []) {
  const pairs = match(gs, ps, (g, p) => {
    const b = norm(p.title); let best = 0;
    for (const a of alts(g.title).map(norm)) {
      if (!a || !b) continue;
      if (a === b) best = Math.max(best, 3);
      else if (Math.min(a.length, b.length) >= 6 && (a.startsWith(b) || b.startsWith(a))) best = Math.max(best, 2);
    }
    return best;
  });
  const levelOk = pairs.filter(([g, p]) => g.level === undefined || g.level === p.level).length;
  return { ...prf(...counts(gs, ps, pairs)), levelAcc: pairs.length ? levelOk / pairs.length : null,
    missed: gs.filter((g) => !g.optional && !pairs.some(([x]) => x === g)).map((g) => g.title), extra: unmatched(ps, pairs, (p) => p.title) };
}

function taskText(p) { return stripMarker(norm(p.text || p.title || '')); }
function scoreTasks(gt = [], pt = []) {
  const pairs = match(gt, pt, (g, p) => {
    const t = taskText(p); const full = norm(p.text || ''); let best = 0;
    for (const start of alts(g.start).map(norm)) {
      if (!start) continue;
      if (t.startsWith(start) || full.startsWith(start)) best = 2;
      else if (start.length >= 10 && t.slice(0, 40).includes(start.slice(0, 10))) best = Math.max(best, 1);
    }
    return best;
  });
  const originOk = pairs.filter(([g, p]) => !g.origin || g.origin === p.origin).length;
  const byOrigin = {};
  for (const o of ['body', 'table']) {
    const g = gt.filter((x) => (x.origin ?? 'body') === o); const hit = pairs.filter(([x]) => (x.origin ?? 'body') === o).length;
    const p = pt.filter((x) => (x.origin ?? 'body') === o).length;
    if (g.length || p) byOrigin[o] = { gold: g.length, pred: p, matched: hit, recall: g.length ? hit / g.length : null };
  }
  return { ...prf(...counts(gt, pt, pairs)), pairs, byOrigin,
    originAcc: pairs.length ? originOk / pairs.length : null,
    missed: gt.filter((g) => !g.optional && !pairs.some(([x]) => x === g)).map((g) => g.start), extra: unmatched(pt, pairs, (p) => taskText(p).slice(0, 20)) };
}

function unitMatch(a, b) { const x = norm(a); const y = norm(b); return x === y || (Math.min(x.length, y.length) >= 2 && (x.endsWith(y) || y.endsWith(x))); }
function scoreUnits(gt = [], taskPairs, predUnits = []) {
  const byTask = new Map();
  for (const u of predUnits) { if (GENERIC_UNIT.test(norm(u.name))) continue; const k = u.taskId ?? null; if (!byTask.has(k)) byTask.set(k, []); byTask.get(k).push(u); }
  let tp = 0; let fp = 0; let fn = 0; let roleOk = 0; const matchedPredTasks = new Set();
  for (const [g, p] of taskPairs) {
    matchedPredTasks.add(p.id);
    const gu = (g.units ?? []).filter((u) => !GENERIC_UNIT.test(norm(u.name)));
    const pu = byTask.get(p.id) ?? [];
    const pairs = match(gu, pu, (a, b) => (unitMatch(a.name, b.name) ? 1 : 0));
    tp += pairs.length; fp += pu.length - pairs.length; fn += gu.length - pairs.length;
    roleOk += pairs.filter(([a, b]) => !a.role || a.role === b.role).length;
  }
  for (const g of gt) if (!taskPairs.some(([x]) => x === g)) fn += (g.units ?? []).filter((u) => !GENERIC_UNIT.test(norm(u.name))).length;
  for (const [k, list] of byTask) if (!matchedPredTasks.has(k)) fp += list.length;
  return { ...prf(tp, fp, fn), roleAcc: tp ? roleOk / tp : null };
}

function scoreIndicators(gi = [], pi = []) {
  const preds = pi.filter((p) => hasNumber(p.text ?? String(p.value)));
  const pairs = match(gi, preds, (g, p) => {
    const pv = Number(p.value);
    if (!alts(g.value).map(Number).some((gv) => Math.abs(gv - pv) <= 1e-9 * Math.max(1, Math.abs(gv)))) return 0;
    if (!alts(g.unit).map(unitNorm).includes(unitNorm(p.unit))) return 0;
    return 0.01 + dice(g.subject ?? '', (p.subject ?? '') + (p.text ?? ''));
  });
  const acc = (f) => (pairs.length ? pairs.filter(f).length / pairs.length : null);
  return { ...prf(...counts(gi, preds, pairs)),
    comparatorAcc: acc(([g, p]) => !g.comparator || alts(g.comparator).includes(p.comparator)),
    kindAcc: acc(([g, p]) => !g.kind || alts(g.kind).includes(p.kind)),
    yearAcc: acc(([g, p]) => g.year === undefined || alts(g.year).map(Number).includes(Number(p.year))),
    missed: gi.filter((g) => !g.optional && !pairs.some(([x]) => x === g)).map((g) => `${g.subject} ${g.comparator ?? ''}${g.value}${g.unit}`),
    extra: unmatched(preds, pairs, (p) => `${p.text} → ${p.comparator}${p.value}${p.unit}`) };
}

// What a deadline must agree on: its kind for ongoing/recurring, its duration for a time limit
// counted from an event (within: P30D), else its end date. A prediction's first key is compared.
function deadlineKeys(d) {
  const kinds = alts(d.kind ?? 'by');
  const keys = kinds.filter((k) => k === 'ongoing' || k === 'recurring');
  if (kinds.includes('within')) keys.push(...alts(d.duration ?? '').map((x) => `within:${x}`));
  if (kinds.some((k) => k === 'by' || k === 'range')) keys.push(...alts(d.end ?? '').map((e) => `end:${e}`));
  return keys;
}
function scoreDeadlines(gd = [], pd = []) {
  const pairs = match(gd, pd, (g, p) => {
    const pk = deadlineKeys({ ...p, end: dateStr(p.end) })[0];
    if (!deadlineKeys(g).includes(pk)) return 0;
    const sim = dice(g.text ?? '', p.text ?? '');
    // an ongoing or recurring deadline has no date to agree on: its phrase must overlap the gold's
    if ((pk === 'ongoing' || pk === 'recurring') && g.text && sim < 0.2) return 0;
    return 0.01 + sim;
  });
  const ranged = pairs.filter(([g]) => g.kind === 'range');
  return { ...prf(...counts(gd, pd, pairs)),
    startAcc: ranged.length ? ranged.filter(([g, p]) => alts(g.start).includes(dateStr(p.start))).length / ranged.length : null,
    missed: gd.filter((g) => !g.optional && !pairs.some(([x]) => x === g)).map((g) => `${g.text ?? ''}→${deadlineKeys(g).join('|')}`),
    extra: unmatched(pd, pairs, (p) => `${p.text}→${deadlineKeys({ ...p, end: dateStr(p.end) })[0]}`) };
}

function scoreReferences(gr = [], pr = []) {
  const seen = new Set(); const preds = pr.filter((p) => { const k = norm(p.title); if (seen.has(k)) return false; seen.add(k); return true; });
  const pairs = match(gr, preds, (g, p) => (alts(g.title).map(norm).includes(norm(p.title)) ? 1 : 0));
  return { ...prf(...counts(gr, preds, pairs)),
    docNumberAcc: pairs.length ? pairs.filter(([g, p]) => !g.docNumber || alts(g.docNumber).map(norm).includes(norm(p.docNumber))).length / pairs.length : null,
    missed: gr.filter((g) => !g.optional && !pairs.some(([x]) => x === g)).map((g) => g.title), extra: unmatched(preds, pairs, (p) => p.title) };
}

function grounding(doc) {
  const text = doc?.source?.text; if (typeof text !== 'string') return null;
  let ok = 0; let n = 0;
  const check = (item, field) => {
    if (!item?.span) return; n++;
    const slice = norm(text.slice(item.span[0], item.span[1])); const want = norm(item[field] ?? '');
    if (slice && want && (slice.includes(want) || want.includes(slice))) ok++;
  };
  for (const s of doc.sections ?? []) check(s, 'title');
  for (const k of ['tasks', 'indicators', 'deadlines', 'responsibleUnits']) for (const x of doc[k] ?? []) check(x, 'text');
  return n ? ok / n : null;
}

// ---------- driver ----------
const COMPONENTS = ['meta', 'sections', 'tasks', 'units', 'indicators', 'deadlines', 'references'];
const rows = [];
for (const f of readdirSync(goldDir).filter((x) => x.endsWith('.gold.yaml')).sort()) {
  const gold = YAML.parse(readFileSync(join(goldDir, f), 'utf8'));
  const name = gold.doc ?? f.replace(/\.gold\.yaml$/, '');
  const cands = [join(predDir, `${name}.json`), join(predDir, `${name.replace(/\.[^.]+$/, '')}.json`)];
  const pf = cands.find(existsSync);
  let pred = null; let error = null;
  if (!pf) error = 'no prediction file';
  else { try { pred = JSON.parse(readFileSync(pf, 'utf8')); } catch (e) { error = `unreadable prediction: ${e.message}`; } }
  pred ??= {};
  const tasks = scoreTasks(gold.tasks, pred.tasks ?? []);
  const r = {
    doc: name, error,
    meta: scoreMeta(gold.meta, pred.meta ?? {}),
    sections: scoreSections(gold.sections, pred.sections ?? []),
    tasks,
    units: scoreUnits(gold.tasks, tasks.pairs, pred.responsibleUnits ?? []),
    indicators: scoreIndicators(gold.indicators, pred.indicators ?? []),
    deadlines: scoreDeadlines(gold.deadlines, pred.deadlines ?? []),
    references: scoreReferences(gold.references, pred.references ?? []),
    grounding: grounding(pred),
  };
  delete r.tasks.pairs;
  const parts = [];
  for (const c of COMPONENTS) {
    const v = c === 'meta' ? r.meta.acc : r[c].tp + r[c].fp + r[c].fn === 0 ? null : r[c].f1;
    r[c].score = v; if (v !== null) parts.push(v);
  }
  r.overall = parts.length ? parts.reduce((a, b) => a + b, 0) / parts.length : 0;
  rows.push(r);
}
if (!rows.length) { console.error(`score.mjs: no *.gold.yaml in ${resolve(goldDir)}`); process.exit(2); }

const micro = {};
for (const c of COMPONENTS.slice(1)) {
  const tp = rows.reduce((a, r) => a + r[c].tp, 0); const fp = rows.reduce((a, r) => a + r[c].fp, 0); const fn = rows.reduce((a, r) => a + r[c].fn, 0);
  micro[c] = prf(tp, fp, fn);
}
const metaOk = rows.reduce((a, r) => a + r.meta.ok, 0); const metaTotal = rows.reduce((a, r) => a + r.meta.total, 0);
const metaAcc = metaTotal ? metaOk / metaTotal : null;
// The headline: one figure per field pooled over all documents (meta accuracy, micro F1 of the rest), averaged.
const fieldScores = [metaAcc, ...Object.values(micro).filter((v) => v.tp + v.fp + v.fn > 0).map((v) => v.f1)].filter((v) => v !== null);
const overallMicro = fieldScores.reduce((a, b) => a + b, 0) / fieldScores.length;
const overall = rows.reduce((a, r) => a + r.overall, 0) / rows.length;
if (asJson) {
  console.log(JSON.stringify({ overall, overallMicro, metaAcc, micro, documents: rows }, null, 2));
} else {
  const fmt = (v) => (v === null || v === undefined ? '   - ' : v.toFixed(2).padStart(5));
  console.log(`${'document'.padEnd(34)} ${COMPONENTS.map((c) => c.slice(0, 5).padStart(5)).join(' ')} overall ground`);
  for (const r of rows) {
    console.log(`${r.doc.slice(0, 34).padEnd(34)} ${COMPONENTS.map((c) => fmt(r[c].score)).join(' ')}  ${fmt(r.overall)}  ${fmt(r.grounding)}${r.error ? `  (${r.error})` : ''}`);
    if (verbose) {
      if (r.meta.misses.length) console.log(`   meta misses: ${r.meta.misses.join('; ')}`);
      for (const c of ['sections', 'tasks', 'indicators', 'deadlines', 'references']) {
        const x = r[c]; console.log(`   ${c}: P ${x.p.toFixed(2)} R ${x.r.toFixed(2)} (tp ${x.tp} fp ${x.fp} fn ${x.fn})${x.missed?.length ? ` missed: ${x.missed.slice(0, 12).join(' | ')}` : ''}${x.extra?.length ? ` extra: ${x.extra.slice(0, 12).join(' | ')}` : ''}`);
      }
      console.log(`   tasks by origin: ${Object.entries(r.tasks.byOrigin).map(([o, v]) => `${o} gold ${v.gold} pred ${v.pred} matched ${v.matched} recall ${fmt(v.recall)}`).join('; ')}`);
      const u = r.units; console.log(`   units: P ${u.p.toFixed(2)} R ${u.r.toFixed(2)} (tp ${u.tp} fp ${u.fp} fn ${u.fn}) role acc ${fmt(u.roleAcc)}`);
      console.log(`   attrs: indicator comparator ${fmt(r.indicators.comparatorAcc)} kind ${fmt(r.indicators.kindAcc)} year ${fmt(r.indicators.yearAcc)}; deadline start ${fmt(r.deadlines.startAcc)}; reference 文号 ${fmt(r.references.docNumberAcc)}; section level ${fmt(r.sections.levelAcc)}`);
    }
  }
  console.log(`micro: meta acc ${metaAcc === null ? '-' : metaAcc.toFixed(3)}, ${Object.entries(micro).map(([c, v]) => `${c} F1 ${v.f1.toFixed(3)}`).join(', ')}`);
  console.log(`fields F1 ${overallMicro.toFixed(3)} (mean of the micro figures above)`);
  console.log(`overall F1 ${overall.toFixed(3)}`);
}
if (minF1 !== null && overall < minF1) process.exit(1);

// A fuzz worker: runs the cases it is sent against the compiled library and posts, for each,
// what happened. It says which case it is on before starting it, so that the main thread can
// stop a case that outlives its time budget (terminate this worker) and name it.
import { parentPort, workerData } from 'node:worker_threads';
import { readFileSync } from 'node:fs';
import { pathToFileURL } from 'node:url';
import { checkSpans, fuzzCase } from './mutators.mjs';

const { corpusFiles, limits, dist } = workerData;
// The compiled library: dist/, or a copy of it (--dist) so that a rebuild during a long run does
// not change the code under test half-way.
const { extractDocument, InputError } = await import(pathToFileURL(`${dist}/index.js`).href);
const corpus = corpusFiles.map((f) => readFileSync(f));

/** Run one input; the outcome and, for a failure, the problem and where it was thrown. */
export function runInput(bytes, path) {
  const t0 = performance.now();
  let doc;
  try {
    doc = extractDocument(bytes, { path, includeText: true });
  } catch (err) {
    const ms = performance.now() - t0;
    if (err instanceof InputError) return { outcome: 'refused', ms };
    return { outcome: 'failed', ms, kind: 'throw', problem: `${err?.name}: ${err?.message}`, where: whereThrown(err) };
  }
  const ms = performance.now() - t0;
  const problems = checkSpans(doc);
  return problems.length ? { outcome: 'failed', ms, kind: 'span', problem: problems.join('; ') } : { outcome: 'document', ms };
}

/** The first stage folder of dist/ in the stack: extract, segment, normalize, ingest … */
function whereThrown(err) {
  const m = /dist\/(extract|segment|normalize|ingest|emit|schema|cli)\/|dist\/(pipeline|assemble)\.js/.exec(String(err?.stack ?? '').replace(/[\w-]*dist\//g, 'dist/'));
  return m ? (m[1] ?? m[2]) : 'unknown';
}

parentPort.on('message', (msg) => {
  if (msg.cases) {
    for (const seed of msg.cases) {
      const c = fuzzCase(seed, corpus, limits);
      parentPort.postMessage({ running: seed, bytes: c.bytes.length, applied: c.applied });
      const r = runInput(c.bytes, c.html ? 'case.html' : 'case.txt');
      parentPort.postMessage({ seed, bytes: c.bytes.length, applied: c.applied, ...r });
    }
    parentPort.postMessage({ batchDone: true });
  } else if (msg.growth !== undefined) {
    // The same case at 1× and 4× its size: time ratio. The four copies differ (each line of copy k
    // ends in （k）), or the repeated-body rule would leave three of them out and flatter the ratio.
    const c = fuzzCase(msg.growth, corpus, limits);
    const path = c.html ? 'case.html' : 'case.txt';
    const text = c.bytes.toString('latin1');
    const copy = (k) => text.replace(/\n/g, Buffer.from(`（${k}）\n`).toString('latin1'));
    const four = Buffer.from([1, 2, 3, 4].map(copy).join('\n'), 'latin1');
    const t1 = [0, 1, 2].map(() => runInput(c.bytes, path).ms).sort((a, b) => a - b)[1];
    const t4 = runInput(four, path).ms;
    parentPort.postMessage({ growth: msg.growth, bytes: c.bytes.length, applied: c.applied, t1, t4 });
  } else if (msg.input) {
    parentPort.postMessage({ replay: true, ...runInput(Buffer.from(msg.input), msg.path) });
  }
});

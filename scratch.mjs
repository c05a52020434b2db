import { Worker } from 'node:worker_threads';
const t0 = performance.now();
const w = new Worker(new URL('./dist/cli/worker.js', import.meta.url), { workerData: { format: 'json', includeText: false, encoding: 'auto', perFile: false, colorLevel: 0, columns: 100 }, resourceLimits: { maxOldGenerationSizeMb: 512 } });
const { readFileSync } = await import('node:fs');
const bytes = readFileSync('fixtures/seeds/004_cd93e1a9c27e4ed1.txt');
w.on('message', (m) => { if ('started' in m) console.log('started', (performance.now() - t0).toFixed(0)); else { console.log('done', (performance.now() - t0).toFixed(0)); w.terminate(); } });
w.on('online', () => console.log('online', (performance.now() - t0).toFixed(0)));
w.postMessage({ index: 0, label: 'x.txt', bytes });

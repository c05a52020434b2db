// Failures found by `npm run fuzz` (100,000 cases, seeds 1–100000), kept as reproducers: each
// failed once and must pass from now on. Failures that are only slow (long lines full of figures,
// 1,117 of the run's cases, all in extract/indicator.ts) are measured by `npm run bench`, not here.
import { describe, expect, it } from 'vitest';
import { extractDocument, InputError } from '../src/index.js';

describe('found by fuzzing', () => {
  // Seed 13605 (deepHtml): tables nested about 5,000 deep. The old HTML walk recursed per level and
  // threw RangeError (Maximum call stack size exceeded); the tree builder in src/ingest/html.ts now
  // walks with an explicit stack (issue 10, defect 7). The depth at which recursion threw depended
  // on the thread's stack (2,000 in a main thread, 10,000 in vitest's workers), so the reproducer
  // nests 20,000.
  it('tables nested 20,000 deep give a document or an InputError, not a RangeError', () => {
    const html = `<html><body>${'<table><tr><td>'.repeat(20000)}关于印发工作要点的通知${'</td></tr></table>'.repeat(20000)}</body></html>`;
    let error: unknown = null;
    try {
      extractDocument(html, { path: 'nested.html' });
    } catch (err) {
      error = err;
    }
    expect(error === null || error instanceof InputError).toBe(true);
  });
});

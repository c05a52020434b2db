/**
 * Repeated content: web pages sometimes carry the same document body twice
 * (a print view under the normal view). The later copy is found as a long run
 * of lines equal to an earlier run and is kept out of the structure.
 */
import type { Line } from '../types.js';
import { stripSpaces } from '../text/clean.js';

export interface RepeatRun {
  /** First and last line (inclusive) of the later copy. */
  firstLine: number;
  lastLine: number;
  /** First line of the earlier copy it repeats. */
  copyOfLine: number;
}

/** A run this long is a repeated body, not a phrase a document happens to use twice. */
const MIN_RUN_LINES = 3;
const MIN_RUN_CHARS = 200;
/** Lines shorter than this (headers like 主要任务, cells like 持续推进) never start a run. */
const MIN_KEY_CHARS = 8;

/**
 * Find repeated runs. `skip[i]` marks lines that do not count as content (chrome);
 * they neither break nor start a run. Linear: a run that fails the thresholds is
 * shorter than MIN_RUN_CHARS, so each start costs a bounded number of comparisons.
 */
export function findRepeats(lines: readonly Line[], skip: readonly boolean[], isLabelLine: (l: Line) => boolean): RepeatRun[] {
  const content: number[] = [];
  for (const l of lines) if (l.text !== '' && !skip[l.index]) content.push(l.index);
  const keys = content.map((i) => stripSpaces(lines[i]!.text));
  const firstSeen = new Map<string, number>();
  const runs: RepeatRun[] = [];
  let floor = 0; // a run never reaches back into the previous one
  let p = 0;
  while (p < keys.length) {
    const key = keys[p]!;
    const q = key.length >= MIN_KEY_CHARS ? firstSeen.get(key) : undefined;
    if (q !== undefined) {
      let k = 0;
      let chars = 0;
      while (p + k < keys.length && q + k < p && keys[q + k] === keys[p + k]) {
        chars += keys[p + k]!.length;
        k++;
      }
      if (k >= MIN_RUN_LINES && chars >= MIN_RUN_CHARS) {
        // The copy usually starts a little earlier than the first exact match: its own
        // title line (seen before) and a differently labelled date line (发布时间 vs 发布日期).
        let first = p;
        while (first > floor) {
          const prev = content[first - 1]!;
          const prevKey = keys[first - 1]!;
          const seenBefore = (firstSeen.get(prevKey) ?? Infinity) < first - 1;
          if (seenBefore || isLabelLine(lines[prev]!)) first--;
          else break;
        }
        runs.push({ firstLine: content[first]!, lastLine: content[p + k - 1]!, copyOfLine: content[q]! });
        p += k;
        floor = p;
        continue;
      }
    }
    if (key.length >= MIN_KEY_CHARS && !firstSeen.has(key)) firstSeen.set(key, p);
    p++;
  }
  return runs;
}

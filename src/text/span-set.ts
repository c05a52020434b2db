/** Sorted, non-overlapping spans with a fast membership test (names, quotes, furniture …). */
import type { Span } from '../types.js';

export class SpanSet {
  readonly spans: ReadonlyArray<Span>;
  constructor(spans: Span[]) {
    const sorted = [...spans].sort((a, b) => a[0] - b[0]);
    const merged: Span[] = [];
    for (const s of sorted) {
      const last = merged[merged.length - 1];
      if (last && s[0] <= last[1]) last[1] = Math.max(last[1], s[1]);
      else merged.push([s[0], s[1]]);
    }
    this.spans = merged;
  }

  /** The span holding `offset`, or null. */
  at(offset: number): Span | null {
    let lo = 0;
    let hi = this.spans.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >> 1;
      const s = this.spans[mid]!;
      if (offset < s[0]) hi = mid - 1;
      else if (offset >= s[1]) lo = mid + 1;
      else return s;
    }
    return null;
  }

  union(other: SpanSet): SpanSet {
    return new SpanSet([...this.spans.map((s) => [s[0], s[1]] as Span), ...other.spans.map((s) => [s[0], s[1]] as Span)]);
  }
}

/** The comparator of a figure, from the cue words around it (src/lexicon/comparators.ts). */
import { type Comparator, PREFIX_COMPARATORS } from '../../lexicon/comparators.js';
import { CUE_GAP, DISTANT_BOUND, NEGATION_BEFORE, SHARE_BOUND, SUFFIX_COMPARATOR, suffixComparator } from '../../patterns/indicators.js';

export interface Cue {
  comparator: Comparator;
  /** Where the cue starts (a prefix) in the text. */
  start: number;
}

/** A prefix cue ending right before `at` (达到92% / 不宜少于5项 / 至少建设一所 / 不低于…总量的70%). */
export function comparatorBefore(text: string, at: number, floor: number): Cue | null {
  // A few function words may stand between the word and the number: 要在 / 有 / 为 / 每年; and,
  // in PDF text, a space (上限为每年 200 万元).
  let close = at;
  while (close > floor && (text[close - 1] === ' ' || text[close - 1] === '\u3000')) close--;
  const gap = CUE_GAP.exec(text.slice(Math.max(floor, close - 3), close));
  const end = gap ? close - gap[0].length : close;
  const window = text.slice(Math.max(floor, end - 6), end);
  for (const [word, cmp] of PREFIX_COMPARATORS) {
    if (!window.endsWith(word)) continue;
    // 不宜少于5项 / 不应超过20项: a negated strict bound is the opposite inclusive one.
    const before = text.slice(Math.max(floor, end - word.length - 2), end - word.length);
    const negated = cmp !== '=' && !word.startsWith('不') ? NEGATION_BEFORE.exec(before) : null;
    const opposite: Record<Comparator, Comparator> = { '<': '>=', '>': '<=', '>=': '<', '<=': '>', '=': '=', range: 'range' };
    if (negated) return { comparator: opposite[cmp], start: end - word.length - negated[0].length };
    return { comparator: cmp, start: end - word.length };
  }
  // 至少建设一所 / 最多设立三个: a bound word a verb away from the number (最低/最高 are
  // left out: 最低标准再提高20元 names the subject, it bounds nothing).
  const near = DISTANT_BOUND.exec(text.slice(Math.max(floor, at - 9), at));
  // 不低于绩效工资总量的70%: the bound word, the base, 的, the share.
  const bound = near ?? SHARE_BOUND.exec(text.slice(Math.max(floor, at - 16), at));
  if (!bound) return null;
  return { comparator: PREFIX_COMPARATORS.find(([w]) => w === bound[1])![1], start: at - bound[0].length };
}

/** A suffix cue right after the unit: 100人以上 / 5%以内 / 10%左右. */
export function comparatorAfter(text: string, at: number): { comparator: Comparator; length: number } | null {
  const m = SUFFIX_COMPARATOR.exec(text.slice(at, at + 4));
  return m ? { comparator: suffixComparator(m[1]!), length: m[0].length } : null;
}

/**
 * `--explain`: every candidate the rules considered for one document, in text order — the
 * phrase and its line, the rule that took it and the value, or the rule or refiner that
 * dropped it and why. An analyst who sees a wrong value can tell in one look which rule to question.
 */
import type { Candidate } from '../types.js';

const PHRASE_MAX = 40;

/** 1-based line of each offset, by binary search over the line starts. */
function lineIndex(text: string): (offset: number) => number {
  const starts = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) starts.push(i + 1);
  return (offset) => {
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return lo + 1;
  };
}

function phraseOf(text: string, c: Candidate): string {
  const raw = text.slice(c.span[0], c.span[1]).replace(/\s+/g, ' ').trim();
  return raw.length > PHRASE_MAX ? `${raw.slice(0, PHRASE_MAX - 1)}…` : raw;
}

/** One line per candidate: `line 12  deadline  到2020年  → deadline/by-year  by 2020-12-31`. */
export function toExplanation(text: string, candidates: readonly Candidate[], label: string): string {
  const lineOf = lineIndex(text);
  const sorted = [...candidates].sort((a, b) => a.span[0] - b.span[0] || a.span[1] - b.span[1]);
  const taken = sorted.filter((c) => !c.dropped).length;
  const out = [`${label}: ${sorted.length} candidates, ${taken} taken, ${sorted.length - taken} dropped`];
  for (const c of sorted) {
    const where = `line ${lineOf(c.span[0])}`.padEnd(9);
    const verdict = c.dropped ? `✗ ${c.rule}: ${c.dropped}` : `→ ${c.rule}${c.value ? `  ${c.value}` : ''}`;
    out.push(`${where} ${c.entity.padEnd(9)} 「${phraseOf(text, c)}」 ${verdict}`);
  }
  return `${out.join('\n')}\n`;
}

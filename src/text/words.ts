/**
 * Regular-expression source built from word lists (src/lexicon/): an escaped alternation with
 * longer words first, so that 不得低于 wins over 低于 at the same position, and a prefix tree
 * for long lists (one failed match costs one pass over the word, not one per word).
 */

const SPECIAL = /[\\^$.*+?()[\]{}|/-]/g;

export function escapeRegExp(s: string): string {
  return s.replace(SPECIAL, '\\$&');
}

/** `(?:a|b|c)` of the words, escaped, longest first (ties in list order). */
export function alternation(words: readonly string[]): string {
  const sorted = [...new Set(words)].map((w, i) => [w, i] as const).sort((a, b) => b[0].length - a[0].length || a[1] - b[1]);
  return `(?:${sorted.map(([w]) => escapeRegExp(w)).join('|')})`;
}

interface TrieNode {
  end: boolean;
  next: Map<string, TrieNode>;
}

/**
 * The words as one prefix tree (发(?:文(?:机(?:关|构)|…)|布…)); `gap` is a pattern allowed
 * between characters (spaced-out labels: 索  引 号). At any position at most one branch can
 * continue, so the pattern stays linear whatever the list's size.
 */
export function prefixTree(words: readonly string[], gap = ''): string {
  const root: TrieNode = { end: false, next: new Map() };
  for (const word of words) {
    let node = root;
    for (const ch of word) {
      let child = node.next.get(ch);
      if (!child) node.next.set(ch, (child = { end: false, next: new Map() }));
      node = child;
    }
    node.end = true;
  }
  const emit = (node: TrieNode): string => {
    const branches = [...node.next.keys()].sort().map((ch) => {
      const child = node.next.get(ch)!;
      const c = escapeRegExp(ch);
      return child.next.size ? `${c}${child.end ? `(?:${gap}${emit(child)})?` : gap + emit(child)}` : c;
    });
    return branches.length === 1 ? branches[0]! : `(?:${branches.join('|')})`;
  };
  return emit(root);
}

/** Whether `s` ends with one of the words; the longest such word, or null. */
export function endingOf(s: string, words: readonly string[]): string | null {
  let best: string | null = null;
  for (const w of words) if (s.endsWith(w) && (best === null || w.length > best.length)) best = w;
  return best;
}

/** Whether `s` starts with one of the words; the longest such word, or null. */
export function openingOf(s: string, words: readonly string[], at = 0): string | null {
  let best: string | null = null;
  for (const w of words) if (s.startsWith(w, at) && (best === null || w.length > best.length)) best = w;
  return best;
}

/**
 * One-to-one matching of gold items with predicted ones, of the largest size: each gold item
 * is matched with at most one prediction and each prediction with at most one gold item, and
 * no other pairing matches more. Gold items go in document order, each trying its candidates
 * best first (ties in prediction order); when its candidates are taken, it takes one over if
 * the item holding it can move to another (an augmenting path, Kuhn's algorithm). So a gold
 * item that fits two predictions never costs another item its only one.
 */

/** `compat(g, p)`: 0 for "not the same item", higher for a closer fit. */
export type Compatibility<G, P> = (gold: G, pred: P) => number;

/** Matched pairs [gold, pred], in gold order. */
export function matchOneToOne<G, P>(gold: readonly G[], pred: readonly P[], compat: Compatibility<G, P>): Array<[G, P]> {
  const candidates = gold.map((g) =>
    pred
      .map((p, j) => ({ j, fit: compat(g, p) }))
      .filter((c) => c.fit > 0)
      .sort((a, b) => b.fit - a.fit || a.j - b.j)
      .map((c) => c.j),
  );
  const holder: number[] = new Array<number>(pred.length).fill(-1);
  const tryToPlace = (i: number, visited: boolean[]): boolean => {
    for (const j of candidates[i]!) {
      if (visited[j]) continue;
      visited[j] = true;
      if (holder[j] === -1 || tryToPlace(holder[j]!, visited)) {
        holder[j] = i;
        return true;
      }
    }
    return false;
  };
  for (let i = 0; i < gold.length; i++) {
    if (candidates[i]!.length > 0) tryToPlace(i, new Array<boolean>(pred.length).fill(false));
  }
  const pairs: Array<[number, number]> = [];
  holder.forEach((i, j) => {
    if (i >= 0) pairs.push([i, j]);
  });
  return pairs.sort((x, y) => x[0] - y[0]).map(([i, j]) => [gold[i]!, pred[j]!]);
}

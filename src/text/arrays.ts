/**
 * `into.push(...items)` passes every item as an argument, and a few hundred thousand arguments
 * overflow the call stack (`达到90%` repeated over 5 MB gives 560,000 indicators); this does not.
 */
export function append<T>(into: T[], items: readonly T[]): T[] {
  for (const item of items) into.push(item);
  return into;
}

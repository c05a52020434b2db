/**
 * Colour level for terminal output. chalk does not read NO_COLOR itself, so the
 * decision is made here: NO_COLOR (non-empty) turns colour off, FORCE_COLOR sets
 * it, otherwise colour only on a terminal that is not "dumb".
 */

export type ColorLevel = 0 | 1 | 2 | 3;

export function colorLevel(env: NodeJS.ProcessEnv, stream: { isTTY?: boolean }): ColorLevel {
  if (env.NO_COLOR !== undefined && env.NO_COLOR !== '') return 0;
  const force = env.FORCE_COLOR;
  if (force !== undefined) {
    if (force === '' || force === 'true') return 1;
    if (force === 'false') return 0;
    const n = Number(force);
    if (n === 0 || n === 1 || n === 2 || n === 3) return n;
  }
  if (!stream.isTTY || env.TERM === 'dumb') return 0;
  if (env.COLORTERM === 'truecolor' || env.COLORTERM === '24bit') return 3;
  if (/-256(?:colou?r)?$/i.test(env.TERM ?? '')) return 2;
  return 1;
}

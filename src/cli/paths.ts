/**
 * Output names for --out-dir: each input's path relative to the deepest folder
 * common to all inputs, so two notice.txt in different folders never overwrite
 * each other, and no input path can lead outside the output folder.
 */
import { dirname, relative, resolve, sep } from 'node:path';

/** The deepest folder containing every path (absolute paths). */
export function commonAncestor(dirs: readonly string[]): string {
  if (dirs.length === 0) return '';
  let parts = dirs[0]!.split(sep);
  for (const d of dirs.slice(1)) {
    const other = d.split(sep);
    let k = 0;
    while (k < parts.length && k < other.length && parts[k] === other[k]) k++;
    parts = parts.slice(0, k);
  }
  return parts.join(sep) || sep;
}

/**
 * `root` is the folder a walked file was found under (null for a file argument).
 * A file argument is written under its own name and a walked file under its path
 * below the walked folder; names that would collide are spelled out from the
 * deepest folder common to the colliding inputs instead.
 */
export function outputNames(inputs: ReadonlyArray<{ path: string | null; root: string | null }>): string[] {
  const files = inputs.map((i) => (i.path === null ? null : clean(relative(resolve(i.root ?? dirname(i.path)), resolve(i.path)))));
  // Standard input is `stdin`, unless a file already has that name (`policy-extract - stdin`).
  const stdinName = files.includes('stdin') ? 'standard-input' : 'stdin';
  const simple = files.map((n) => n ?? stdinName);
  const groups = new Map<string, number[]>();
  simple.forEach((n, k) => {
    if (inputs[k]!.path !== null) groups.set(n, [...(groups.get(n) ?? []), k]);
  });
  const names = [...simple];
  for (const [, members] of groups) {
    const distinct = new Set(members.map((k) => inputs[k]!.path && resolve(inputs[k]!.path!)));
    if (members.length < 2 || distinct.size < 2) continue;
    const base = commonAncestor(members.map((k) => resolve(dirname(inputs[k]!.path!))));
    for (const k of members) names[k] = clean(relative(base, resolve(inputs[k]!.path!)));
  }
  return names;
}

/** relative() below a common ancestor never climbs; drop anything that would. */
function clean(rel: string): string {
  return rel.split(sep).filter((p) => p !== '' && p !== '.' && p !== '..').join(sep) || 'document';
}

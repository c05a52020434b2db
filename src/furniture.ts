/**
 * The lines the normalise stage left out of the structure, as stretches of `source.text`
 * (`source.furniture`), so a reader of the output can tell them apart: a review page greys
 * them. Consecutive lines of one kind, with the blank lines between them, make one stretch.
 */
import type { Normalized } from './normalize/index.js';
import type { SourceFurniture } from './schema/document.js';

type Kind = SourceFurniture['kind'];

/** Chrome first: a navigation line inside a repeated copy is still navigation. */
function kindOf(norm: Normalized, i: number): Kind | null {
  if (norm.chrome[i]) return 'chrome';
  if (norm.repeated[i]) return 'repeat';
  if (norm.toc[i]) return 'toc';
  return null;
}

export function furnitureOf(norm: Normalized): SourceFurniture[] {
  const out: SourceFurniture[] = [];
  let previous: Kind | null = null; // the kind of the last non-blank line
  for (const line of norm.lines) {
    if (line.text === '') continue;
    const kind = kindOf(norm, line.index);
    if (kind !== null && kind === previous) out[out.length - 1]!.span[1] = line.end;
    else if (kind !== null) out.push({ span: [line.start, line.end], kind });
    previous = kind;
  }
  return out;
}

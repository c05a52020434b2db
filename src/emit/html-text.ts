/**
 * The source text of a review page with every item marked at its span. An element can hold
 * only what nests, and items cross: in 建设50所高水平高等职业学校和150个骨干专业（群） the
 * indicator 50所高水平高等职业学校和150 and the indicator 150个骨干专业 share "150". So the
 * text is drawn in layers: the first holds every item that nests with the ones before it, the
 * next the items that crossed one there, and so on. Each layer is the whole text with the same
 * font and no box around a mark, so the layers lay out alike and stack exactly; the layers
 * above the first are transparent but for their marks. Every item thus has exactly one
 * element, whose text is its span's text.
 */
import type { Span } from '../types.js';
import type { SourceFurniture } from '../schema/document.js';

export const MARK_KINDS = ['section', 'task', 'unit', 'indicator', 'deadline', 'reference'] as const;
export type MarkKind = (typeof MARK_KINDS)[number];

export interface Mark {
  id: string;
  kind: MarkKind;
  span: Span;
  /** The hover text. */
  title: string;
}

const KIND_ORDER: Record<MarkKind, number> = { section: 0, task: 1, reference: 2, deadline: 3, indicator: 4, unit: 5 };

/** Text order; of two items starting together the longer first (it holds the other). */
function byPosition(a: Mark, b: Mark): number {
  return a.span[0] - b.span[0] || b.span[1] - a.span[1] || KIND_ORDER[a.kind] - KIND_ORDER[b.kind] || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

/**
 * Share the marks among layers, each of which nests (any two marks in one layer are disjoint,
 * or one holds the other). A mark goes to the first layer whose open marks all hold it.
 */
export function layersOf(marks: readonly Mark[]): Mark[][] {
  const layers: Array<{ marks: Mark[]; open: Mark[] }> = [];
  for (const m of [...marks].sort(byPosition)) {
    let placed = false;
    for (const layer of layers) {
      // Marks ending before this one starts are closed for good: later marks start later still.
      while (layer.open.length > 0 && layer.open[layer.open.length - 1]!.span[1] <= m.span[0]) layer.open.pop();
      const top = layer.open[layer.open.length - 1];
      if (top === undefined || top.span[1] >= m.span[1]) {
        layer.marks.push(m);
        layer.open.push(m);
        placed = true;
        break;
      }
    }
    if (!placed) layers.push({ marks: [m], open: [m] });
  }
  return layers.length > 0 ? layers.map((l) => l.marks) : [[]];
}

const TEXT_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '\r': '&#13;', '\0': '\ufffd' };

/**
 * Text content for HTML. A raw CR would be read as a line feed (CRLF → LF) and a NUL dropped;
 * &#13; keeps the CR, and U+FFFD keeps the NUL's place, so offsets in the page are those of
 * source.text.
 */
export function escapeText(s: string): string {
  return s.replace(/[&<>\r\0]/g, (c) => TEXT_ESCAPES[c]!);
}

export function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, '&quot;');
}

/** One layer: the whole text, its marks as nested <mark> elements, furniture greyed (first layer only). */
export function renderLayer(text: string, marks: readonly Mark[], furniture: readonly SourceFurniture[]): string {
  let out = '';
  let pos = 0;
  let f = 0; // the first furniture stretch that may still lie ahead of `pos`
  const plain = (to: number): void => {
    while (pos < to) {
      while (f < furniture.length && furniture[f]!.span[1] <= pos) f++;
      const next = furniture[f];
      if (next === undefined || next.span[0] >= to) {
        out += escapeText(text.slice(pos, to));
        pos = to;
      } else if (next.span[0] > pos) {
        out += escapeText(text.slice(pos, next.span[0]));
        pos = next.span[0];
      } else {
        const end = Math.min(next.span[1], to);
        out += `<span class="fu fu-${next.kind}">${escapeText(text.slice(pos, end))}</span>`;
        pos = end;
      }
    }
  };
  const open: Mark[] = [];
  const closeUpTo = (at: number): void => {
    while (open.length > 0 && open[open.length - 1]!.span[1] <= at) {
      plain(open.pop()!.span[1]);
      out += '</mark>';
    }
  };
  for (const m of marks) {
    closeUpTo(m.span[0]);
    plain(m.span[0]);
    out += `<mark id="m-${escapeAttr(m.id)}" class="k-${m.kind}" data-id="${escapeAttr(m.id)}" title="${escapeAttr(m.title)}">`;
    open.push(m);
  }
  closeUpTo(Infinity);
  plain(text.length);
  return out;
}

/** The text pane's content: the first layer, then the layers of crossing marks over it. */
export function renderSourceText(text: string, marks: readonly Mark[], furniture: readonly SourceFurniture[]): string {
  const sorted = [...furniture].sort((a, b) => a.span[0] - b.span[0]);
  return layersOf(marks)
    .map((layer, i) =>
      i === 0
        ? `<pre class="layer base" id="source">${renderLayer(text, layer, sorted)}</pre>`
        : `<pre class="layer over" aria-hidden="true" data-layer="${i}">${renderLayer(text, layer, [])}</pre>`,
    )
    .join('');
}

/** JSON output: one document, two-space indented, spans kept on one line, trailing newline. */
import type { PolicyDocument } from '../types.js';

const SPAN_KEY = '"span": [';

/** JSON.stringify(…, 2) spreads a span over four lines; keep it as [start, end] (one pass, no regex). */
export function toJson(doc: PolicyDocument): string {
  const text = JSON.stringify(doc, null, 2);
  const parts: string[] = [];
  let from = 0;
  for (let at = text.indexOf(SPAN_KEY); at >= 0; at = text.indexOf(SPAN_KEY, from)) {
    const open = at + SPAN_KEY.length;
    const close = text.indexOf(']', open);
    const numbers = text.slice(open, close).split(',').map((n) => n.trim());
    parts.push(text.slice(from, open), numbers.join(', '));
    from = close;
  }
  parts.push(text.slice(from), '\n');
  return parts.join('');
}

/** JSON Lines: one document per line. */
export function toJsonLine(doc: PolicyDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

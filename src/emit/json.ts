/** JSON output: one document, two-space indented, spans kept on one line, trailing newline. */
import type { PolicyDocument } from '../types.js';

const SPAN_KEY = '"span": [';

/**
 * JSON.stringify(…, 2) spreads a span over four lines; keep it as [start, end]. One pass with
 * indexOf over the stringified text (cheaper than a replacer called for every key).
 */
export function toJson(doc: PolicyDocument): string {
  const text = JSON.stringify(doc, null, 2);
  let out = '';
  let from = 0;
  for (let at = text.indexOf(SPAN_KEY); at >= 0; at = text.indexOf(SPAN_KEY, from)) {
    const open = at + SPAN_KEY.length;
    const comma = text.indexOf(',', open);
    const close = text.indexOf(']', comma);
    out += `${text.slice(from, open)}${text.slice(open, comma).trim()}, ${text.slice(comma + 1, close).trim()}`;
    from = close;
  }
  return `${out}${text.slice(from)}\n`;
}

/** JSON Lines: one document per line. */
export function toJsonLine(doc: PolicyDocument): string {
  return `${JSON.stringify(doc)}\n`;
}

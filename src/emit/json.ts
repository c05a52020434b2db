/** JSON output: one document, two-space indented, spans kept on one line, trailing newline. */
import type { PolicyDocument } from '../types.js';

// A span printed by JSON.stringify(…, 2) spreads over four lines; keep it as [start, end].
const SPREAD_SPAN = /\[\n\s+(\d+),\n\s+(\d+)\n\s+\]/g;

export function toJson(doc: PolicyDocument): string {
  return `${JSON.stringify(doc, null, 2).replace(SPREAD_SPAN, '[$1, $2]')}\n`;
}

/** JSON Lines: one document per line. */
export function toJsonLine(doc: PolicyDocument): string {
  return `${JSON.stringify(doc)}\n`;
}
